"""The directory and the admin person list stay usable with a million people.

Long lists are never counted in full (an estimate above the cap), menus with thousands of
choices are autocompletes that carry only the chosen option, and the page's queries do not
grow with the list.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts import paging
from contacts.models import Person
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_cap(monkeypatch):
    """A count cap of 3, so that a handful of people is "more than the cap"."""
    from contacts.admin import AdminPaginator

    monkeypatch.setattr(paging.CappedPaginator, "cap", 3)
    monkeypatch.setattr(AdminPaginator, "cap", 3)
    monkeypatch.setattr(paging, "_estimate", lambda queryset: 999_000)


def people(count, org=None, **fields):
    org = org or f.CounterpartFactory()
    return [
        f.PersonFactory(organisation=org, family_name=f"Family{n:03}", **fields)
        for n in range(count)
    ]


def test_organisation_and_trip_menus_carry_only_the_chosen_option(client, staff):
    chosen, *others = [f.CounterpartFactory(name=f"Government {n}") for n in range(30)]
    trip, *other_trips = [f.TripFactory(title=f"Delegation {n}") for n in range(30)]
    for org in [chosen, *others]:
        f.PersonFactory(organisation=org)
    client.force_login(staff)
    page = client.get(
        reverse("contacts:directory"), {"organisation": chosen.pk, "trip": trip.pk}
    ).content.decode()
    assert f'<option value="{chosen.pk}" selected>' in page
    assert f'<option value="{trip.pk}" selected>' in page
    assert "Government 7" not in page and "Delegation 7" not in page
    assert "/admin/autocomplete/" in page  # typed and looked up instead
    assert "admin/js/autocomplete.js" in page


def test_above_the_cap_the_directory_says_about_how_many_and_still_pages(client, staff, small_cap):
    people(7)
    client.force_login(staff)
    first = client.get(reverse("contacts:directory"), {"ordering": "family_name"})
    content = first.content.decode()
    assert "About 999,000 people" in content
    assert [p.family_name for p in first.context["page"]] == [f"Family{n:03}" for n in range(7)]
    assert 'rel="next"' not in content  # all seven fit on the first page of fifty


def test_next_page_is_offered_while_more_people_follow(client, staff, small_cap, monkeypatch):
    monkeypatch.setattr("contacts.views.PAGE_SIZE", 3)
    people(7)
    client.force_login(staff)
    url = reverse("contacts:directory")
    third = client.get(url, {"page": 3})
    assert [p.family_name for p in third.context["page"]] == ["Family006"]
    assert 'rel="next"' not in third.content.decode()
    second = client.get(url, {"page": 2}).content.decode()
    assert 'rel="next"' in second and 'rel="prev"' in second
    assert "Page 2" in second and "Page 2 of" not in second  # no made-up page total


def test_under_the_cap_the_count_is_exact(client, staff):
    people(4)
    client.force_login(staff)
    assert "4 people" in client.get(reverse("contacts:directory")).content.decode()


def test_directory_queries_do_not_grow_with_the_list(client, staff, small_cap):
    org = f.CounterpartFactory()
    people(5, org)
    client.force_login(staff)
    url = reverse("contacts:directory")
    with CaptureQueriesContext(connection) as five:
        client.get(url)
    people(60, org)
    with CaptureQueriesContext(connection) as sixty_five:
        client.get(url)
    assert len(sixty_five) == len(five)


def test_admin_person_list_counts_no_more_than_it_must(client, staff, small_cap):
    org = f.CounterpartFactory(country="CN")
    people(5, org)
    client.force_login(staff)
    url = reverse("admin:contacts_person_changelist")
    with CaptureQueriesContext(connection) as five:
        response = client.get(url)
    assert response.status_code == 200
    people(60, org)
    with CaptureQueriesContext(connection) as sixty_five:
        response = client.get(url)
    assert len(sixty_five) == len(five)
    content = response.content.decode()
    assert "999000 people" in content or "999,000" in content  # the estimate, not a count
    assert "China" in content  # the country filter lists the organisations' countries
    # the date filter replaces the date hierarchy (which read every row for its years)
    assert "created_at__gte" in content and "date-hierarchy" not in content


def test_admin_person_search_is_the_directory_search(client, staff):
    wang = f.PersonFactory(given_name="Li", family_name="Wang", native_name="王丽")
    f.PersonFactory(given_name="Karin", family_name="Åkerlund")
    client.force_login(staff)
    url = reverse("admin:contacts_person_changelist")
    for term in ("王丽", "Wang", "Li Wang"):
        found = client.get(url, {"q": term}).context["cl"].result_list
        assert list(found) == [wang], term


def test_a_large_organisation_links_to_its_people_instead_of_listing_them(client, staff):
    small = f.CounterpartFactory()
    people(3, small)
    large = f.CounterpartFactory()
    Person.objects.bulk_create(
        Person(given_name="P", family_name=f"F{n}", organisation=large) for n in range(101)
    )
    client.force_login(staff)
    small_page = client.get(reverse("admin:contacts_organisation_change", args=[small.pk]))
    assert small_page.context["inline_admin_formsets"][0].formset.total_form_count() == 3
    large_page = client.get(reverse("admin:contacts_organisation_change", args=[large.pk]))
    content = large_page.content.decode()
    assert "101 people" in content
    assert f"?organisation__id__exact={large.pk}" in content
    assert all(
        formset.formset.model is not Person
        for formset in large_page.context["inline_admin_formsets"]
    )
    listed = client.get(
        reverse("admin:contacts_person_changelist"), {"organisation__id__exact": large.pk}
    )
    assert listed.status_code == 200
    assert len(listed.context["cl"].result_list) == 50  # the admin's page size


@pytest.mark.skipif(connection.vendor != "postgresql", reason="short-term indexes: PostgreSQL")
@pytest.mark.parametrize(
    "term, expected",
    [
        ("丽", ["Li Wang", "Lihua Wang"]),  # inside a Chinese name
        ("王丽", ["Li Wang", "Lihua Wang"]),
        ("丽华", ["Lihua Wang"]),
        # a word starting with it: not Olivia
        ("Li", ["Li Wang", "Lihua Wang", "Lina Berg", "Na Li"]),
        ("li", ["Li Wang", "Lihua Wang", "Lina Berg", "Na Li"]),
        ("潍", ["Karin Oja"]),  # the organisation's native name
    ],
)
def test_terms_of_one_or_two_characters(term, expected):
    from contacts.filters import search_people

    f.PersonFactory(given_name="Li", family_name="Wang", native_name="王丽")
    f.PersonFactory(given_name="Lihua", family_name="Wang", native_name="王丽华")
    f.PersonFactory(given_name="Na", family_name="Li", native_name="李娜")
    f.PersonFactory(given_name="Lina", family_name="Berg")
    f.PersonFactory(given_name="Olivia", family_name="Smith")
    f.PersonFactory(
        given_name="Karin", family_name="Oja", organisation=f.CounterpartFactory(native_name="潍坊")
    )
    found = search_people(Person.objects.all(), term, candidates=100)
    assert sorted(p.latin_name for p in found) == expected
    if term == "王丽":
        assert found[0].native_name == "王丽"  # the exact name first


def test_a_search_matching_very_many_says_it_lists_the_best_of_some(client, staff, monkeypatch):
    monkeypatch.setattr("contacts.views.SEARCH_CANDIDATES", 3)
    for n in range(5):
        f.PersonFactory(given_name=f"Ann{n}", family_name="Wangari")
    client.force_login(staff)
    page = client.get(reverse("contacts:directory"), {"q": "Wangari"})
    content = page.content.decode()
    if connection.vendor == "postgresql":
        assert len(page.context["page"]) == 3
        assert "the best matches among 3 of them are listed" in content
    else:  # SQLite matches plain text and lists everyone
        assert len(page.context["page"]) == 5
    export = client.get(reverse("contacts:export_csv"), {"q": "Wangari"})
    assert b"".join(export.streaming_content).count(b"Wangari") == 5  # the export takes all


def test_an_empty_menu_offers_a_dashed_no_choice_instead_of_an_empty_option(client, staff):
    client.force_login(staff)
    page = client.get(reverse("contacts:directory")).content.decode()
    assert '<option value="">---------</option>' in page
    assert '<option value=""></option>' not in page  # invalid HTML (the W3C checker refuses it)
