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


def test_a_workbook_longer_than_the_limit_is_refused_not_cut_off(db, monkeypatch):
    """The command and the background job take any number of CSV rows; a workbook is read
    only up to its limit, so a longer one is refused whole rather than imported in part."""
    from contacts.importing import reading
    from tests.contacts.test_import import xlsx

    monkeypatch.setattr(reading, "MAX_SHEET_ROWS", 5)
    plan = import_contacts(
        data=xlsx([HEADER, *_people(6)]), filename="long.xlsx", max_rows=None, keep_people=False
    )
    assert not plan.applied
    assert "The workbook has more than" in plan.problems[0].message
    assert "CSV UTF-8" in plan.problems[0].message
    assert not Person.objects.exists()


def test_a_vcard_file_longer_than_the_limit_is_refused_not_cut_off(db, monkeypatch):
    from contacts.importing import vcards

    monkeypatch.setattr(vcards, "MAX_ROWS", 2)
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna{n};;;\r\nFN:Anna{n} Berg\r\nEND:VCARD\r\n"
        for n in range(3)
    )
    plan = import_contacts(data=cards.encode(), filename="long.vcf", max_rows=None)
    assert not plan.applied
    assert plan.problems[0].message == "The file has more than 2 cards; import at most 2 at a time."
    assert not Person.objects.exists()


def test_a_person_deleted_while_the_file_is_read_is_not_matched(db, monkeypatch):
    """A known person found by name at the start, then merged away by staff before the row's
    batch is planned: the row makes a new person instead of failing the import."""
    vesi = f.OrganisationFactory(name="Vesi Oy", country="FI")
    known = f.PersonFactory(
        organisation=vesi, given_name="Given1", family_name="Family1", email="", title=""
    )
    load_names = matching.KnownPeople.load_names

    def then_deleted(self, *args):
        load_names(self, *args)
        known.delete()

    monkeypatch.setattr(matching.KnownPeople, "load_names", then_deleted)
    plan = import_contacts(data=csv_file([HEADER, *_people(3)]), filename="gone.csv")
    assert plan.applied, plan.problems
    assert plan.counts == {"create": 3}
    assert Person.objects.filter(given_name="Given1").count() == 1


def test_a_file_with_old_mac_line_ends_is_read_row_by_row(db):
    data = csv_file([HEADER, *_people(7)], newline="\r")
    plan = import_contacts(data=data, filename="mac.csv", keep_people=False)
    assert plan.applied, plan.problems
    assert sorted(Person.objects.values_list("email", flat=True)) == [
        f"p{n}@vesi.example" for n in range(7)
    ]
