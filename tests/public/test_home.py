import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_home_lists_published_trips_newest_first_and_hides_unpublished(client):
    import datetime as dt

    older = f.TripFactory(
        title="Older trip", start_date=dt.date(2025, 3, 1), end_date=dt.date(2025, 3, 5)
    )
    newer = f.TripFactory(title="Newer trip")
    f.TripFactory(title="Secret plan", is_published=False, published_at=None)
    content = client.get(reverse("home")).content.decode()
    assert content.index(newer.title) < content.index(older.title)
    assert "Secret plan" not in content


def test_home_says_so_when_nothing_is_published(client):
    response = client.get(reverse("home"))
    assert "No trip reports have been published yet" in response.content.decode()


def test_unpublished_trip_report_is_not_found(client):
    trip = f.TripFactory(is_published=False, published_at=None)
    assert client.get(trip.get_absolute_url()).status_code == 404
