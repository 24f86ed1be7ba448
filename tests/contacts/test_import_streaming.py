"""A large import (the command, a background job) reads its file row by row, several times,
and writes people a batch at a time as they are planned: what staff see must be what a
small file gives. Batches are made tiny here so that a short file spans many of them."""

import pytest

from contacts.importing import matching
from contacts.models import Organisation, Person
from contacts.services import import_contacts
from tests import factories as f
from tests.contacts.conftest import HEADER, csv_file, row

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def tiny_batches(monkeypatch):
    monkeypatch.setattr(matching, "BATCH", 2)


def _people(count, start=0):
    return [
        row(f"Given{n}", f"Family{n}", "", "", "Vesi Oy", "FI", f"p{n}@vesi.example")
        for n in range(start, start + count)
    ]


def test_rows_of_one_person_far_apart_are_combined_into_one(db):
    """The same e-mail on the first and the last row, with batches written in between: one
    person, the later row's values added to the earlier row's."""
    first = row("Aino", "Virtanen", "", "", "Vesi Oy", "FI", "aino@vesi.example")
    last = row("Aino", "Virtanen", "", "CEO", "Vesi Oy", "FI", "AINO@vesi.example")
    data = csv_file([HEADER, first, *_people(7), last])
    plan = import_contacts(data=data, filename="far.csv", keep_people=False)
    assert plan.applied, plan.problems
    aino = Person.objects.get(email__iexact="aino@vesi.example")
    assert aino.title == "CEO"
    assert Person.objects.count() == 8
    assert plan.counts["create"] == 8
    assert len(plan.duplicates) == 1 and "Line 10" in plan.duplicates[0]
    assert plan.people == []  # only the counts are kept


def test_a_problem_on_a_late_row_undoes_the_batches_written_before_it(db):
    bad = row("Late", "Row", "", "", "Vesi Oy", "FI", "late@vesi.example", "not a phone")
    data = csv_file([HEADER, *_people(6), bad])
    plan = import_contacts(data=data, filename="late.csv", keep_people=False)
    assert not plan.applied
    assert [(p.line, p.column) for p in plan.problems] == [(8, "Phone")]
    assert not Person.objects.exists()
    assert not Organisation.objects.exists()


def test_known_people_are_matched_in_every_batch(db):
    """People already known are looked up a batch at a time: by e-mail, and by name at the
    organisation the row names."""
    vesi = f.OrganisationFactory(name="Vesi Oy", country="FI")
    by_email = f.PersonFactory(organisation=vesi, given_name="Old", email="p1@vesi.example")
    by_name = f.PersonFactory(
        organisation=vesi, given_name="Given5", family_name="Family5", email="", title=""
    )
    data = csv_file([HEADER, *_people(7)])
    plan = import_contacts(data=data, filename="known.csv", keep_people=False)
    assert plan.applied, plan.problems
    # p1 is known by e-mail: only a conflicting name, kept; Given5 Family5 by name: gets an e-mail.
    assert plan.counts == {"create": 5, "update": 1, "unchanged": 1}
    by_name.refresh_from_db()
    assert by_name.email == "p5@vesi.example"
    assert len(plan.conflicts) == 1  # "Old" is kept: a stored name is not overwritten
    assert Person.objects.count() == 7
    by_email.refresh_from_db()
    assert by_email.given_name == "Old"


def test_the_preview_lists_every_person_in_line_order(db):
    """Rows kept back for a later row of the same person are still listed in file order."""
    first = row("Aino", "Virtanen", "", "", "Vesi Oy", "FI", "aino@vesi.example")
    data = csv_file([HEADER, first, *_people(4), first])
    plan = import_contacts(data=data, filename="preview.csv", dry_run=True)
    assert [p.line for p in plan.people] == [2, 3, 4, 5, 6]
    assert plan.people[0].lines == [2, 7]
    assert not Person.objects.exists()
