"""PostgreSQL writes the contact CSV itself (COPY): the same bytes as the Python writer.

Hostile and awkward values go through both writers, for every delimiter and every order the
directory offers, and the files must be identical: same formula guard, same quoting, same
rows in the same order.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test import RequestFactory

from contacts import export_copy, exporting
from contacts.filters import PersonFilter
from contacts.models import Person
from tests import factories as f

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="COPY export exists on PostgreSQL only"
    ),
]

HOSTILE = [
    '=HYPERLINK("http://evil","x")',
    "+cmd",
    "-2+3",
    "@SUM(1)",
    "\tx",
    "\rx",
    "x;=2+3;y",
    "Zhang, Wei",
    'Head of "Innovation"',
    "two\nlines",
    "windows\r\nline",
    "'quoted already",
    "'=after an apostrophe",
    " =leading space",
    "\x01odd control",
    "王丽",
    "Åkerlund",
    "emoji 🚀",
    "back\\slash",
    "\\.",
]


@pytest.fixture
def hostile(db):
    """People whose every cell is something a spreadsheet or a CSV reader could trip on."""
    early = f.TripFactory(title="=Trip, with \"quotes\"", start_date=dt.date(2025, 3, 1),
                          end_date=dt.date(2025, 3, 10))  # fmt: skip
    same_day = f.TripFactory(title="+Second; trip", start_date=dt.date(2025, 3, 1),
                             end_date=dt.date(2025, 3, 10))  # fmt: skip
    later = f.TripFactory(title="Later trip", start_date=dt.date(2025, 6, 1),
                          end_date=dt.date(2025, 6, 5))  # fmt: skip
    for i, text in enumerate(HOSTILE):
        org = f.OrganisationFactory(
            name=f"{text} org {i}", native_name=text, city=text, country="CN" if i % 2 else "SE",
            kind="government" if i % 3 else "local_company",
        )  # fmt: skip
        person = f.PersonFactory(
            organisation=org if i % 5 else None, given_name=text, family_name=f"{text} {i}",
            native_name=text, title=text, email=f"p{i}@example.org", messaging_id=text,
            preferred_language="zh-hans" if i % 2 else "",
        )  # fmt: skip
        Person.objects.filter(pk=person.pk).update(
            phone=["+358401234567", "", "12-34", text][i % 4]
        )
        if i % 3:
            meetings = [
                f.MeetingFactory(trip=trip, date=trip.start_date) for trip in (early, same_day)
            ]
            meetings.append(f.MeetingFactory(trip=later, date=later.end_date))
            for meeting in meetings[: 1 + i % 3]:
                f.MeetingPersonFactory(meeting=meeting, person=person)
    f.PersonFactory(given_name="", family_name="", native_name="无名", organisation=None)
    f.PersonFactory(given_name="Same", family_name="Name", do_not_contact=True)
    f.PersonFactory(given_name="Same", family_name="Name")
    f.PersonFactory(given_name="Same", family_name="Name")


def both_ways(params, delimiter=","):
    filterset = PersonFilter(params, queryset=exporting.people_for_listing())
    assert filterset.is_valid(), filterset.errors
    files = []
    for via_copy in (True, False):
        response = exporting.csv_export(
            filterset.qs, filename="x.csv", delimiter=delimiter, via_copy=via_copy
        )
        files.append(b"".join(response.streaming_content))
    return files


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"consent": "include"},
        {"ordering": "-last_met"},
        {"ordering": "last_met"},
        {"ordering": "organisation"},
        {"ordering": "-country"},
        {"ordering": "given_name"},
        {"country": "CN"},
        {"q": "Zhang"},
        {"q": "王"},
    ],
    ids=str,
)
def test_copy_and_python_writers_give_the_same_bytes(hostile, params, delimiter):
    copied, written = both_ways(params, delimiter)
    assert copied.count(b"\r\n") > 1
    assert copied == written


def test_every_formula_is_guarded_in_the_copied_file(hostile):
    import csv
    import io

    copied, _ = both_ways({"consent": "include"}, ";")
    rows = list(csv.reader(io.StringIO(copied.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == Person.objects.count() + 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_endpoint_uses_copy_on_postgresql(client, staff, hostile):
    assert export_copy.available()
    client.force_login(staff)
    response = client.get("/contacts/export.csv", {"delimiter": "semicolon"})
    copied = b"".join(response.streaming_content)
    assert copied == both_ways({}, ";")[1]


def test_the_copy_statement_keeps_the_filter_parameters_out_of_the_sql_text(hostile):
    request = RequestFactory().get("/", {"q": "'; DROP TABLE contacts_person; --"})
    filterset = PersonFilter(request.GET, queryset=exporting.people_for_listing())
    sql, params = export_copy.statement(filterset.qs, delimiter=",", trip_separator="; ")
    assert "DROP TABLE" not in sql
    assert any("DROP TABLE" in str(param) for param in params)
    assert both_ways(request.GET.dict())[0] == both_ways(request.GET.dict())[1]
