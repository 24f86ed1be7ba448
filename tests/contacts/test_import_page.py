"""Importing from the web page (upload, preview, confirm) and from the command line."""

import base64
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from contacts.models import Person
from tests import factories as f
from tests.contacts.conftest import HEADER, csv_file, row

pytestmark = pytest.mark.django_db


# --- the web page: upload, preview, confirm ----------------------------------------------------


def upload(client, data, name="contacts.csv"):
    stream = io.BytesIO(data)
    stream.name = name
    return client.post(reverse("contacts:import"), {"file": stream})


def test_preview_shows_what_will_happen_and_writes_nothing(client, staff):
    known = f.PersonFactory(given_name="Li", family_name="Wang", email="wang@r.example")
    client.force_login(staff)
    data = csv_file(
        [
            HEADER,
            row("Li", "Wang", title="Mayor", email="wang@r.example"),
            row("Anna", "Berg", org="Berg Oy", country="FI"),
        ]  # fmt: skip
    )
    response = upload(client, data)
    assert response.status_code == 200
    plan = response.context["plan"]
    assert [(p.display_name, p.action) for p in plan.people] == [
        ("Li Wang", "update"),
        ("Anna Berg", "create"),
    ]
    content = response.content.decode()
    assert "Berg Oy" in content and "Import now" in content
    assert Person.objects.count() == 1
    known.refresh_from_db()
    assert known.title == ""
    # Confirming writes it.
    response = client.post(reverse("contacts:import"), response.context["confirm"].initial)
    assert response.status_code == 302
    assert Person.objects.count() == 2
    known.refresh_from_db()
    assert known.title == "Mayor"
    page = client.get(response["Location"])
    assert "1 people added, 1 updated, 1 organisations added" in page.content.decode()


def test_preview_lists_every_problem_and_offers_no_import(client, staff):
    client.force_login(staff)
    data = csv_file([HEADER, row("Anna", "Berg", email="nope"), row(title="x"), row("=1", "B")])
    response = upload(client, data)
    content = response.content.decode()
    assert "3 problems: nothing will be imported" in content
    assert "Import now" not in content
    assert [p.line for p in response.context["plan"].problems] == [2, 3, 4]


def test_confirming_a_file_that_has_become_invalid_writes_nothing(client, staff):
    client.force_login(staff)
    bad = csv_file([HEADER, row("Anna", "Berg"), row("Bo", "Ek", email="broken")])
    response = client.post(
        reverse("contacts:import"),
        {"payload": base64.b64encode(bad).decode(), "filename": "x.csv"},
    )
    assert response.status_code == 200
    assert "Nothing was imported" in response.content.decode()
    assert not Person.objects.exists()


def test_upload_without_a_file_says_so(client, staff):
    client.force_login(staff)
    response = client.post(reverse("contacts:import"))
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()


def test_staff_without_the_permission_cannot_import(client, staff_without_export):
    client.force_login(staff_without_export)
    assert client.get(reverse("contacts:import")).status_code == 403
    response = upload(client, csv_file([HEADER, row("Anna", "Berg")]))
    assert response.status_code == 403
    assert not Person.objects.exists()


@pytest.mark.parametrize("persona_name", ["anonymous", "company_a"])
def test_outsiders_cannot_import(persona, persona_name):
    client = persona(persona_name)
    response = upload(client, csv_file([HEADER, row("Anna", "Berg")]))
    assert response.status_code in (302, 404)
    assert not Person.objects.exists()


# --- the command ---------------------------------------------------------------------------


def test_command_imports_a_file(tmp_path, db):
    path = tmp_path / "cards.csv"
    path.write_bytes(csv_file([HEADER, row("Anna", "Berg", org="Berg Oy", country="FI")]))
    out = io.StringIO()
    call_command("import_contacts", str(path), stdout=out)
    assert Person.objects.get().organisation.name == "Berg Oy"
    assert "1 to add" in out.getvalue()


def test_command_dry_run_writes_nothing(tmp_path, db):
    path = tmp_path / "cards.csv"
    path.write_bytes(csv_file([HEADER, row("Anna", "Berg")]))
    out = io.StringIO()
    call_command("import_contacts", str(path), "--dry-run", stdout=out)
    assert not Person.objects.exists()
    assert "Dry run: nothing was written" in out.getvalue()


def test_command_fails_and_prints_the_problems(tmp_path, db):
    path = tmp_path / "cards.csv"
    path.write_bytes(csv_file([HEADER, row("Anna", "Berg"), row("Bo", "Ek", email="x")]))
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported: 1 problem"):
        call_command("import_contacts", str(path), stderr=err)
    assert "line 3, column “E-mail”: Enter a valid email address." in err.getvalue()
    assert not Person.objects.exists()


def test_command_explains_a_missing_file(tmp_path, db):
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("import_contacts", str(tmp_path / "nope.csv"))
