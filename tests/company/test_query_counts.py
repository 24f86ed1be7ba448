"""The company's trip page costs the same number of queries for 5 or 50 meetings; its list of
trips the same for 2 or 25 trips. The page is built once per version of its content and then
served from the cache (trips/page_cache.py)."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.scenarios import trip_with_meetings

pytestmark = pytest.mark.django_db

COMPANY_PAGE_QUERIES = 15  # includes the session, the user, the company login, the version (twice)
CACHED_COMPANY_PAGE_QUERIES = 4  # the session, the user, the company login, the version


@pytest.mark.parametrize("meetings", [5, 50])
def test_company_page_queries_do_not_grow_with_meetings(
    client, company_a, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    client.force_login(company_a)
    url = reverse("my:trip", kwargs={"slug": trip.slug})
    with django_assert_num_queries(COMPANY_PAGE_QUERIES):
        response = client.get(url)
    content = response.content.decode()
    assert content.count('class="meeting"') == meetings
    assert content.count("Save lead") == meetings
    with django_assert_num_queries(CACHED_COMPANY_PAGE_QUERIES):
        again = client.get(url)
    assert again.content.decode().count("Save lead") == meetings


@pytest.mark.parametrize("trips", [2, 25])
def test_my_trips_queries_do_not_grow_with_trips(
    client, company_a, company_a_org, django_assert_num_queries, trips
):
    for _ in range(trips):
        f.ParticipationFactory(company=company_a_org)
    client.force_login(company_a)
    with django_assert_num_queries(6):  # session, user, company login, version, count, page
        response = client.get(reverse("my:trips"))
    assert response.content.decode().count('class="card h-100 trip-card"') == min(trips, 20)
    with django_assert_num_queries(CACHED_COMPANY_PAGE_QUERIES):
        again = client.get(reverse("my:trips"))
    assert again.content.decode().count('class="card h-100 trip-card"') == min(trips, 20)
