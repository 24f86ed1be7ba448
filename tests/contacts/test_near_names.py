"""Near names are found on both databases: the duplicate finder pairs "Kadri Tam" with "Kadri
Tamm" at one organisation, and the directory search forgives a one-letter typo."""

import pytest
from django.db import connection
from django.urls import reverse

from contacts.duplicates import find_duplicates
from contacts.exporting import people_for_listing
from contacts.filters import search_people
from contacts.models import Person
from contacts.similarity import one_edit_apart, trigram_similarity
from tests import factories as f

pytestmark = pytest.mark.django_db


def _found_pairs():
    return {(s.first.pk, s.second.pk): [str(r) for r in s.reasons] for s in find_duplicates()}


def test_duplicate_finder_pairs_near_names_at_the_same_organisation(db):
    tartu = f.CounterpartFactory(name="Tartu city government", country="EE")
    tam = f.PersonFactory(organisation=tartu, given_name="Kadri", family_name="Tam", email="")
    tamm = f.PersonFactory(organisation=tartu, given_name="Kadri", family_name="Tamm", email="")
    f.PersonFactory(organisation=tartu, given_name="Mart", family_name="Kask", email="")
    f.PersonFactory(given_name="Kadri", family_name="Tamm", email="")  # another organisation
    f.PersonFactory(organisation=None, given_name="Kadri", family_name="Tam", email="")
    assert _found_pairs() == {(tam.pk, tamm.pk): ["similar name at the same organisation"]}


def test_duplicate_finder_pairs_names_written_together_and_apart(db):
    org = f.CounterpartFactory()
    a = f.PersonFactory(given_name="Weifang", family_name="Zhang", organisation=org, email="")
    b = f.PersonFactory(given_name="Wei Fang", family_name="Zhang", organisation=org, email="")
    assert _found_pairs() == {(a.pk, b.pk): ["similar name at the same organisation"]}


@pytest.mark.parametrize(
    "a, b",
    [("Kadri Tam", "Kadri Tamm"), ("Weifang Zhang", "Wei Fang Zhang"), ("Li Wang", "Wang Li"),
     ("Karin Åkerlund", "Karin Akerlund"), ("Anna Berg", "Bo Berg"), ("O'Brien", "OBrien")],
)  # fmt: skip
def test_python_similarity_is_pg_trgm_similarity(db, a, b):
    mine = trigram_similarity(a, b)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT similarity(%s, %s)", [a, b])
            assert mine == pytest.approx(cursor.fetchone()[0], abs=1e-6)
    assert 0 <= mine <= 1


@pytest.mark.parametrize(
    "a, b, near",
    [("lindquist", "lindqvist", True), ("weifnag", "weifang", True), ("tamm", "tam", True),
     ("tam", "tamm", True), ("peltomaa", "peltomaa", True), ("lindqvist", "lindgren", False),
     ("weifang", "wiefnag", False), ("kask", "kaskine", False)],
)  # fmt: skip
def test_one_edit_apart(a, b, near):
    assert one_edit_apart(a, b) is near


@pytest.fixture
def nordic(db):
    company = f.CompanyFactory(name="Lindqvist Bygg AB", country="SE")
    karin = f.PersonFactory(organisation=company, given_name="Karin", family_name="Lindqvist")
    f.PersonFactory(organisation=f.CompanyFactory(), given_name="Per", family_name="Lindgren")
    weifang = f.CounterpartFactory(name="Weifang Municipal Government", native_name="潍坊市政府")
    f.PersonFactory(organisation=weifang, given_name="Li", family_name="Wang")
    f.PersonFactory(organisation=f.CompanyFactory(name="Åkerlund Trä AB"), given_name="Eva")
    return karin


@pytest.mark.parametrize(
    "term, organisation",
    [
        ("Lindquist", "Lindqvist Bygg AB"),  # one letter wrong
        ("Karin Lindquist", "Lindqvist Bygg AB"),
        ("Lindqvst", "Lindqvist Bygg AB"),  # one letter missing
        ("Weifnag", "Weifang Municipal Government"),  # two letters swapped
        ("Wei Fang", "Weifang Municipal Government"),  # the words run together in the name
        ("Akerlund", "Åkerlund Trä AB"),  # no diacritics typed
    ],
)
def test_directory_search_forgives_a_one_letter_typo(nordic, term, organisation):
    """Found, and first: PostgreSQL's trigram search also lists weaker matches after it."""
    found = search_people(people_for_listing(Person.objects.all()), term)
    assert [p.organisation.name for p in found][:1] == [organisation]
    if connection.vendor == "sqlite":
        assert len(found) == 1


def test_the_directory_page_finds_lindqvist_typed_lindquist(client, staff, nordic):
    client.force_login(staff)
    response = client.get(reverse("contacts:directory"), {"q": "Lindquist"})
    assert [p.pk for p in response.context["page"].object_list][:1] == [nordic.pk]
    assert "Karin Lindqvist" in response.content.decode()
