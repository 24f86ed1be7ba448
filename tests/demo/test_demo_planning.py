"""The planned Almaty trip's meeting plan in the demo: hosts with needs, Puhdas Vesi's wishes
and planned programme, a travel time, and a plan without problems."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trips.demo import PLANNED_TRIP_SLUG
from trips.models import Trip
from trips.planning.checks import plan_problems
from trips.planning.queries import trip_hosts

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_the_planned_trip_has_hosts_needs_wishes_and_a_programme(demo):
    trip = Trip.objects.get(slug=PLANNED_TRIP_SLUG)
    assert trip_hosts(trip).count() == 3
    assert trip.needs.count() == 3
    wishes = trip.participations.get(company__slug="puhdas-vesi").wishes.all()
    assert {bool(w.need_id) for w in wishes} == {True, False}
    assert any(w.text for w in wishes)
    meetings = trip.meetings.filter(attendees__slug="puhdas-vesi")
    assert meetings.count() == 3
    assert all(m.delegate_links.exists() for m in meetings)
    assert trip.travel_times.get().minutes == 90
    assert plan_problems(trip) == []


def test_puhdas_vesi_sees_its_wishes_with_ranks(demo, client):
    client.force_login(User.objects.get(username="demo-puhdas-vesi"))
    page = client.get(reverse("my:wishes", kwargs={"slug": PLANNED_TRIP_SLUG})).content.decode()
    assert "A local engineering partner for installation and service." in page
    assert "Rank 1 of 2" in page


def test_staff_see_the_grid_of_the_planned_trip(demo, client):
    client.force_login(User.objects.get(username="demo-staff"))
    page = client.get(reverse("planning:grid", kwargs={"slug": PLANNED_TRIP_SLUG})).content.decode()
    assert "Almaty City Water Utility" in page and "Mälardalen Cleantech AB" in page
    assert "No problems found in the meeting plan." in page
