"""The contact files people actually have: Google Contacts, Outlook and LinkedIn exports import
every field the directory has, and the rest goes to the notes or is listed as not imported."""

from pathlib import Path

import pytest

from contacts.importing import ImportOptions
from contacts.models import Organisation, Person
from contacts.services import import_contacts
from tests import factories as f
from tests.contacts.conftest import csv_file

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "samples"


def sample(name):
    return (SAMPLES / name).read_bytes()


def problems(plan):
    return [(p.line, p.column, p.message) for p in plan.problems]


def fields(person):
    return {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "native_name": person.native_name,
        "title": person.title,
        "organisation": person.organisation.name if person.organisation else "",
        "email": person.email,
        "phone": person.phone.as_e164 if person.phone else "",
    }


@pytest.fixture
def chinese_hosts(db):
    return (
        f.CounterpartFactory(name="Rizhao water company", country="CN", native_name=""),
        f.CounterpartFactory(name="Weifang government", country="CN", native_name=""),
    )


def test_a_google_contacts_export_imports_every_field(chinese_hosts):
    plan = import_contacts(
        data=sample("google.csv"),
        filename="contacts.csv",
        options=ImportOptions(default_country="FI"),
    )
    assert plan.applied, problems(plan)
    assert plan.counts["create"] == 6
    by_family = {p.family_name: p for p in Person.objects.select_related("organisation")}
    assert fields(by_family["Åkerlund"]) == {
        "given_name": "Karin",
        "family_name": "Åkerlund",
        "native_name": "",
        "title": "CEO",
        "organisation": "Puhdas Vesi Oy",
        "email": "karin.akerlund@puhdasvesi.example",  # "* Work": Google's primary one
        "phone": "+358401234567",  # the mobile before the work phone
    }
    karin = by_family["Åkerlund"]
    assert karin.notes.startswith("Met at Slush 2025.\nInterested in Rizhao.\n\n")
    for detail in [
        "Organization Department: Management",
        "E-mail (Home): karin@akerlund.example",
        "Phone (Work): +358 9 876 5432",
        "Address (Work): Mannerheimintie 1\n00100 Helsinki\nFinland",
        "Website (Work): https://puhdasvesi.example",
    ]:
        assert detail in karin.notes
    assert "1979" not in karin.notes  # a birthday is none of the directory's business
    assert karin.organisation.country == "FI"  # the file's default country
    # A Chinese name given in Chinese, with its phonetic name: both kept, in their places.
    assert fields(by_family["Li"]) == {
        "given_name": "Na",
        "family_name": "Li",
        "native_name": "李娜",
        "title": "Deputy director",
        "organisation": "Rizhao water company",
        "email": "li.na@rizhao-water.example",
        "phone": "+8613800000002",
    }
    mikko = by_family["Virtanen"]
    assert (mikko.given_name, mikko.email) == (
        "Mikko Juhani",
        "mikko.virtanen@porvoonenergia.example",
    )
    assert mikko.phone.as_e164 == "+358407654321"  # national number read in Finland
    assert "E-mail (Work): mv@porvoonenergia.example" in mikko.notes  # "a ::: b" in one cell
    sofia = by_family["Lindqvist"]
    assert (sofia.organisation, sofia.phone.as_e164) == (None, "+46701234567")
    wang = by_family["Wang"]
    assert (wang.title, wang.phone.as_e164) == ("Vice mayor", "+865361234567")
    assert "Phone (Work Fax): +86 536 123 4568" in wang.notes  # a fax is not the phone
    assert "Nickname: 王丽" in wang.notes
    assert by_family["Ärlig"].organisation.name == "Närpes Trä Ab"
    assert {"Birthday", "Labels", "Photo", "Address 1 - City"} <= set(plan.ignored_columns)


def test_a_google_export_without_a_country_asks_for_one(chinese_hosts):
    plan = import_contacts(data=sample("google.csv"))
    assert not plan.applied
    assert plan.missing_country
    # Karin (lines 2–5: her notes and address span lines), Mikko, Jöns: their companies are new.
    assert {line for line, _column, _message in problems(plan)} == {2, 7, 10}
    assert all("choose one country" in message for *_, message in problems(plan))
    assert not Person.objects.exists()


