"""The public report costs the same number of queries for 5 or 50 meetings; the home page
the same for 2 or 15 trips. A report is built once per version of its content and then served
from the cache (trips/page_cache.py) in one query: the content version."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.scenarios import trip_with_meetings

pytestmark = pytest.mark.django_db

PUBLIC_REPORT_QUERIES = 13  # the content version, the trip with its figures, the report
CACHED_REPORT_QUERIES = 1  # the content version


@pytest.mark.parametrize("meetings", [5, 50])
def test_public_report_queries_do_not_grow_with_meetings(
    client, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    with django_assert_num_queries(PUBLIC_REPORT_QUERIES):
        response = client.get(trip.get_absolute_url())
    assert response.content.decode().count('class="meeting"') == meetings
    with django_assert_num_queries(CACHED_REPORT_QUERIES):
        again = client.get(trip.get_absolute_url())
    assert _article(again) == _article(response)


def _article(response):
    content = response.content.decode()
    return content[content.index("<article") : content.index("</article>")]


@pytest.mark.parametrize("trips", [2, 15])
def test_home_page_queries_do_not_grow_with_trips(client, django_assert_num_queries, trips):
    for _ in range(trips):
        f.ParticipationFactory()
    with django_assert_num_queries(2):  # the count for the pager, and one page of trips
        response = client.get(reverse("home"))
    assert response.content.decode().count('class="card h-100 trip-card"') == min(trips, 12)
