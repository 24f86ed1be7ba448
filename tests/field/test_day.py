"""The programme of the day on a phone: what each login sees, at a constant cost, and the files
that make it an installable app that works offline."""

import datetime as dt

import pytest
from django.urls import reverse

from tests import factories as f
from tests.scenarios import trip_with_meetings

pytestmark = pytest.mark.django_db

DAY_PAGE_QUERIES = 8  # session, user, company login, trip, meetings, 3 prefetches


def _day(trip, day=None):
    url = reverse("field:day", kwargs={"slug": trip.slug})
    return f"{url}?day={day.isoformat()}" if day else url


@pytest.mark.parametrize("meetings", [3, 30])
def test_day_page_queries_do_not_grow_with_meetings(
    client, company_a, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    client.force_login(company_a)
    with django_assert_num_queries(DAY_PAGE_QUERIES):
        response = client.get(_day(trip, trip.start_date))
    content = response.content.decode()
    assert content.count('data-notes-toggle="notes-') == meetings
    assert content.count("Save notes") == meetings


@pytest.mark.parametrize("meetings", [3, 30])
def test_day_page_queries_for_staff_do_not_grow(
    client, staff, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    client.force_login(staff)
    with django_assert_num_queries(DAY_PAGE_QUERIES + 1):  # staff: the permission check
        response = client.get(_day(trip, trip.start_date))
    assert response.content.decode().count("Lead of company") == meetings


def test_a_delegate_sees_only_the_meetings_its_company_attended(client, company_a, world):
    f.MeetingFactory(trip=world["published"], title="Closed-door meeting")
    client.force_login(company_a)
    content = client.get(_day(world["published"])).content.decode()
    assert "Meeting with the city" in content
    assert "Closed-door meeting" not in content
    assert "Wang" in content  # the counterpart person, to tick as met
    assert "Lead of company" not in content  # a company writes its own leads


def test_staff_see_every_meeting_of_the_day(client, staff, world):
    f.MeetingFactory(trip=world["published"], title="Closed-door meeting")
    client.force_login(staff)
    content = client.get(_day(world["published"])).content.decode()
    assert "Meeting with the city" in content and "Closed-door meeting" in content


def test_the_day_switcher_shows_each_day_of_the_trip(client, company_a, company_a_org):
    trip = f.TripFactory(slug="three-days", start_date=dt.date(2026, 3, 16))
    trip.end_date = dt.date(2026, 3, 18)
    trip.save()
    f.ParticipationFactory(trip=trip, company=company_a_org)
    second = f.MeetingFactory(trip=trip, date=dt.date(2026, 3, 17), title="Day two meeting")
    f.MeetingAttendeeFactory(meeting=second, company=company_a_org)
    client.force_login(company_a)
    first_day = client.get(_day(trip)).content.decode()
    assert "Day two meeting" not in first_day
    for day in ("2026-03-16", "2026-03-17", "2026-03-18"):
        assert f"?day={day}" in first_day
    assert "Day two meeting" in client.get(_day(trip, dt.date(2026, 3, 17))).content.decode()
    assert client.get(_day(trip, dt.date(2026, 3, 19))).status_code == 404
    assert client.get(_day(trip) + "?day=yesterday").status_code == 404


def test_the_pages_link_the_manifest_and_our_script(client, company_a, world):
    client.force_login(company_a)
    content = client.get(_day(world["published"])).content.decode()
    assert f'<link rel="manifest" href="{reverse("field:manifest")}">' in content
    assert "/static/js/field.js" in content
    assert "<script>" not in content  # no inline script under the strict CSP


def test_the_manifest_installs_the_field_pages(client):
    response = client.get(reverse("field:manifest"), HTTP_ACCEPT_LANGUAGE="fi")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["start_url"] == manifest["scope"] == reverse("field:home")
    assert manifest["display"] == "standalone"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}


def test_the_service_worker_is_served_with_a_scope_over_the_field_pages(client):
    response = client.get(reverse("field:sw"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == reverse("field:home")
    assert b'addEventListener("fetch"' in response.content
