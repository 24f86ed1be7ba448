"""/contacts/?trip=… lists the trip's delegates as well as the people they met, marked with
the company they travelled with; a delegate never reads "Not met on a trip" (issue 9)."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def trip_people():
    trip = f.TripFactory(title="Tallinn and Tartu")
    delegate = f.DelegateFactory(
        participation__trip=trip,
        participation__company__name="Tartu Smart Homes OÜ",
        person__given_name="Kadri",
        person__family_name="Tamm",
    )
    met = f.PersonFactory(given_name="Jaan", family_name="Kask")
    f.MeetingPersonFactory(meeting=f.MeetingFactory(trip=trip), person=met)
    f.DelegateFactory(person__given_name="Other", person__family_name="Traveller")
    f.PersonFactory(given_name="Never", family_name="Seen")
    return trip, delegate


def test_a_trip_lists_its_delegates_and_the_people_met(client, staff, trip_people):
    trip, delegate = trip_people
    client.force_login(staff)
    response = client.get(reverse("contacts:directory"), {"trip": trip.pk})
    listed = {person.family_name for person in response.context["page"]}
    assert listed == {"Tamm", "Kask"}
    content = response.content.decode()
    assert "Delegate of Tartu Smart Homes OÜ" in content
    assert "Not met on a trip" not in content


def test_a_delegate_is_marked_in_the_whole_directory(client, staff, trip_people):
    client.force_login(staff)
    response = client.get(reverse("contacts:directory"), {"q": "Tamm"})
    content = response.content.decode()
    assert "Tallinn and Tartu" in content and "Delegate of Tartu Smart Homes OÜ" in content
    assert "Not met on a trip" not in content
    nobody = client.get(reverse("contacts:directory"), {"q": "Never Seen"}).content.decode()
    assert "Not met on a trip" in nobody  # still said of someone neither met nor travelling
