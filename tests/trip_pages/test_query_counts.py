"""The report and the company page cost the same number of queries for 5 or 50 meetings."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

PUBLIC_REPORT_QUERIES = 12
COMPANY_PAGE_QUERIES = 13  # includes the session, the user and the company login


def trip_with_meetings(n, company):
    trip = f.TripFactory(slug=f"trip-with-{n}")
    f.ParticipationFactory(trip=trip, company=company)
    f.TripOrganiserFactory(trip=trip)
    parent = f.PlaceFactory(name=f"City for {n}")
    for i in range(n):
        place = f.PlaceFactory(name=f"Site {n}-{i}", parent=parent)
        visit = f.VisitFactory(trip=trip, place=place)
        meeting = f.MeetingFactory(trip=trip, visit=visit, place=place)
        counterpart = f.CounterpartFactory(is_public=i % 2 == 0)
        f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
        person = f.PersonFactory(organisation=counterpart, phone="+8613800000001")
        f.MeetingPersonFactory(meeting=meeting, person=person)
        f.MeetingAttendeeFactory(meeting=meeting, company=company)
        f.LeadFactory(trip=trip, company=company, counterpart=counterpart, meeting=meeting)
        f.AgreementFactory(trip=trip, company=company, counterpart=counterpart, is_public=True)
        need = f.NeedFactory(trip=trip, host=counterpart, place=place)
        need.sectors.add(f.SectorFactory())
        f.MatchFactory(need=need, company=company, status="accepted")
        recognition = f.RecognitionFactory(trip=trip, recipient=counterpart)
        f.RecognitionAwarderFactory(recognition=recognition)
    return trip


@pytest.mark.parametrize("meetings", [5, 50])
def test_public_report_queries_do_not_grow_with_meetings(
    client, company_a_org, django_assert_num_queries, meetings
):
    trip = trip_with_meetings(meetings, company_a_org)
    with django_assert_num_queries(PUBLIC_REPORT_QUERIES):
        response = client.get(trip.get_absolute_url())
    assert response.content.decode().count('class="meeting"') == meetings


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


@pytest.mark.parametrize("trips", [2, 15])
def test_home_page_queries_do_not_grow_with_trips(client, django_assert_num_queries, trips):
    for _ in range(trips):
        f.ParticipationFactory()
    with django_assert_num_queries(2):  # the count for the pager, and one page of trips
        response = client.get(reverse("home"))
    assert response.content.decode().count('class="card h-100 trip-card"') == min(trips, 12)


@pytest.mark.parametrize("trips", [2, 25])
def test_my_trips_queries_do_not_grow_with_trips(
    client, company_a, company_a_org, django_assert_num_queries, trips
):
    for _ in range(trips):
        f.ParticipationFactory(company=company_a_org)
    client.force_login(company_a)
    with django_assert_num_queries(5):  # session, user, company login, count, one page
        response = client.get(reverse("my:trips"))
    assert response.content.decode().count('class="card h-100 trip-card"') == min(trips, 20)
