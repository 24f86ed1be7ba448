"""A long itinerary (more than LONG_ITINERARY meetings) is shown one day at a time, with a
link to every day, on the public report and on the company's page; a short one stays whole."""

import datetime as dt

import pytest
from django.urls import reverse

from tests import factories as f
from trips.queries.itinerary import LONG_ITINERARY

pytestmark = pytest.mark.django_db

DAYS = 3
PER_DAY = LONG_ITINERARY // DAYS + 1  # just over the limit in all


@pytest.fixture
def long_trip(company_a_org):
    trip = f.TripFactory(slug="long-trip")
    f.ParticipationFactory(trip=trip, company=company_a_org)
    for day in range(DAYS):
        for i in range(PER_DAY):
            meeting = f.MeetingFactory(
                trip=trip,
                date=trip.start_date + dt.timedelta(days=day),
                title=f"Day-{day + 1} meeting {i}",
            )
            f.MeetingAttendeeFactory(meeting=meeting, company=company_a_org)
    return trip


def _content(response):
    assert response.status_code == 200
    return response.content.decode()


def test_the_public_report_shows_the_first_day_and_links_every_day(client, long_trip):
    content = _content(client.get(long_trip.get_absolute_url()))
    assert content.count('class="meeting"') == PER_DAY
    assert "Day-1 meeting" in content and "Day-2 meeting" not in content
    assert 'aria-current="page">Day 1' in content
    for day in range(2, DAYS + 1):
        assert f'href="?day={day}#itinerary-heading"' in content


def test_the_public_report_shows_the_day_asked_for_in_its_language(client, long_trip):
    content = _content(client.get(long_trip.get_absolute_url(), {"day": 2, "lang": "fi"}))
    assert "Day-2 meeting" in content and "Day-1 meeting" not in content
    assert 'href="?lang=fi&amp;day=3#itinerary-heading"' in content


@pytest.mark.parametrize("day", ["9", "two"])
def test_a_day_that_does_not_exist_shows_the_first(client, long_trip, day):
    content = _content(client.get(long_trip.get_absolute_url(), {"day": day}))
    assert "Day-1 meeting" in content
    assert ("This itinerary has no day 9" in content) == (day == "9")


def test_the_company_page_shows_one_day_at_a_time(client, company_a, long_trip):
    client.force_login(company_a)
    url = reverse("my:trip", kwargs={"slug": long_trip.slug})
    content = _content(client.get(url, {"day": 3}))
    assert content.count('class="meeting"') == PER_DAY
    assert "Day-3 meeting" in content and "Day-1 meeting" not in content
    assert 'href="?day=1#itinerary"' in content


def test_a_short_itinerary_shows_every_day(client):
    trip = f.TripFactory(slug="short-trip")
    for day in range(DAYS):
        f.MeetingFactory(trip=trip, date=trip.start_date + dt.timedelta(days=day))
    content = _content(client.get(trip.get_absolute_url()))
    assert content.count('class="meeting"') == DAYS
    assert "day-nav" not in content
