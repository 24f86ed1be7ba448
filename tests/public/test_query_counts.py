"""The public report costs the same number of queries for 5 or 50 meetings; the home page
the same for 2 or 15 trips."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.scenarios import trip_with_meetings

pytestmark = pytest.mark.django_db

PUBLIC_REPORT_QUERIES = 12


@pytest.mark.parametrize("meetings", [5, 50])
def test_public_report_queries_do_not_grow_with_meetings(
    client, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    with django_assert_num_queries(PUBLIC_REPORT_QUERIES):
        response = client.get(trip.get_absolute_url())
    assert response.content.decode().count('class="meeting"') == meetings


@pytest.mark.parametrize("trips", [2, 15])
def test_home_page_queries_do_not_grow_with_trips(client, django_assert_num_queries, trips):
    for _ in range(trips):
        f.ParticipationFactory()
    with django_assert_num_queries(2):  # the count for the pager, and one page of trips
        response = client.get(reverse("home"))
    assert response.content.decode().count('class="card h-100 trip-card"') == min(trips, 12)
