"""What staff decide on an import: changes to a stored name, organisation or e-mail are kept
out unless ticked, a country for the file's new organisations, and the coded values the
import accepts (languages, kinds, lawful bases, countries)."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from contacts.importing import ImportOptions
from contacts.models import Organisation, Person
from contacts.services import import_contacts
from tests import factories as f
from tests.contacts.conftest import HEADER, csv_file, row

pytestmark = pytest.mark.django_db

SWAPPED_ROW = csv_file([HEADER, row("Li", "Na", "李娜", org="Rizhao water company", country="CN")])
SWAPPED_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Na;Li;;;\r\nFN:李娜\r\n"
    "ORG:Rizhao water company\r\nEND:VCARD\r\n"
).encode()


def names(person):
    person.refresh_from_db()
    return person.given_name, person.family_name, person.native_name


def upload(client, data, name="contacts.csv", **fields):
    stream = io.BytesIO(data)
    stream.name = name
    return client.post(reverse("contacts:import"), {"file": stream, **fields})


# --- a stored name, organisation or e-mail is never overwritten silently -----------------------


@pytest.mark.parametrize("data", [SWAPPED_ROW, SWAPPED_CARD], ids=["csv", "vcard"])
def test_a_name_swap_is_a_conflict_and_the_stored_name_is_kept_unless_accepted(met, data):
    na = met["na"]  # stored: given "Na", family "Li", 李娜, at Rizhao water company
    plan = import_contacts(data=data)
    assert plan.applied
    [planned] = plan.people
    assert planned.existing == na  # matched by the Chinese name at the same organisation
    assert planned.conflicts == {"given_name": ("Na", "Li"), "family_name": ("Li", "Na")}
    assert names(na) == ("Na", "Li", "李娜")

    plan = import_contacts(data=data, options=ImportOptions(accept_lines=frozenset({9})))
    assert names(na) == ("Na", "Li", "李娜")  # another row's tick changes nothing here
    plan = import_contacts(data=data, options=ImportOptions(accept_lines=frozenset({planned.line})))
    assert plan.applied and plan.people[0].accepted
    assert names(na) == ("Li", "Na", "李娜")


def test_a_stored_email_and_organisation_are_kept_and_empty_fields_filled(db):
    home = f.CompanyFactory(name="Puhdas Vesi Oy")
    anna = f.PersonFactory(given_name="Anna", family_name="Berg", organisation=home,
                           email="anna@puhdasvesi.example", title="")  # fmt: skip
    bo = f.PersonFactory(given_name="Bo", family_name="Ek", organisation=home, email="")
    data = csv_file(
        [
            HEADER,
            row(
                "Anna",
                "Berg",
                title="CEO",
                org="Berg Oy",
                country="FI",
                email="ANNA@puhdasvesi.example",
            ),  # fmt: skip
            row("Bo", "Ek", org="Puhdas Vesi Oy", email="bo@ek.example"),
            row("ANNA", "BERG", org="Puhdas Vesi Oy", email="anna.berg@mail.example"),
        ]
    )
    plan = import_contacts(data=data)
    assert plan.applied
    assert [sorted(p.conflicts) for p in plan.people] == [["organisation"], [], ["email"]]
    anna.refresh_from_db()
    bo.refresh_from_db()
    assert (anna.organisation, anna.email, anna.title) == (home, "anna@puhdasvesi.example", "CEO")
    assert (anna.given_name, anna.family_name) == ("Anna", "Berg")  # only the case differed
    assert bo.email == "bo@ek.example"  # an empty field is filled, not overwritten


def test_notes_are_added_to_never_replaced(db):
    karin = f.PersonFactory(given_name="Karin", family_name="Berg", organisation=None,
                            email="karin@berg.example", notes="Prefers mornings.")  # fmt: skip
    data = csv_file([["Given name", "Family name", "E-mail", "Notes"],
                     ["Karin", "Berg", "karin@berg.example", "Met in Tartu."]])  # fmt: skip
    import_contacts(data=data)
    import_contacts(data=data)  # the same file twice adds the note once
    karin.refresh_from_db()
    assert karin.notes == "Prefers mornings.\n\nMet in Tartu."


def test_the_preview_offers_a_tick_per_conflicting_row_and_the_confirmation_honours_it(
    client, staff, met
):
    client.force_login(staff)
    response = upload(client, SWAPPED_ROW)
    content = response.content.decode()
    assert "“Na” is stored, the file says “Li”" in content
    assert 'name="accept" value="2"' in content
    assert "The stored values are kept unless you tick the row below." in content
    fields = response.context["confirm"].initial
    response = client.post(reverse("contacts:import"), fields, follow=True)
    assert "The stored name, organisation or e-mail of 1 person was kept." in (
        response.content.decode()
    )
    assert names(met["na"]) == ("Na", "Li", "李娜")
    client.post(reverse("contacts:import"), {**fields, "accept": ["2"]})
    assert names(met["na"]) == ("Li", "Na", "李娜")


def test_the_command_keeps_stored_values_unless_told_to_accept_changes(tmp_path, met):
    path = tmp_path / "cards.vcf"
    path.write_bytes(SWAPPED_CARD)
    out = io.StringIO()
    call_command("import_contacts", str(path), stdout=out)
    assert "line 1, Li Na (李娜): given name “Na” → “Li”" in out.getvalue()
    assert "Run again with --accept-changes" in out.getvalue()
    assert names(met["na"]) == ("Na", "Li", "李娜")
    call_command("import_contacts", str(path), "--accept-changes", stdout=io.StringIO())
    assert names(met["na"]) == ("Li", "Na", "李娜")


# --- coded columns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, code",
    [
        ("zh", "zh-hans"),
        ("Chinese", "zh-hans"),
        ("中文", "zh-hans"),
        ("zh-CN", "zh-hans"),
        ("zh_TW", "zh-hant"),
        ("繁體中文", "zh-hant"),
        ("Estonian", "et"),
        ("eesti", "et"),
        ("suomi", "fi"),
        ("svenska", "sv"),
        ("en-US", "en"),
        ("Norwegian", "nb"),
    ],
)
def test_a_known_language_is_accepted_however_it_is_written(db, written, code):
    data = csv_file([["Given name", "Preferred language"], ["Anna", written]])
    plan = import_contacts(data=data)
    assert plan.applied, [str(p) for p in plan.problems]
    assert Person.objects.get().preferred_language == code


def test_an_unknown_language_is_refused_and_the_page_is_named(db):
    plan = import_contacts(data=csv_file([["Given name", "Language"], ["Anna", "Klingon"]]))
    [problem] = plan.problems
    assert (problem.line, problem.column) == (2, "Language")
    assert "the import page lists them all" in problem.message


def test_lawful_basis_is_read_by_name_or_code(db):
    data = csv_file([["Given name", "Lawful basis"], ["Anna", "Consent"], ["Bo", "contract"]])
    assert import_contacts(data=data).applied
    assert sorted(Person.objects.values_list("lawful_basis", flat=True)) == ["consent", "contract"]
    plan = import_contacts(data=csv_file([["Given name", "Lawful basis"], ["Cai", "whim"]]))
    assert "Use one of: Consent, Legitimate interest, Contract." in plan.problems[0].message


def test_the_import_page_lists_the_accepted_values_of_every_coded_column(client, staff):
    client.force_login(staff)
    content = client.get(reverse("contacts:import")).content.decode()
    for heading in ["Organisation kind", "Lawful basis", "Preferred language", "Country"]:
        assert f"<dt>{heading}</dt>" in content
    for value in [
        "<code>zone_authority</code> Zone authority",
        "<code>legitimate_interest</code> Legitimate interest",
        "<code>zh-hans</code> Simplified Chinese",
        "<code>et</code> Estonian",
        "<code>FI</code> Finland",
    ]:
        assert value in content


# --- one country for the file's new organisations ---------------------------------------------

LINKEDIN = (
    b'Notes:\r\n"When exporting your connection data, you may notice that some of the email '
    b'addresses are missing."\r\n\r\n'
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    b"Kadri,Tamm,https://www.linkedin.com/in/kadri,,Tartu Teaduspark,CEO,12 Mar 2024\r\n"
    b"Matti,Korhonen,https://www.linkedin.com/in/matti,,Puhdas Vesi Oy,Sales,03 Jan 2025\r\n"
)


def test_the_preview_offers_one_country_for_new_organisations_instead_of_refusing(client, staff):
    client.force_login(staff)
    response = upload(client, LINKEDIN, name="Connections.csv")
    assert len(response.context["plan"].problems) == 2
    content = response.content.decode()
    assert "Choose one country for all of them" in content
    assert 'name="default_country"' in content
    fields = {**response.context["confirm"].initial, "default_country": "EE", "preview": "1"}
    response = client.post(reverse("contacts:import"), fields)
    plan = response.context["plan"]
    assert plan.ok and not Person.objects.exists()  # previewed again, nothing written
    assert "created in the country you chose (Estonia)" in response.content.decode()
    response = client.post(reverse("contacts:import"), response.context["confirm"].initial)
    assert response.status_code == 302
    assert set(Organisation.objects.values_list("name", "country")) == {
        ("Tartu Teaduspark", "EE"),
        ("Puhdas Vesi Oy", "EE"),
    }


def test_a_country_chosen_on_upload_is_used_at_once(client, staff):
    client.force_login(staff)
    response = upload(client, LINKEDIN, default_country="FI")
    assert response.context["plan"].ok
    client.post(reverse("contacts:import"), response.context["confirm"].initial)
    assert Organisation.objects.filter(country="FI").count() == 2


def test_the_command_takes_a_country_for_new_organisations(tmp_path, db):
    path = tmp_path / "Connections.csv"
    path.write_bytes(LINKEDIN)
    with pytest.raises(CommandError, match="Nothing was imported: 2 problems"):
        call_command("import_contacts", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="Atlantis is not a country"):
        call_command("import_contacts", str(path), "--default-country", "Atlantis")
    call_command("import_contacts", str(path), "--default-country", "Estonia", stdout=io.StringIO())
    assert set(Organisation.objects.values_list("country", flat=True)) == {"EE"}
