"""The programme as iCalendar: one event per meeting the company attends, in the trip's zone."""

import pytest
from django.urls import reverse
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def _calendar(client, user, name, **kwargs):
    client.force_login(user)
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert ".ics" in response["Content-Disposition"]
    return Calendar.from_ical(response.content)


def _meeting_events(calendar):
    return [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("meeting-")]


def test_one_event_per_meeting_of_the_company_in_the_trip_zone(client, company_a, planned):
    calendar = _calendar(client, company_a, "my:programme_ics", slug="almaty")
    events = _meeting_events(calendar)
    mine = [planned["meetings"]["a"], planned["meetings"]["shared"]]
    assert sorted(str(e["UID"]).split("@")[0] for e in events) == sorted(
        f"meeting-{m.pk}" for m in mine
    )
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Asia/Almaty"
        assert str(event["DTSTART"].dt.tzinfo) == "Asia/Almaty"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Almaty"]
    pilot = next(e for e in events if e["SUMMARY"] == "Utility pilot talk")
    assert pilot["DTSTART"].dt.hour == 10
    assert "ул. Жарокова 196" in str(pilot["LOCATION"])
    assert "REASON-A" in str(pilot["DESCRIPTION"])
    assert b"ONLY-B" not in calendar.to_ical()


def test_trip_leader_calendar_holds_every_meeting(client, staff, planned):
    calendar = _calendar(client, staff, "programme:trip_ics", slug="almaty")
    assert len(_meeting_events(calendar)) == 3


def test_staff_calendar_of_one_company(client, staff, planned):
    calendar = _calendar(client, staff, "programme:company_ics", slug="almaty", company_slug="beta")
    assert {str(e["SUMMARY"]) for e in _meeting_events(calendar)} == {
        "ONLY-B akimat meeting",
        "Joint utility workshop",
    }
