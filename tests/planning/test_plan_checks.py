"""The plan's problems are listed on the trip, each naming the meetings it is about: a
delegate in two meetings at once, a meeting outside the day's visit, too little travel time."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.planning.conftest import plan
from trips.planning.checks import plan_problems

pytestmark = pytest.mark.django_db


def _messages(almaty):
    return [p.message for p in plan_problems(almaty["trip"])]


def test_a_clash_names_both_meetings_and_the_delegate(almaty):
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 0), "a")
    plan(almaty, "Akimat lunch", "almaty", (10, 30), (11, 30), "a", host=almaty["akimat"])
    plan(almaty, "Only B", "almaty", (10, 0), (11, 0), "b")
    [message] = _messages(almaty)
    assert "Delegate A" in message
    assert "“Utility board”" in message and "“Akimat lunch”" in message


def test_back_to_back_meetings_do_not_clash(almaty):
    plan(almaty, "First", "almaty", (9, 0), (10, 0), "a")
    plan(almaty, "Second", "almaty", (10, 0), (11, 0), "a")
    assert _messages(almaty) == []


def test_a_meeting_outside_the_visit_is_reported(almaty):
    plan(almaty, "Late dinner", "almaty", (19, 0), (20, 0), "a")
    [message] = _messages(almaty)
    assert "“Late dinner”" in message and "outside the day's visit to Almaty" in message


def test_a_meeting_on_a_day_without_a_visit_there_is_reported(almaty):
    trip = almaty["trip"]
    meeting = f.MeetingFactory(
        trip=trip,
        title="Day two",
        date=trip.start_date.replace(day=13),
        place=almaty["places"]["konaev"],
    )
    [message] = _messages(almaty)
    assert "“Day two”" in message and "no visit there that day" in message
    assert meeting.pk


def test_short_travel_time_is_warned_naming_both_meetings(almaty):
    f_places = almaty["places"]
    almaty["trip"].travel_times.create(
        from_place=f_places["konaev"], to_place=f_places["almaty"], minutes=120
    )
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 30), "a")
    plan(almaty, "Konaev plant", "konaev", (13, 0), (14, 0), "a")
    [problem] = plan_problems(almaty["trip"])
    assert problem.is_warning
    assert "Only 90 minutes" in problem.message and "120 minutes" in problem.message
    assert "“Utility board”" in problem.message and "“Konaev plant”" in problem.message


def test_enough_travel_time_is_no_problem(almaty):
    f_places = almaty["places"]
    almaty["trip"].travel_times.create(
        from_place=f_places["almaty"], to_place=f_places["konaev"], minutes=60
    )
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 30), "a")
    plan(almaty, "Konaev plant", "konaev", (13, 0), (14, 0), "a")
    assert _messages(almaty) == []


def test_the_problems_are_listed_on_the_grid_and_the_trip_overview(staff_client, almaty):
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 0), "a")
    plan(almaty, "Akimat lunch", "almaty", (10, 30), (11, 30), "a", host=almaty["akimat"])
    slug = almaty["trip"].slug
    for name in ("planning:grid", "results:trip"):
        page = staff_client.get(reverse(name, kwargs={"slug": slug})).content.decode()
        assert "“Utility board”" in page and "“Akimat lunch”" in page, name
