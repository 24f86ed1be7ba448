"""Journey (issue 11): before the Almaty trip a company opens its programme from its trip page,
downloads it as a calendar, and prints its briefing book: Chromium's PDF has the cover and one
A4 page per day of the trip, and none of another company's meetings."""

import datetime as dt
import re

import pytest
from icalendar import Calendar

from contacts.models import Organisation
from tests import factories as f
from trips.demo import PLANNED_TRIP_SLUG
from trips.models import Meeting, Trip

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
A4_POINTS = (595, 842)  # 210 × 297 mm


def _plan(trip, company, day, hour, title):
    """A meeting of `company` on `day` (0-based) of the trip, with a host in both scripts."""
    participation = trip.participations.get(company=company)
    delegate = participation.delegate_links.first() or f.DelegateFactory(
        participation=participation,
        person__given_name="Aino",
        person__family_name=f"Delegate of {company.name}",
        person__organisation=company,
    )
    place = f.PlaceFactory(
        name=f"{title} venue",
        native_name="Алматы",
        country="KZ",
        address="Abay Ave 1",
        native_address="пр. Абая 1",
    )
    meeting = f.MeetingFactory(
        trip=trip,
        date=trip.start_date + dt.timedelta(days=day),
        start_time=dt.time(hour),
        end_time=dt.time(hour + 1),
        title=title,
        place=place,
    )
    host = f.CounterpartFactory(name=f"{title} host", native_name="Акимат", country="KZ")
    f.MeetingCounterpartFactory(meeting=meeting, organisation=host)
    f.MeetingAttendeeFactory(meeting=meeting, company=company)
    f.MeetingDelegateFactory(meeting=meeting, delegate=delegate)
    return meeting


def _pages(pdf):
    """The pages of a PDF Chromium wrote, and each page's size in points."""
    sizes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    count = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    return count, {(round(float(w)), round(float(h))) for w, h in sizes}


def test_company_prints_its_briefing_book(visitor, story, screen):
    trip = Trip.objects.get(slug=PLANNED_TRIP_SLUG)
    mine = Organisation.objects.get(slug="puhdas-vesi")
    other = trip.participations.exclude(company=mine).first().company
    _plan(trip, mine, 0, 10, "Water utility pilot")
    _plan(trip, mine, 2, 14, "Akimat round table")
    _plan(trip, other, 1, 9, "OTHER-COMPANY meeting")

    company = visitor("company")
    company.log_in(f"demo-{mine.slug}")
    company.goto(f"/my/trips/{PLANNED_TRIP_SLUG}/")
    company.click("link", "Your programme and briefing book")
    assert company.path == f"/my/trips/{PLANNED_TRIP_SLUG}/programme/"
    text = company.text()
    assert "Water utility pilot" in text and "пр. Абая 1" in text
    assert "Sample Hotel Almaty" in text  # the practical notes
    assert "OTHER-COMPANY" not in text
    company.check("programme")

    name, body = company.download("link", "Programme (calendar)")
    assert name.endswith(".ics")
    events = [
        e for e in Calendar.from_ical(body).walk("VEVENT") if str(e["UID"]).startswith("meeting-")
    ]
    assert len(events) == Meeting.objects.filter(trip=trip, attendee_links__company=mine).count()
    assert "Water utility pilot" in {str(e["SUMMARY"]) for e in events}
    assert "OTHER-COMPANY meeting" not in {str(e["SUMMARY"]) for e in events}
    assert {e["DTSTART"].params["TZID"] for e in events} == {"Asia/Almaty"}

    company.click("link", "Briefing book (print on A4)")
    assert company.path == f"/my/trips/{PLANNED_TRIP_SLUG}/briefing/"
    assert "OTHER-COMPANY" not in company.text()
    company.check("briefing")
    if screen != "desktop":
        return  # printing does not depend on the screen: once is enough
    pdf = company.page.pdf(prefer_css_page_size=True, print_background=True)
    pages, sizes = _pages(pdf)
    assert pages == 1 + trip.duration_days, f"{pages} pages for {trip.duration_days} days"
    assert sizes == {A4_POINTS}
