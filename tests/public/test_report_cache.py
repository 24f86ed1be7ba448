"""The public report is cached (trips/page_cache.py), and never stale: after any edit of a record
it shows, made through the ORM as the admin makes it, the next visitor sees the change; the
language, the viewer (staff preview or public) and the publication state are part of the key."""

import pytest
from django.db import transaction
from django.urls import reverse

from tests import factories as f
from trips import page_cache
from trips.models import Meeting, Trip

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(db):
    """A published trip with one of everything the public report shows, each text unique."""
    trip = f.TripFactory(slug="cached", title="Cached trip", title_sv="Cachad resa")
    place = f.PlaceFactory(name="Old Town")
    visit = f.VisitFactory(trip=trip, place=place, title="Old visit")
    meeting = f.MeetingFactory(
        trip=trip, visit=visit, title="Old meeting", public_summary="Old summary"
    )
    counterpart = f.CounterpartFactory(name="Old Bureau")
    f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
    company = f.CompanyFactory(name="Old Company")
    f.ParticipationFactory(trip=trip, company=company)
    agreement = f.AgreementFactory(
        trip=trip, company=company, counterpart=counterpart, title="Old agreement", is_public=True
    )
    sector = f.SectorFactory(name="Old sector", slug="old-sector")
    need = f.NeedFactory(trip=trip, host=counterpart, title="Old need")
    need.sectors.add(sector)
    recognition = f.RecognitionFactory(trip=trip, recipient=company, title="Old diploma")
    return {
        "trip": trip, "place": place, "visit": visit, "meeting": meeting,
        "counterpart": counterpart, "company": company, "agreement": agreement,
        "sector": sector, "need": need, "recognition": recognition,
    }  # fmt: skip


def _rename(key, field, new):
    def edit(report):
        record = report[key]
        setattr(record, field, new)
        record.save()

    return edit


def _add_counterpart(report):
    f.MeetingCounterpartFactory(meeting=report["meeting"], organisation__name="New Bureau")


def _add_sector(report):
    report["need"].sectors.add(f.SectorFactory(name="New sector", slug="new-sector"))


def _add_participant(report):
    f.ParticipationFactory(trip=report["trip"], company__name="New Company")


def _add_organiser(report):
    f.TripOrganiserFactory(trip=report["trip"], organisation__name="New organiser")


def _add_meeting(report):
    f.MeetingFactory(trip=report["trip"], title="New meeting", public_summary="New summary")


EDITS = {
    "trip title": (_rename("trip", "title", "New title"), "New title"),
    "visit": (_rename("visit", "title", "New visit"), "New visit"),
    "place": (_rename("place", "name", "New Town"), "New Town"),
    "meeting summary": (_rename("meeting", "public_summary", "New summary"), "New summary"),
    "meeting added": (_add_meeting, "New meeting"),
    "organisation met": (_rename("counterpart", "name", "New Bureau"), "New Bureau"),
    "organisation linked to a meeting": (_add_counterpart, "New Bureau"),
    "participant company": (_rename("company", "name", "New Company"), "New Company"),
    "participation added": (_add_participant, "New Company"),
    "organiser added": (_add_organiser, "New organiser"),
    "agreement": (_rename("agreement", "title", "New agreement"), "New agreement"),
    "need": (_rename("need", "title", "New need"), "New need"),
    "sector": (_rename("sector", "name", "New sector"), "New sector"),
    "sector linked to a need": (_add_sector, "New sector"),
    "recognition": (_rename("recognition", "title", "New diploma"), "New diploma"),
}


@pytest.mark.parametrize("edit, shown", EDITS.values(), ids=EDITS.keys())
def test_an_edit_shows_at_once(client, report, edit, shown):
    url = report["trip"].get_absolute_url()
    assert shown not in client.get(url).content.decode()
    edit(report)
    assert shown in client.get(url).content.decode()


def test_a_deleted_meeting_disappears_at_once(client, report):
    url = report["trip"].get_absolute_url()
    assert "Old summary" in client.get(url).content.decode()
    Meeting.objects.filter(pk=report["meeting"].pk).delete()
    assert "Old summary" not in client.get(url).content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_edit_in_another_process_shows_once_committed(client, report, monkeypatch):
    """Another worker learns of an edit through the version in the database, raised when the
    edit commits (this process's own counter is set back, as another process would have it)."""
    url = report["trip"].get_absolute_url()
    monkeypatch.setattr(page_cache, "_local_version", 0)
    before = page_cache.content_version()
    assert "Old summary" in client.get(url).content.decode()
    with transaction.atomic():  # as the admin saves: one transaction
        report["meeting"].public_summary = "Committed summary"
        report["meeting"].save()
        report["trip"].save()
    monkeypatch.setattr(page_cache, "_local_version", 0)
    assert page_cache.content_version() == str(int(before) + 1)  # once per transaction
    assert "Committed summary" in client.get(url).content.decode()


def test_bulk_updates_say_so(client, report):
    """update() sends no signals: code that uses it calls content_changed()."""
    url = report["trip"].get_absolute_url()
    client.get(url)
    Trip.objects.filter(pk=report["trip"].pk).update(title="Bulk title")
    page_cache.content_changed()
    assert "Bulk title" in client.get(url).content.decode()


def test_each_language_has_its_own_page(client, report):
    url = report["trip"].get_absolute_url()
    assert "Cachad resa" in client.get(url, {"lang": "sv"}).content.decode()
    english = client.get(url, {"lang": "en"}).content.decode()
    assert "Cached trip" in english and "Cachad resa" not in english
    report["trip"].title_sv = "Ny resa"
    report["trip"].save()
    assert "Ny resa" in client.get(url, {"lang": "sv"}).content.decode()


def test_unpublishing_hides_the_report_at_once(client, report):
    url = report["trip"].get_absolute_url()
    assert client.get(url).status_code == 200
    report["trip"].is_published = False
    report["trip"].save()
    assert client.get(url).status_code == 404


def test_staff_preview_is_not_served_to_the_public(client, staff, report):
    trip = report["trip"]
    trip.is_published = False
    trip.save()
    client.force_login(staff)
    assert "preview-banner" in client.get(trip.get_absolute_url()).content.decode()
    client.logout()
    assert client.get(trip.get_absolute_url()).status_code == 404


def test_the_cached_report_is_html_not_escaped_text(client, report):
    content = client.get(report["trip"].get_absolute_url()).content.decode()
    content_again = client.get(report["trip"].get_absolute_url()).content.decode()
    assert '<article class="trip-report">' in content_again
    assert "&lt;article" not in content + content_again


def test_the_home_link_is_unaffected(client, report):
    assert "Cached trip" in client.get(reverse("home")).content.decode()
