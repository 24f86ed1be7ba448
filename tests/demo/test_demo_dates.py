"""The demo is dated relative to the day it is loaded: the Shandong trip in March of last year,
its open follow-ups due in the coming weeks (none overdue), the planned trip next spring."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from trips.demo import PLANNED_TRIP_SLUG, TRIP_SLUG, load_demo
from trips.models import Lead, Trip

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"
OPEN = [Lead.Status.OPEN, Lead.Status.IN_DISCUSSION]


def test_loaded_today_the_trip_was_last_march_and_no_follow_up_is_overdue(client):
    today = timezone.localdate()
    load_demo(password=PASSWORD)
    trip = Trip.objects.get(slug=TRIP_SLUG)
    assert (trip.start_date.year, trip.start_date.month) == (today.year - 1, 3)
    assert trip.published_at.date() < today

    client.force_login(User.objects.get(username="demo-staff"))
    page = client.get("/results/follow-ups/").content.decode()
    assert "3 open follow-ups" in page and ">overdue</span>" not in page


@pytest.mark.parametrize("today", [dt.date(2030, 1, 2), dt.date(2030, 6, 1), dt.date(2030, 12, 30)])
def test_every_date_follows_the_day_of_loading(today):
    load_demo(password=PASSWORD, today=today)
    trip = Trip.objects.get(slug=TRIP_SLUG)
    assert (trip.start_date, trip.end_date) == (dt.date(2029, 3, 16), dt.date(2029, 3, 20))
    assert {visit.date.year for visit in trip.visits.all()} == {2029}
    assert {meeting.date.year for meeting in trip.meetings.all()} == {2029}
    assert trip.agreements.get().signed_date == dt.date(2029, 3, 19)
    assert {p.feedback_at.year for p in trip.participations.exclude(feedback="")} == {2029}

    dues = sorted(Lead.objects.filter(status__in=OPEN).values_list("due_date", flat=True))
    assert dues[0] == today + dt.timedelta(weeks=1)
    assert all(today < due <= today + dt.timedelta(weeks=8) for due in dues)

    planned = Trip.objects.get(slug=PLANNED_TRIP_SLUG)
    assert planned.start_date == dt.date(2031, 4, 12) and planned.start_date > today
    assert {visit.date.year for visit in planned.visits.all()} == {2031}


def test_loading_again_later_changes_no_date():
    first = dt.date(2030, 6, 1)
    load_demo(password=PASSWORD, today=first)
    dues = sorted(Lead.objects.values_list("due_date", flat=True))
    load_demo(password=PASSWORD, today=first + dt.timedelta(days=400))
    assert Trip.objects.get(slug=TRIP_SLUG).start_date == dt.date(2029, 3, 16)
    assert Trip.objects.get(slug=PLANNED_TRIP_SLUG).start_date == dt.date(2031, 4, 12)
    assert Trip.objects.get(slug=TRIP_SLUG).visits.count() == 6
    assert sorted(Lead.objects.values_list("due_date", flat=True)) == dues
