"""Exports: exactly the filtered people, the agreed columns, safe in Excel, logged."""

import pytest
import vobject
from django.urls import reverse

from contacts.csv_safe import FORMULA_STARTS
from contacts.exporting import COLUMNS
from contacts.models import ExportLog
from tests import factories as f
from tests.contacts.conftest import read_csv

pytestmark = pytest.mark.django_db

HEADER = [str(label) for _, label in COLUMNS]


def export(client, **params):
    return client.get(reverse("contacts:export_csv"), params)


def names(rows):
    return sorted(row[1] for row in rows[1:])


def test_export_has_the_columns_and_one_row_per_person(client, staff, met):
    client.force_login(staff)
    response = export(client, trip=met["shandong"].pk)
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    assert rows[0] == HEADER
    by_family = {row[1]: dict(zip(HEADER, row, strict=True)) for row in rows[1:]}
    assert sorted(by_family) == ["Li", "Wang"]  # the do-not-contact person is left out
    wang = by_family["Wang"]
    assert wang["Given name"] == "Li"
    assert wang["Name in native script"] == "王丽"
    assert wang["Organisation"] == "Weifang government"
    assert wang["Organisation native name"] == "潍坊"
    assert wang["Organisation kind"] == "Government body"
    assert wang["Country"] == "China"
    assert wang["City"] == "Weifang"
    assert wang["E-mail"] == met["li"].email
    # met on both trips, whichever the filter: the column tells the whole story
    assert wang["Trips met on"] == "Shandong delegation; Almaty delegation"
    assert wang["Last met"] == met["almaty"].end_date.isoformat()


def test_phone_is_exported_in_e164(client, staff, met):
    met["karin"].phone = "040 123 4567"
    met["karin"].save()
    client.force_login(staff)
    rows = read_csv(export(client, country="FI"))
    # E.164 starts with "+": the writer's apostrophe also keeps Excel from reading it as a
    # number (3.58E+11); the import takes the apostrophe off again.
    assert rows[1][HEADER.index("Phone")] == "'+358401234567"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, ["Li", "Wang", "Åkerlund"]),
        ({"trip": "shandong"}, ["Li", "Wang"]),
        ({"trip": "almaty"}, ["Wang"]),
        ({"organisation": "rizhao"}, ["Li"]),
        ({"kind": "participant"}, ["Åkerlund"]),
        ({"country": "CN"}, ["Li", "Wang"]),
        ({"city": "rizhao"}, ["Li"]),
        ({"sector": "water"}, ["Li"]),
        ({"q": "王丽"}, ["Wang"]),
        ({"q": "nobody-like-this"}, []),
        ({"q": "Åkerlund"}, ["Åkerlund"]),
        ({"q": "puhdas"}, ["Åkerlund"]),
        ({"q": "li.wang@example"}, ["Wang"]),  # by e-mail
        ({"q": "潍坊"}, ["Wang"]),  # the organisation's native name
        ({"consent": "include"}, ["Li", "Not", "Wang", "Åkerlund"]),
        ({"consent": "only"}, ["Not"]),
        ({"lawful_basis": "consent"}, []),
    ],
)
def test_export_contains_exactly_the_filtered_people(client, staff, met, params, expected):
    if "trip" in params:
        params["trip"] = met[params["trip"]].pk
    if "organisation" in params:
        params["organisation"] = met[params["organisation"]].pk
    if "sector" in params:
        params["sector"] = met[params["sector"]].pk
    client.force_login(staff)
    assert names(read_csv(export(client, **params))) == expected
    # …and the directory shows the same people
    page = client.get(reverse("contacts:directory"), params)
    assert sorted(p.family_name for p in page.context["page"]) == expected


def test_people_met_at_a_place_or_inside_it_are_found_by_the_place(client, staff, met):
    weifang = f.PlaceFactory(name="Weifang")
    zone = f.PlaceFactory(name="High-Tech Zone", parent=weifang)
    meeting = f.MeetingFactory(trip=met["shandong"], place=zone)
    f.MeetingPersonFactory(meeting=meeting, person=met["karin"])
    client.force_login(staff)
    rows = read_csv(export(client, city="Weifang"))
    # Wang's organisation is in Weifang; Karin was met in a zone inside Weifang.
    assert names(rows) == ["Wang", "Åkerlund"]


