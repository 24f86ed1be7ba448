"""Staff plan meetings from the grid of companies × hosts; the grid runs the same number of
queries however many companies and meetings there are."""

import datetime as dt

import pytest
from django.urls import reverse

from tests import factories as f
from tests.planning.conftest import plan
from trips.models import Meeting, TravelTime

pytestmark = pytest.mark.django_db


def _grid(almaty):
    return reverse("planning:grid", kwargs={"slug": almaty["trip"].slug})


def _plan_url(almaty):
    return reverse("planning:plan_meeting", kwargs={"slug": almaty["trip"].slug})


def test_the_grid_shows_wishes_ranks_and_planned_meetings(staff_client, almaty, company_a):
    participation = almaty["delegates"]["a"].participation
    participation.wishes.create(need=almaty["need"], host=almaty["utility"])
    participation.wishes.create(text="The environment department")
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 0), "a")
    page = staff_client.get(_grid(almaty)).content.decode()
    assert "★ Wastewater treatment" in page
    assert "Rank 1 of 1 for “Wastewater treatment”" in page
    assert "★ The environment department" in page
    assert reverse("admin:trips_meeting_change", args=[Meeting.objects.get().pk]) in page


def test_staff_plan_a_meeting_with_delegates_from_a_cell(staff_client, almaty):
    delegate = almaty["delegates"]["a"]
    response = staff_client.post(
        _plan_url(almaty),
        {
            "host": almaty["utility"].pk,
            "visit": almaty["visits"]["almaty"].pk,
            "start_time": "10:00",
            "end_time": "11:00",
            "delegates": [delegate.pk],
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.title == "Meeting with Almaty water utility"
    assert meeting.place == almaty["places"]["almaty"] and meeting.date == almaty["trip"].start_date
    assert [a.company for a in meeting.attendee_links.all()] == [delegate.participation.company]
    assert [d.delegate for d in meeting.delegate_links.all()] == [delegate]


def test_a_clashing_plan_is_refused_naming_the_other_meeting(staff_client, almaty):
    plan(almaty, "Utility board", "almaty", (10, 0), (11, 0), "a")
    response = staff_client.post(
        _plan_url(almaty),
        {
            "host": almaty["akimat"].pk,
            "visit": almaty["visits"]["almaty"].pk,
            "start_time": "10:30",
            "end_time": "11:30",
            "title": "Akimat lunch",
            "delegates": [almaty["delegates"]["a"].pk],
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "“Utility board”" in page and "“Akimat lunch”" in page
    assert Meeting.objects.count() == 1


def test_a_meeting_outside_the_visit_is_refused(staff_client, almaty):
    response = staff_client.post(
        _plan_url(almaty),
        {
            "host": almaty["utility"].pk,
            "visit": almaty["visits"]["almaty"].pk,
            "start_time": "15:00",
            "end_time": "16:00",
            "companies": [almaty["delegates"]["b"].participation.company_id],
        },
    )
    assert response.status_code == 400
    assert "outside the day&#x27;s visit to Almaty" in response.content.decode()
    assert not Meeting.objects.exists()


def test_staff_set_a_travel_time_either_way_round(staff_client, almaty):
    places = almaty["places"]
    url = reverse("planning:travel_time", kwargs={"slug": almaty["trip"].slug})
    data = {"from_place": places["almaty"].pk, "to_place": places["konaev"].pk, "minutes": 90}
    assert staff_client.post(url, data).status_code == 302
    data.update(from_place=places["konaev"].pk, to_place=places["almaty"].pk, minutes=100)
    assert staff_client.post(url, data).status_code == 302
    assert list(TravelTime.objects.values_list("minutes", flat=True)) == [100]
    data["to_place"] = places["konaev"].pk
    response = staff_client.post(url, data)
    assert response.status_code == 400
    assert "Choose two different places." in response.content.decode()


def _grow(almaty, n):
    """n more companies with a delegate, a wish and a meeting each, and a host per company."""
    trip = almaty["trip"]
    for i in range(n):
        participation = f.ParticipationFactory(trip=trip)
        delegate = f.DelegateFactory(participation=participation)
        host = f.CounterpartFactory()
        need = f.NeedFactory(trip=trip, host=host, title=f"Need {i}")
        participation.wishes.create(need=need, host=host)
        meeting = f.MeetingFactory(
            trip=trip,
            date=trip.start_date,
            visit=almaty["visits"]["konaev"],
            place=almaty["places"]["konaev"],
            start_time=dt.time(13 + i),
            end_time=dt.time(13 + i, 30),
        )
        f.MeetingCounterpartFactory(meeting=meeting, organisation=host)
        f.MeetingAttendeeFactory(meeting=meeting, company=participation.company)
        f.MeetingDelegateFactory(meeting=meeting, delegate=delegate)


def test_the_grid_query_count_does_not_grow(staff_client, almaty, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _grow(almaty, 1)
    with CaptureQueriesContext(connection) as small:
        assert staff_client.get(_grid(almaty)).status_code == 200
    _grow(almaty, 4)
    with django_assert_num_queries(len(small)):
        page = staff_client.get(_grid(almaty)).content.decode()
    assert page.count("★ Need") == 5
