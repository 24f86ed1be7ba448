"""Journey 4: staff filter the contact directory and export it, import a file with one bad row
(the error names its line, nothing is written), fix the row and import again, then find a
duplicate and merge it."""

import csv
import io

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
HEADER = "Given name,Family name,Organisation,Country,E-mail\n"
GOOD = "Wei,Li,Rizhao Port Group,China,li.wei@rizhao-port.example\n"
BAD = ",,Rizhao Port Group,China,nobody@rizhao-port.example\n"
FIXED = "Min,Zhang,Rizhao Port Group,China,zhang.min@rizhao-port.example\n"


@pytest.fixture
def duplicate(story):
    """The same person entered twice at her company, as happens."""
    from contacts.models import Person

    again = Person.objects.get(family_name="Kivilahti")
    again.pk = again.id = None
    again.email = "aino@home.example"
    again.save()
    return again


def upload(staff, name, text):
    staff.page.get_by_label("Contact file (CSV, Excel or vCard)").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": text.encode("utf-8")}]
    )
    staff.click("button", "Preview the import")


def test_staff_keep_the_directory(duplicate, visitor):
    from contacts.models import Person

    staff = visitor("staff")
    staff.log_in("demo-staff")
    staff.goto("/")
    staff.menu("Contacts")
    staff.check("directory")

    staff.page.get_by_label("Search").fill("Honkakoski")
    staff.click("button", "Show")
    assert "1 person" in staff.text()
    staff.check("directory-filtered")
    name, body = staff.download("link", "CSV")
    assert name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 1 and "Honkakoski" in rows[0].values()

    staff.click("link", "Import a file")
    staff.check("import")
    people = Person.objects.count()
    upload(staff, "contacts.csv", HEADER + GOOD + BAD)
    problems = staff.page.get_by_role("table").first.inner_text()
    assert "3" in problems.split() and "name" in problems
    assert Person.objects.count() == people
    staff.check("import-problem")

    upload(staff, "contacts.csv", HEADER + GOOD + FIXED)
    staff.check("import-preview")
    staff.click("button", "Import now")
    assert Person.objects.count() == people + 2
    staff.check("imported")

    staff.goto("/contacts/")
    staff.click("link", "Find duplicates")
    staff.check("duplicates")
    staff.click("link", "Compare and merge")
    staff.check("merge")
    # Keep the newer record: the older one's delegation moves over to it.
    staff.page.get_by_label(f"Aino Kivilahti (#{duplicate.pk})").check()
    staff.click("button", "Merge")
    staff.check("merged")
    assert "Merged Aino Kivilahti into Aino Kivilahti" in staff.text()
    assert Person.objects.filter(family_name="Kivilahti").count() == 1
