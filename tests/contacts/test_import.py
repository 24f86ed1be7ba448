"""Importing contact files: hostile spreadsheets are imported correctly or refused line by line,
and a refused file leaves the database exactly as it was."""

import io

import pytest
from django.urls import reverse

from contacts.models import Organisation, Person
from contacts.services import import_contacts
from tests import factories as f
from tests.contacts.conftest import HEADER, csv_file, read_csv, row

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Person.objects.values_list("given_name", "family_name", "email", "title")),
        sorted(Organisation.objects.values_list("name", flat=True)),
    )


def problems(plan):
    return [(p.line, p.column, p.message) for p in plan.problems]


def test_utf8_bom_crlf_chinese_and_nordic_names_are_imported(db):
    data = csv_file(
        [
            HEADER,
            row(
                "Li",
                "Wang",
                "王丽",
                "Vice mayor",
                "Rizhao government",
                "China",
                "wang.li@rizhao.example",
                "+86 138 0000 0001",
            ),
            row(
                "Karin",
                "Åkerlund",
                "",
                "VD",
                "Västmanland Trä AB",
                "SE",
                "karin@vastmanland.example",
                "070-123 45 67",
            ),
            row("", "", "李娜", "", "Rizhao government", "CN"),
        ],  # fmt: skip
        bom=True,
    )
    plan = import_contacts(data=data, filename="cards.csv")
    assert plan.applied, problems(plan)
    assert plan.encoding == "UTF-8"
    wang = Person.objects.get(native_name="王丽")
    assert (wang.given_name, wang.family_name, wang.title) == ("Li", "Wang", "Vice mayor")
    assert wang.organisation.country == "CN"
    assert wang.phone.as_e164 == "+8613800000001"
    assert wang.lawful_basis_source == "Imported from cards.csv"
    karin = Person.objects.get(family_name="Åkerlund")
    assert karin.phone.as_e164 == "+46701234567"  # national number read in the org's country
    assert Person.objects.get(native_name="李娜").organisation == wang.organisation
    assert Organisation.objects.count() == 2


def test_semicolons_and_windows_1252_as_excel_saves_them_in_the_nordics(db):
    data = csv_file(
        [HEADER, row("Jöns", "Ärlig", "", "Säljare; Norden", "Örebro Vatten AB", "Sweden")],
        delimiter=";",
        encoding="cp1252",
    )
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    assert (plan.encoding, plan.delimiter) == ("Windows-1252", ";")
    person = Person.objects.get()
    assert (person.given_name, person.family_name) == ("Jöns", "Ärlig")
    assert person.title == "Säljare; Norden"
    assert person.organisation.name == "Örebro Vatten AB"


def test_quoted_delimiters_and_newlines_and_blank_lines(db):
    data = (
        b"Given name,Family name,Title,Organisation,Country\r\n"
        b"\r\n"
        b'Anna,Berg,"Head of sales, Nordics\r\nand Baltics","Berg, Berg & Co",FI\r\n'
        b",,,,\r\n"
        b"Bo,Ek,,,\r\n"
    )
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    anna = Person.objects.get(given_name="Anna")
    assert anna.title == "Head of sales, Nordics\r\nand Baltics"
    assert anna.organisation.name == "Berg, Berg & Co"
    assert Person.objects.get(given_name="Bo").organisation is None


def test_rows_too_short_or_too_long_are_reported_with_their_line_and_nothing_is_written(db):
    f.PersonFactory(given_name="Already", family_name="There")
    before = snapshot()
    data = (
        b"Given name,Family name,Organisation,Country\r\n"
        b"Anna,Berg,Berg Oy,FI\r\n"  # line 2 fine
        b"\r\n"
        b"Bo,Ek\r\n"  # line 4 too short
        b'Cai,"Multi\r\nline",Cai Oy,FI,extra\r\n'  # lines 5-6 too long
    )
    plan = import_contacts(data=data)
    assert not plan.applied
    assert [(line, col) for line, col, _ in problems(plan)] == [(4, ""), (5, "")]
    assert "2 cells but the header line has 4" in plan.problems[0].message
    assert "5 cells" in plan.problems[1].message
    assert snapshot() == before


