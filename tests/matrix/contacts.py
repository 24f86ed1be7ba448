"""Contacts (/contacts/): staff only; exports and imports also need their permission."""

from tests.matrix import Row, staff_only


def _pair(world):
    from tests.factories import PersonFactory

    person = world["person"]
    twin = PersonFactory(
        organisation=person.organisation,
        given_name=person.given_name,
        family_name=person.family_name,
        email="",
    )
    return {"first": person.pk, "second": twin.pk}


def _import_job(world):
    from django.contrib.auth.models import User

    from contacts.models import ImportJob

    uploader = User.objects.create_user("uploader", is_staff=True)
    job = ImportJob.objects.create(created_by=uploader, filename="large.csv", data=b"x")
    return {"pk": job.pk}


ROWS = [
    Row("contacts:directory", {}, staff_only()),
    Row("contacts:export_csv", {}, staff_only()),
    Row("contacts:export_vcard", {}, staff_only()),
    Row("contacts:import", {}, staff_only()),
    # A POST without a file: the form comes back with its error; nobody else gets that far.
    Row("contacts:import", {}, staff_only(), "post", method="post"),
    # A large file's background import: its page (a progress bar, then the result) and the
    # status the page's script asks for.
    Row("contacts:import_job", _import_job, staff_only()),
    Row("contacts:import_job_status", _import_job, staff_only()),
    Row("contacts:import_job", {"pk": 999999}, staff_only(404), "missing"),
    Row("contacts:duplicates", {}, staff_only()),
    # "Look again" (a background search in a very large directory; here the page looks at once)
    Row("contacts:duplicates", {}, staff_only(), "post", method="post"),
    Row("contacts:merge", _pair, staff_only(), "pair"),
    # A POST without a choice: the form comes back; outsiders merge nothing.
    Row("contacts:merge", _pair, staff_only(), "pair-post", method="post"),
    Row("contacts:merge", {"first": 999999, "second": 999998}, staff_only(404), "missing"),
]
