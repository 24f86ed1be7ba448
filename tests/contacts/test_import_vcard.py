"""vCard files (.vcf, 3.0 and 4.0, many cards in one) as phones and card-scanning apps export
them: imported through the same plan, preview and all-or-nothing rules as a spreadsheet."""

import io
from pathlib import Path

import pytest
from django.urls import reverse

from contacts.models import Organisation, Person
from contacts.services import import_contacts
from tests import factories as f

pytestmark = pytest.mark.django_db

CARDS = (Path(__file__).parent / "samples" / "cards.vcf").read_bytes()


def problems(plan):
    return [(p.line, p.column, p.message) for p in plan.problems]


def card(*lines, version="3.0"):
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


@pytest.fixture
def imported(db):
    """The sample file imported: (plan, people by family name, Weifang government)."""
    weifang = f.CounterpartFactory(name="Weifang government", country="CN")
    plan = import_contacts(data=CARDS, filename="cards.vcf")
    assert plan.applied, problems(plan)
    people = {p.family_name: p for p in Person.objects.select_related("organisation")}
    return plan, people, weifang


def test_a_multi_card_file_imports_every_card(imported):
    plan, people, _weifang = imported
    assert plan.encoding == "vCard, UTF-8"
    assert [p.line for p in plan.people] == [1, 22, 37, 51, 64, 71]  # where each card begins
    assert len(people) == 6
    assert Organisation.objects.count() == 5
    assert plan.ignored_columns == ["BDAY", "CATEGORIES", "PHOTO", "X-MS-OL-DEFAULT-POSTAL-ADDRESS"]


def test_an_iphone_card_imports_every_field(imported):
    karin = imported[1]["Åkerlund"]  # vCard 3.0, grouped items and Apple labels
    assert (karin.given_name, karin.title, karin.email) == (
        "Karin",
        "CEO",
        "karin.akerlund@puhdasvesi.example",
    )
    assert karin.phone.as_e164 == "+358401234567"  # TYPE=pref
    org = karin.organisation
    assert (org.name, org.country, org.city) == ("Puhdas Vesi Oy", "FI", "Helsinki")  # ADR
    assert karin.notes == (
        "Met at Slush 2025.\nInterested in Rizhao, Shandong.\n\n"
        "Department: Management\n"
        "E-mail (home): karin@akerlund.example\n"
        "Phone (work): +358 9 876 5432\n"
        "Address (work): Mannerheimintie 1, 00100 Helsinki, Finland\n"
        "Website (homepage): https://puhdasvesi.example"
    )


def test_a_scanned_chinese_card_imports_every_field(imported):
    na = imported[1]["Li"]  # the name in Chinese, with its pinyin
    assert (na.given_name, na.family_name, na.native_name, na.title) == (
        "Na",
        "Li",
        "李娜",
        "副总经理",
    )
    assert (na.email, na.phone.as_e164) == ("li.na@rizhao-water.example", "+8613800000002")
    org = na.organisation
    assert (org.name, org.native_name, org.country, org.city) == (
        "Rizhao Water Group",
        "日照水务集团",
        "CN",  # "中国"
        "日照",
    )
    assert "Phone (work, fax): +86 633 888 1234" in na.notes
    assert "Department: 销售部" in na.notes


def test_vcard_4_and_other_writers_import_every_field(imported):
    _plan, people, weifang = imported
    juri = people["Tamm"]  # vCard 4.0: PREF=1, tel: URIs, LANG
    assert (juri.phone.as_e164, juri.preferred_language) == ("+3726262200", "et")
    assert juri.organisation.country == "EE"
    assert "Phone (cell): +372-5123-4567" in juri.notes
    wang = people["Wang"]  # as our own export writes a card
    assert (wang.native_name, wang.messaging_id, wang.preferred_language) == (
        "王丽",
        "wangli_wf",
        "zh-hans",
    )
    assert wang.organisation == weifang
    sofia = people["Lindqvist"]  # vCard 4.0 with a formatted name only
    assert (sofia.given_name, sofia.organisation) == ("Sofia", None)
    assert sofia.notes == "Consultant, no company yet.\nAsk about the Tartu trip."
    mikko = people["Virtanen"]  # Outlook: middle name, ROLE, departments, "Suomi"
    assert (mikko.given_name, mikko.title) == ("Mikko Juhani", "Project manager")
    assert mikko.phone.as_e164 == "+358191234567"  # the work phone, read in Finland
    assert mikko.organisation.country == "FI"
    assert "Role: Project lead, Rizhao pilot" in mikko.notes
    assert "E-mail (home): mikko@virtanen.example" in mikko.notes


def test_a_bad_card_is_reported_with_its_line_and_property_and_nothing_is_written(db):
    data = (
        card("N:Berg;Anna;;;", "FN:Anna Berg", "EMAIL:anna@berg.example")
        + card("N:Ek;Bo;;;", "FN:Bo Ek", "EMAIL:bo@ek", "TEL:12", "ORG:Ek AB")
    ).encode()
    plan = import_contacts(data=data, filename="x.vcf")
    assert not plan.applied
    assert [(line, column) for line, column, _ in problems(plan)] == [
        (7, "ADR"),  # a new organisation, and no address to tell its country
        (7, "TEL"),
        (7, "EMAIL"),
    ]
    assert not Person.objects.exists()


def test_a_card_that_cannot_be_read_is_named_by_its_line(db):
    data = (
        card("N:Berg;Anna;;;", "FN:Anna Berg") + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:x\r\n"
    ).encode()
    plan = import_contacts(data=data)
    assert "The card starting on line 6 has no END:VCARD." in plan.problems[0].message
    assert not Person.objects.exists()


def test_exported_cards_import_back_into_an_empty_directory(client, staff):
    org = f.CounterpartFactory(
        name="Weifang government", native_name="潍坊市人民政府", city="Weifang"
    )
    f.PersonFactory(organisation=org, given_name="Li", family_name="Wang", native_name="王丽",
                    title="Vice mayor", phone="+8613800000001", messaging_id="wangli",
                    preferred_language="zh-hans")  # fmt: skip
    swedish = f.CompanyFactory(name="Åkerlund & Söner AB", country="SE")
    f.PersonFactory(
        organisation=swedish, given_name="Karin", family_name="Åkerlund", email="karin@example.org"
    )
    fields = ["given_name", "family_name", "native_name", "title", "email", "phone",
              "messaging_id", "preferred_language", "organisation__name",
              "organisation__country", "organisation__city"]  # fmt: skip
    before = sorted(Person.objects.values_list(*fields))
    client.force_login(staff)
    data = b"".join(client.get(reverse("contacts:export_vcard")).streaming_content)
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    plan = import_contacts(data=data, filename="export.vcf")
    assert plan.applied, problems(plan)
    assert sorted(Person.objects.values_list(*fields)) == before


def test_a_vcard_file_goes_through_the_preview_page(client, staff):
    client.force_login(staff)
    stream = io.BytesIO(CARDS)
    stream.name = "cards.vcf"
    response = client.post(reverse("contacts:import"), {"file": stream, "default_country": "CN"})
    assert "Read as vCard, UTF-8; 6 cards." in response.content.decode()
    assert not Person.objects.exists()
    response = client.post(reverse("contacts:import"), response.context["confirm"].initial)
    assert response.status_code == 302
    assert Person.objects.count() == 6
    assert Organisation.objects.get(name="Weifang government").country == "CN"
