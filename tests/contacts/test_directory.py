"""The staff contact directory: find anyone, in a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts.exporting import people_for_listing
from tests import factories as f

pytestmark = pytest.mark.django_db


def make_people(count, trip):
    org = f.CounterpartFactory()
    for _ in range(count):
        person = f.PersonFactory(organisation=org)
        f.MeetingPersonFactory(meeting=f.MeetingFactory(trip=trip), person=person)
        f.MeetingPersonFactory(meeting=f.MeetingFactory(trip=f.TripFactory()), person=person)


def test_directory_lists_people_with_the_trips_they_were_met_on(client, staff, met):
    client.force_login(staff)
    response = client.get(reverse("contacts:directory"))
    content = response.content.decode()
    assert response.status_code == 200
    for text in ("Wang", "王丽", "Weifang government", "Shandong delegation", "Almaty delegation"):
        assert text in content
    assert "Do Not" not in content  # the do-not-contact person is left out by default
    assert "1 person marked “do not contact” is left out" in content


def people_listed(response):
    return len(response.context["page"])


def lines_exported(response):
    return len(b"".join(response.streaming_content).splitlines())


@pytest.mark.parametrize(
    "url_name, by_trip, count, five, fifty",
    [
        ("contacts:directory", True, people_listed, 5, 50),
        ("contacts:export_csv", False, lines_exported, 6, 51),  # and the header line
    ],
)
def test_listing_and_export_take_the_same_number_of_queries_for_5_and_50_people(
    client, staff, django_assert_num_queries, url_name, by_trip, count, five, fifty
):
    trip = f.TripFactory()
    make_people(5, trip)
    client.force_login(staff)
    url = reverse(url_name)
    params = {"trip": trip.pk} if by_trip else {}
    with CaptureQueriesContext(connection) as queries:
        assert count(client.get(url, params)) == five
    make_people(45, trip)
    with django_assert_num_queries(len(queries)):
        assert count(client.get(url, params)) == fifty


def test_pages_of_fifty_that_keep_the_filters(client, staff):
    trip = f.TripFactory()
    make_people(51, trip)
    client.force_login(staff)
    first = client.get(reverse("contacts:directory"), {"trip": trip.pk})
    assert len(first.context["page"]) == 50
    assert f"?trip={trip.pk}&amp;page=2" in first.content.decode()
    second = client.get(reverse("contacts:directory"), {"trip": trip.pk, "page": 2})
    assert len(second.context["page"]) == 1


def test_sorting_by_last_met_and_by_organisation(client, staff, met):
    client.force_login(staff)
    url = reverse("contacts:directory")
    by_last_met = client.get(url, {"ordering": "-last_met"}).context["page"]
    assert [p.family_name for p in by_last_met][0] == "Wang"  # met last, on the Almaty trip
    by_org = client.get(url, {"ordering": "organisation"}).context["page"]
    assert [p.organisation.name for p in by_org] == sorted(p.organisation.name for p in by_org)


def test_empty_states_say_what_to_do(client, staff):
    client.force_login(staff)
    assert "There are no contacts yet" in client.get(reverse("contacts:directory")).content.decode()
    f.PersonFactory()
    response = client.get(reverse("contacts:directory"), {"q": "nobody-like-this"})
    assert "Nobody matches these filters" in response.content.decode()


def test_the_contacts_link_is_shown_to_staff_only(client, staff, company_a):
    client.force_login(company_a)
    assert reverse("contacts:directory") not in client.get(reverse("home")).content.decode()
    client.force_login(staff)
    assert reverse("contacts:directory") in client.get(reverse("home")).content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram search needs pg_trgm")
@pytest.mark.parametrize(
    "term, expected",
    [
        ("Wei Fang", "Weifang Municipal Government"),  # the words run together in the name
        ("Weifnag", "Weifang Municipal Government"),  # a typo
        ("Akerlund", "Åkerlund Trä AB"),  # no diacritics typed
        ("潍坊", "Weifang Municipal Government"),
    ],
)
def test_trigram_search_finds_near_spellings(term, expected):
    from contacts.filters import search_people
    from contacts.models import Person

    weifang = f.CounterpartFactory(name="Weifang Municipal Government", native_name="潍坊市政府")
    f.PersonFactory(organisation=weifang, given_name="Li", family_name="Wang")
    nordic = f.CompanyFactory(name="Åkerlund Trä AB", country="SE")
    f.PersonFactory(organisation=nordic, given_name="Karin", family_name="Åkerlund")
    f.PersonFactory(organisation=f.CompanyFactory(name="Unrelated Oy"), given_name="Bo")
    found = search_people(people_for_listing(Person.objects.all()), term)
    assert [p.organisation.name for p in found] == [expected]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm exists on PostgreSQL only")
def test_postgresql_has_the_trigram_extension_and_indexes(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() is not None
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'contacts_%%_trgm' "
            "ORDER BY indexname"
        )
        assert [name for (name,) in cursor.fetchall()] == [
            "contacts_organisation_name_trgm",
            "contacts_organisation_native_name_trgm",
            "contacts_person_email_trgm",
            "contacts_person_latin_name_trgm",
            "contacts_person_messaging_id_trgm",
            "contacts_person_native_name_trgm",
        ]