def test_an_outlook_export_imports_every_field(db):
    plan = import_contacts(data=sample("outlook.csv"), filename="outlook.csv")
    assert plan.applied, problems(plan)
    assert plan.encoding == "Windows-1252"
    by_family = {p.family_name: p for p in Person.objects.select_related("organisation")}
    anna = by_family["Berg"]
    assert fields(anna) == {
        "given_name": "Anna",
        "family_name": "Berg",
        "native_name": "",
        "title": "Export manager",  # "Job Title"; Outlook's "Title" is her "Ms"
        "organisation": "Berg & Söner AB",
        "email": "anna.berg@bergsoner.example",
        "phone": "+46707654321",  # the mobile
    }
    assert anna.preferred_language == "sv"
    assert (anna.organisation.country, anna.organisation.city) == ("SE", "Västerås")
    for detail in [
        "Wants to meet the Rizhao port authority.",
        "Department: Export",
        "Business Street: Storgatan 12",
        "Business Postal Code: 722 15",
        "Business Fax: +46 21 123 457",
        "Business Phone: +46 21 123 456",
        "E-mail 2 Address: anna@berg.example",
        "Web Page: https://bergsoner.example",
    ]:
        assert detail in anna.notes
    pekka = by_family["Mäkinen"]
    assert (pekka.phone.as_e164, pekka.preferred_language) == ("+358171234567", "fi")
    assert pekka.organisation.country == "FI"
    eva = by_family["Sandström"]
    assert (eva.given_name, eva.phone.as_e164) == ("Eva Maria", "+358501112222")
    assert "Home Phone: +358 2 333 4444" in eva.notes
    juri = by_family["Tamm"]
    assert (juri.phone.as_e164, juri.preferred_language) == ("+37251234567", "et")  # "Primary"
    assert juri.organisation.country == "EE"
    assert "Assistant's Phone: +372 626 2201" in juri.notes
    lars = by_family["Nyström"]
    # No country on his row: his company's country is on Anna's row.
    assert lars.organisation == anna.organisation
    assert "Pager: +46 74 000 11 22" in lars.notes
    assert Organisation.objects.count() == 4
    # Outlook's display names hold e-mails, but are known and left out, not flagged.
    assert {"Title", "E-mail Display Name", "Birthday", "Gender"} <= set(plan.ignored_columns)


def test_a_linkedin_connections_export_imports_every_field(db):
    f.CounterpartFactory(name="Rizhao Port Group", country="CN")
    f.CompanyFactory(name="Västmanland Trä AB", country="SE")
    f.OrganisationFactory(name="Tartu Teaduspark", country="EE")
    plan = import_contacts(data=sample("linkedin.csv"), options=ImportOptions(default_country="FI"))
    assert plan.applied, problems(plan)
    assert plan.skipped_lines == 3  # "Notes:", LinkedIn's paragraph and a blank line
    assert [p.line for p in plan.people] == [5, 6, 7, 8, 9, 10]
    by_family = {p.family_name: p for p in Person.objects.select_related("organisation")}
    zhang = by_family["Zhang"]
    assert (zhang.given_name, zhang.title, zhang.email) == (
        "Wei",
        "Investment manager",
        "zhang.wei@rizhao-port.example",
    )
    assert (zhang.organisation.name, zhang.phone) == ("Rizhao Port Group", "")
    assert by_family["Zhang"].notes == "URL: https://www.linkedin.com/in/wei-zhang-rizhao"
    ingrid = by_family["Lindqvist"]
    assert (ingrid.title, ingrid.email, ingrid.organisation.country) == ("CEO, founder", "", "SE")
    assert by_family["Korhonen"].organisation.country == "FI"  # new: the file's country
    assert by_family["Heikkinen"].organisation is None
    assert by_family["Tamm"].organisation.name == "Tartu Teaduspark"
    assert plan.ignored_columns == ["Connected On"]


def test_a_column_of_emails_or_phones_under_an_unknown_name_is_a_problem(db):
    data = csv_file(
        [
            ["Given name", "Family name", "Work contact", "Reach me", "Customer no"],
            ["Anna", "Berg", "anna@berg.example", "+358 40 123 4567", "10023"],
            ["Bo", "Ek", "", "040 765 4321", "10024"],
        ]
    )
    plan = import_contacts(data=data)
    assert not plan.applied
    assert [(line, column) for line, column, _ in problems(plan)] == [
        (2, "Work contact"),
        (2, "Reach me"),
    ]
    assert "e-mail addresses (“anna@berg.example”)" in plan.problems[0].message
    assert "phone numbers" in plan.problems[1].message
    assert "Customer no" in plan.ignored_columns  # numbers, but no phone numbers
    assert not Person.objects.exists()


def test_a_full_name_column_alone_is_enough(db):
    data = csv_file([["Name", "Email"], ["Anna Maria Berg", "anna@berg.example"], ["李娜", ""]])
    plan = import_contacts(data=data)
    assert plan.applied, problems(plan)
    assert Person.objects.filter(given_name="Anna Maria", family_name="Berg").exists()
    assert Person.objects.filter(native_name="李娜", given_name="").exists()
