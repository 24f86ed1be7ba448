"""The programme pages cost the same number of queries for 3 meetings as for 30."""

import pytest
from django.urls import reverse

from tests import factories as f

from .conftest import plan_meeting

pytestmark = pytest.mark.django_db


def _more_meetings(planned, n):
    trip, delegate = planned["trip"], planned["delegate_a"]
    for i in range(n):
        host = f.CounterpartFactory(name=f"Host {i}", native_name=f"Хост {i}")
        need = f.NeedFactory(trip=trip, host=host, title=f"Need {i}")
        need.sectors.add(f.SectorFactory())
        f.MatchFactory(
            need=need,
            company=delegate.participation.company,
            reason=f"Reason {i}",
            status="accepted",
        )
        place = f.PlaceFactory(name=f"Venue {i}", parent=planned["city"], country="KZ")
        meeting = plan_meeting(trip, 1 + i % 3, 9 + i % 8, f"Extra {i}", host, place, [delegate])
        f.MeetingPersonFactory(meeting=meeting, person__organisation=host)
        f.VisitFactory(trip=trip, place=place, date=meeting.date)
        f.DelegateFactory(participation__trip=trip)  # one more company on the trip


# Session, user, company login, trip; visits; meetings and 4 prefetches (hosts, companies,
# people met, delegates); the hosts' needs and the matches; participants, their delegates and
# sectors; the practical notes. Staff: the permission look-ups instead of the company login
# (and the company asked for, on its pages).
COMPANY_QUERIES = 16
STAFF_QUERIES = 18
COMPANY_PAGES = [("my:programme", {}), ("my:briefing", {}), ("my:programme_ics", {})]
STAFF_PAGES = [
    ("programme:trip", {}),
    ("programme:trip_briefing", {}),
    ("programme:trip_ics", {}),
    ("programme:company", {"company_slug": "alpha"}),
    ("programme:company_briefing", {"company_slug": "alpha"}),
    ("programme:company_ics", {"company_slug": "alpha"}),
]


def _queries(client, user, name, kwargs, django_assert_max_num_queries, budget):
    client.force_login(user)
    url = reverse(name, kwargs={"slug": "almaty", **kwargs})
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(("name", "kwargs"), COMPANY_PAGES)
def test_company_programme_queries_do_not_grow(
    client, company_a, planned, name, kwargs, django_assert_max_num_queries
):
    few = _queries(client, company_a, name, kwargs, django_assert_max_num_queries, COMPANY_QUERIES)
    _more_meetings(planned, 27)
    many = _queries(client, company_a, name, kwargs, django_assert_max_num_queries, COMPANY_QUERIES)
    assert many == few


@pytest.mark.parametrize(("name", "kwargs"), STAFF_PAGES)
def test_staff_programme_queries_do_not_grow(
    client, staff, planned, name, kwargs, django_assert_max_num_queries
):
    few = _queries(client, staff, name, kwargs, django_assert_max_num_queries, STAFF_QUERIES)
    _more_meetings(planned, 27)
    many = _queries(client, staff, name, kwargs, django_assert_max_num_queries, STAFF_QUERIES)
    assert many == few