@pytest.mark.parametrize(
    "column, payload",
    [
        ("Title", '=HYPERLINK("http://evil.example","click")'),
        ("Given name", "@SUM(1)"),
        ("Family name", "+cmd"),
        ("Title", "-2+3"),
        ("Organisation", "=1+1"),
        ("E-mail", "=cmd|' /C calc'!A0"),
    ],
)
def test_formula_payloads_are_refused_with_line_and_column(db, column, payload):
    before = snapshot()
    values = dict(zip(HEADER, row("Anna", "Berg", org="Berg Oy", country="FI"), strict=True))
    values[column] = payload
    data = csv_file([HEADER, row("Bo", "Ek"), list(values.values())])
    plan = import_contacts(data=data)
    assert not plan.applied
    [(line, col, message)] = problems(plan)
    assert (line, col) == (3, column)
    assert "formula" in message and "apostrophe" in message
    assert snapshot() == before


def test_formula_text_escaped_with_an_apostrophe_is_imported_as_text(db):
    data = csv_file([HEADER, row("Anna", "Berg", title="'=HYPERLINK(x)", phone="+358401234567")])
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    assert Person.objects.get().title == "=HYPERLINK(x)"


@pytest.mark.parametrize(
    "cells, column, words",
    [
        (row("Anna", "Berg", email="not-an-email"), "E-mail", "valid email"),
        (row("Anna", "Berg", phone="12"), "Phone", "international format"),
        (row("Anna", "Berg", org="New Oy"), "Country", "give its country"),
        (row("Anna", "Berg", org="X", country="Atlantis"), "Country", "not a country"),
        (row(title="CEO"), "", "no name"),
        (row("A" * 101, "Berg"), "Given name", "at most 100 characters"),
    ],
)
def test_bad_values_are_explained(db, cells, column, words):
    plan = import_contacts(data=csv_file([HEADER, cells]))
    assert not plan.applied
    [(line, col, message)] = problems(plan)
    assert (line, col) == (2, column)
    assert words in message
    assert not Person.objects.exists()


def test_a_file_without_name_columns_is_explained(db):
    plan = import_contacts(data=b"foo,bar\r\n1,2\r\n")
    assert "none of them is a name column" in plan.problems[0].message


def xlsx(rows, cells=None):
    """Bytes of a workbook whose first sheet has these rows, and these cells ({"A1": …}) set."""
    from openpyxl import Workbook

    book = Workbook()
    for values in rows:
        book.active.append(values)
    for name, value in (cells or {}).items():
        book.active[name] = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_workbook_is_imported(db):
    data = xlsx(
        [
            HEADER,
            [None] * 8,  # a blank row
            [
                "Li",
                "Wang",
                "王丽",
                "Vice mayor",
                "Rizhao government",
                "CN",
                "w@r.example",
                "+8613800000001",
            ],
            ["Karin", "Åkerlund", None, None, "Trä AB", "SE", None, 46701234567],
        ]  # fmt: skip
    )
    plan = import_contacts(data=data, filename="cards.xlsx")
    assert plan.applied, problems(plan)
    assert plan.encoding == "Excel workbook"
    assert Person.objects.get(native_name="王丽").phone.as_e164 == "+8613800000001"
    assert Person.objects.get(family_name="Åkerlund").phone.as_e164 == "+46701234567"


def test_formulas_in_a_workbook_are_refused_with_their_row(db):
    data = xlsx([HEADER, ["Li", "Wang"], ["Bo", "Ek", None, '=HYPERLINK("http://x","y")']])
    plan = import_contacts(data=data)
    assert not plan.applied
    assert [(p.line, p.column) for p in plan.problems] == [(3, "Title")]
    assert not Person.objects.exists()


def test_a_damaged_workbook_is_explained(db):
    plan = import_contacts(data=b"PK\x03\x04rest-of-a-zip")
    assert "Excel workbook but cannot be opened" in plan.problems[0].message


def test_an_unterminated_quote_is_explained(db):
    plan = import_contacts(data=b'Given name,Family name\r\nAnna,"Berg\r\n')
    assert not plan.applied
    assert "quotation marks" in plan.problems[0].message


def test_duplicates_within_the_file_become_one_person(db):
    data = csv_file(
        [
            HEADER,
            row("Li", "Wang", org="Rizhao government", country="CN", email="WANG@rizhao.example"),
            row(
                "Li", "Wang", "王丽", "Vice mayor", "Rizhao government", "CN", "wang@rizhao.example"
            ),
            row("wang", "LI", phone="+8613800000001", org="Rizhao government", country="CN"),
        ],  # fmt: skip
    )
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    assert len(plan.duplicates) == 2
    assert "Line 3 is the same person as line 2 (the same e-mail)" in plan.duplicates[0]
    assert "Line 4 is the same person as line 2 (the same name" in plan.duplicates[1]
    person = Person.objects.get()
    assert (person.native_name, person.title) == ("王丽", "Vice mayor")
    assert person.phone.as_e164 == "+8613800000001"


