"""Meetings record which delegates attended (issue 9): the pickers on the meeting's page and on
the trip's page offer the trip's delegates only, each labelled with its company, and a
delegate's company attends the meeting with them."""

import re

import pytest
from django.urls import reverse

from tests import factories as f
from tests.test_admin import TRIP_INLINES
from trips.models import MeetingAttendee, MeetingDelegate

pytestmark = pytest.mark.django_db
MEETING_INLINES = (
    "counterpart_links",
    "person_links",
    "delegate_links",
    "attendee_links",
    "notes",  # notes taken on phones (read-only here)
)


@pytest.fixture
def tartu():
    """A trip with two companies' delegates, and a delegate of another trip."""
    trip = f.TripFactory(title="Tallinn and Tartu", destination_country="EE")
    smart = f.ParticipationFactory(trip=trip, company__name="Tartu Smart Homes OÜ")
    water = f.ParticipationFactory(trip=trip, company__name="Puhdas Vesi Oy")
    kadri = f.DelegateFactory(
        participation=smart, person__given_name="Kadri", person__family_name="Tamm"
    )
    mikko = f.DelegateFactory(
        participation=water, person__given_name="Mikko", person__family_name="Laine"
    )
    elsewhere = f.DelegateFactory(person__given_name="Other", person__family_name="Traveller")
    meeting = f.MeetingFactory(trip=trip, title="Tartu city government")
    return {
        "trip": trip,
        "kadri": kadri,
        "mikko": mikko,
        "elsewhere": elsewhere,
        "meeting": meeting,
    }


def _options(page, select_name):
    select = re.search(rf'<select name="{re.escape(select_name)}".*?</select>', page, re.S)
    return re.findall(r"<option value=\"\d+\"[^>]*>([^<]+)</option>", select.group(0))


def _empty_inlines(prefixes, **counts):
    data = {}
    for prefix in prefixes:
        data |= {f"{prefix}-TOTAL_FORMS": counts.get(prefix, 0), f"{prefix}-INITIAL_FORMS": 0}
    return data


def test_the_meeting_page_offers_the_trips_delegates_with_their_company(client, staff, tartu):
    client.force_login(staff)
    page = client.get(
        reverse("admin:trips_meeting_change", args=[tartu["meeting"].pk])
    ).content.decode()
    offered = _options(page, "delegate_links-__prefix__-delegate")
    assert offered == ["Mikko Laine (Puhdas Vesi Oy)", "Kadri Tamm (Tartu Smart Homes OÜ)"]


def _errors(response):
    """What the admin refused, by form and field (for the assertion message)."""
    inlines = [fs.formset.errors for fs in response.context["inline_admin_formsets"]]
    return response.context["adminform"].form.errors, inlines


def _meeting_data(meeting, delegate):
    return {
        "trip": meeting.trip.pk,
        "title": meeting.title,
        "date": meeting.date.isoformat(),
        **_empty_inlines(MEETING_INLINES, delegate_links=1),
        "delegate_links-0-delegate": delegate.pk,
    }


def test_recording_a_delegate_makes_their_company_attend(client, staff, tartu, company_a_org):
    meeting, kadri = tartu["meeting"], tartu["kadri"]
    login = f.MembershipFactory(organisation=kadri.participation.company).user
    client.force_login(staff)
    url = reverse("admin:trips_meeting_change", args=[meeting.pk])
    response = client.post(url, _meeting_data(meeting, kadri))
    assert response.status_code == 302, _errors(response)
    assert [link.delegate for link in meeting.delegate_links.all()] == [kadri]
    assert list(meeting.attendee_links.values_list("company__name", flat=True)) == [
        "Tartu Smart Homes OÜ"
    ]
    client.force_login(login)  # the company now sees the meeting on its trip page
    trip_page = client.get(reverse("my:trip", args=[meeting.trip.slug])).content.decode()
    assert "Tartu city government" in trip_page


def test_a_delegate_of_another_trip_is_refused(client, staff, tartu):
    meeting = tartu["meeting"]
    client.force_login(staff)
    url = reverse("admin:trips_meeting_change", args=[meeting.pk])
    response = client.post(url, _meeting_data(meeting, tartu["elsewhere"]))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not MeetingDelegate.objects.exists()
    assert not MeetingAttendee.objects.exists()


def test_the_trip_page_records_the_delegates_of_a_new_meeting(client, staff, tartu):
    trip, kadri, mikko = tartu["trip"], tartu["kadri"], tartu["mikko"]
    client.force_login(staff)
    url = reverse("admin:trips_trip_change", args=[trip.pk])
    page = client.get(url).content.decode()
    boxes = re.findall(
        r'name="meetings-0-attending_delegates" value="\d+"[^>]*>\s*([^<]+)</label>', page
    )
    assert boxes == ["Mikko Laine (Puhdas Vesi Oy)", "Kadri Tamm (Tartu Smart Homes OÜ)"]
    assert "Other Traveller" not in page

    data = {
        "programme": trip.programme.pk,
        "title_en": trip.title,
        "language": "en",
        "slug": trip.slug,
        "start_date": trip.start_date.isoformat(),
        "end_date": trip.end_date.isoformat(),
        "destination_country": "EE",
        "time_zone": "",
        "status": "",
        **_empty_inlines(TRIP_INLINES, meetings=2),
        "meetings-INITIAL_FORMS": 1,
        "meetings-0-id": tartu["meeting"].pk,
        "meetings-0-trip": trip.pk,
        "meetings-0-date": tartu["meeting"].date.isoformat(),
        "meetings-0-title": "Tartu city government",
        "meetings-0-attending_delegates": [kadri.pk, mikko.pk],
        "meetings-1-trip": trip.pk,
        "meetings-1-date": trip.start_date.isoformat(),
        "meetings-1-title": "Tartu Science Park",
        "meetings-1-attending_delegates": [mikko.pk],
    }
    response = client.post(url, data)
    assert response.status_code == 302, _errors(response)
    attended = {
        (link.meeting.title, str(link.delegate))
        for link in MeetingDelegate.objects.select_related("meeting", "delegate__person")
    }
    assert attended == {
        ("Tartu city government", "Kadri Tamm"),
        ("Tartu city government", "Mikko Laine"),
        ("Tartu Science Park", "Mikko Laine"),
    }
    park = trip.meetings.get(title="Tartu Science Park")
    assert [a.company.name for a in park.attendee_links.all()] == ["Puhdas Vesi Oy"]

    data["meetings-0-attending_delegates"] = [mikko.pk]  # Kadri did not come after all
    data["meetings-INITIAL_FORMS"] = 2
    data["meetings-1-id"] = park.pk
    assert client.post(url, data).status_code == 302
    assert list(tartu["meeting"].delegate_links.values_list("delegate", flat=True)) == [mikko.pk]


def test_a_new_meeting_offers_the_delegates_of_the_trip_in_its_address(client, staff, tartu):
    client.force_login(staff)
    add = reverse("admin:trips_meeting_add")
    page = client.get(add, {"trip": tartu["trip"].pk}).content.decode()
    offered = _options(page, "delegate_links-__prefix__-delegate")
    assert offered == ["Mikko Laine (Puhdas Vesi Oy)", "Kadri Tamm (Tartu Smart Homes OÜ)"]
    unknown = client.get(add).content.decode()  # no trip yet: nobody to choose, and why
    assert _options(unknown, "delegate_links-__prefix__-delegate") == []
    assert "choose the trip and save first" in unknown
    assert client.get(add, {"trip": "x"}).status_code == 200