def test_formula_payloads_never_start_a_cell(client, staff):
    org = f.OrganisationFactory(name='=HYPERLINK("http://evil","x")', country="SE")
    payloads = {
        "given_name": "@SUM(1)",
        "family_name": "+cmd",
        "title": "-2+3",
        "messaging_id": "\tx",
    }
    f.PersonFactory(organisation=org, email="safe@example.org", **payloads)
    client.force_login(staff)
    rows = read_csv(export(client, delimiter="semicolon"), delimiter=";")
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith(FORMULA_STARTS), cell
    assert rows[1][:2] == ["'@SUM(1)", "'+cmd"]
    assert rows[1][HEADER.index("Organisation")] == '\'=HYPERLINK("http://evil","x")'


def test_file_name_says_what_and_when(client, staff, met):
    client.force_login(staff)
    response = export(client, trip=met["shandong"].pk)
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment")
    assert "contacts-met-on-shandong-" in disposition
    assert disposition.endswith('.csv"')


def test_each_export_is_logged(client, staff, met):
    client.force_login(staff)
    b"".join(export(client, country="CN", delimiter="semicolon").streaming_content)
    log = ExportLog.objects.get()
    assert log.user == staff
    assert log.format == ExportLog.Format.CSV
    assert log.filters == {"country": "CN"}
    assert log.row_count == 2


def test_invalid_filter_is_refused_with_a_message(client, staff, met):
    client.force_login(staff)
    response = export(client, trip="not-a-trip", follow=False)
    assert response.status_code == 302
    assert not ExportLog.objects.exists()
    page = client.get(response["Location"])
    assert "The export was not made" in page.content.decode()


def test_vcard_export_of_the_same_people(client, staff, met):
    client.force_login(staff)
    response = client.get(reverse("contacts:export_vcard"), {"country": "CN"})
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"].endswith('.vcf"')
    cards = list(vobject.readComponents(b"".join(response.streaming_content).decode()))
    assert sorted(c.fn.value for c in cards) == ["Li Wang (王丽)", "Na Li (李娜)"]
    wang = next(c for c in cards if c.fn.value.startswith("Li Wang"))
    assert wang.email.value == met["li"].email
    assert wang.org.value == ["Weifang government"]
    assert ExportLog.objects.get().format == ExportLog.Format.VCARD


@pytest.mark.parametrize("url", ["contacts:export_csv", "contacts:export_vcard"])
def test_staff_without_the_permission_cannot_export(client, staff_without_export, met, url):
    client.force_login(staff_without_export)
    assert client.get(reverse("contacts:directory")).status_code == 200
    assert client.get(reverse(url)).status_code == 403
    assert not ExportLog.objects.exists()


@pytest.mark.parametrize("persona_name", ["anonymous", "company_a"])
@pytest.mark.parametrize("url", ["contacts:export_csv", "contacts:export_vcard"])
def test_outsiders_cannot_export(persona, persona_name, met, url):
    response = persona(persona_name).get(reverse(url))
    assert response.status_code in (302, 404)
    assert not getattr(response, "streaming", False)
    assert not ExportLog.objects.exists()


def test_admin_action_exports_the_selected_people_through_the_same_writer(client, staff, met):
    client.force_login(staff)
    response = client.post(
        reverse("admin:contacts_person_changelist"),
        {"action": "export_csv", "_selected_action": [met["li"].pk, met["karin"].pk]},
    )
    rows = read_csv(response)
    assert rows[0] == HEADER
    assert names(rows) == ["Wang", "Åkerlund"]
    assert ExportLog.objects.get().format == ExportLog.Format.ADMIN_CSV


def test_admin_action_is_not_offered_without_the_permission(client, staff_without_export, met):
    client.force_login(staff_without_export)
    page = client.get(reverse("admin:contacts_person_changelist"))
    assert "export_csv" not in page.content.decode()