def test_people_already_known_are_updated_not_created_twice(db):
    org = f.CounterpartFactory(name="Rizhao government")
    by_email = f.PersonFactory(given_name="Li", family_name="Wang", email="wang@r.example",
                               organisation=org, title="")  # fmt: skip
    by_name = f.PersonFactory(given_name="Karin", family_name="Åkerlund", organisation=org,
                              email="", title="CEO")  # fmt: skip
    data = csv_file(
        [
            HEADER,
            row("Li", "Wang", title="Mayor", email="WANG@R.EXAMPLE"),
            row("KARIN", "Akerlund", org="rizhao GOVERNMENT", email="karin@r.example"),
        ]
    )
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    assert [p.action for p in plan.people] == ["update", "update"]
    assert Person.objects.count() == 2
    by_email.refresh_from_db()
    by_name.refresh_from_db()
    assert by_email.title == "Mayor"
    assert (by_name.email, by_name.title) == (
        "karin@r.example",
        "CEO",
    )  # empty cells change nothing


def test_export_then_import_gives_back_the_same_people(client, staff):
    org = f.CounterpartFactory(
        name="Weifang government", native_name="潍坊市人民政府", city="Weifang"
    )
    people = [
        f.PersonFactory(organisation=org, given_name="Li", family_name="Wang", native_name="王丽",
                        title="=HYPERLINK(\"x\")", phone="+8613800000001",
                        messaging_id="@wechat", preferred_language="zh-hans"),  # fmt: skip
        f.PersonFactory(organisation=f.CompanyFactory(name="Åkerlund & Söner AB", country="SE"),
                        given_name="Karin", family_name="Åkerlund", title="VD, \"chef\"\r\nNorden",
                        email="karin@example.org"),
        f.PersonFactory(organisation=None, given_name="", family_name="", native_name="李娜",
                        email=""),
    ]  # fmt: skip
    fields = ["given_name", "family_name", "native_name", "title", "email", "phone",
              "messaging_id", "preferred_language"]  # fmt: skip

    def state():
        return sorted(
            tuple(str(getattr(p, name)) for name in fields)
            + (
                p.organisation.name if p.organisation else "",
                p.organisation.native_name if p.organisation else "",
                p.organisation.get_kind_display() if p.organisation else "",
                str(p.organisation.country) if p.organisation else "",
                p.organisation.city if p.organisation else "",
            )
            for p in Person.objects.select_related("organisation")
        )

    before = state()
    client.force_login(staff)
    for delimiter in ("comma", "semicolon"):
        raw = b"".join(
            client.get(reverse("contacts:export_csv"), {"delimiter": delimiter}).streaming_content
        )
        # Importing the export into the same database changes nothing…
        plan = import_contacts(data=raw)
        assert plan.applied, problems(plan)
        assert [p.action for p in plan.people] == ["unchanged"] * 3
        assert state() == before
    # …and into an empty one gives back the same people and organisations.
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    plan = import_contacts(data=raw)
    assert plan.applied, problems(plan)
    assert state() == before
    assert len(read_csv(client.get(reverse("contacts:export_csv")))) == len(people) + 1


def test_every_problem_of_a_row_is_reported_not_only_the_first(db):
    data = csv_file([HEADER, row("Bo", "Ek", title="=HYPERLINK(x)", org="Ek AB", email="bo@ek")])
    plan = import_contacts(data=data)
    assert [(p.line, p.column) for p in plan.problems] == [
        (2, "Title"),
        (2, "Country"),  # Ek AB is new and needs its country
        (2, "E-mail"),
    ]
    data = csv_file([HEADER, row("Bo", "Ek", title="=HYPERLINK(x)", email="bo@ek")])
    assert [(p.line, p.column) for p in import_contacts(data=data).problems] == [
        (2, "Title"),
        (2, "E-mail"),
    ]


def test_a_stray_cell_far_right_does_not_blow_up_a_workbook(db):
    """A sheet that claims 16,384 columns is read as the contact list it is."""
    rows = [HEADER, *([f"Given{n}", f"Family{n}"] for n in range(200))]
    plan = import_contacts(data=xlsx(rows, cells={"XFD1": "stray"}), filename="wide.xlsx")
    assert plan.applied, problems(plan)
    assert Person.objects.count() == 200
