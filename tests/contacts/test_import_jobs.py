"""A large contact file is imported by a background job: the page shows its progress, then the
result or the rows' problems; a job that fails writes nothing. The queries of an import do not
grow with its rows."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts import import_writing
from contacts.import_jobs.jobs import Progress
from contacts.models import ImportJob, Organisation, Person
from contacts.services import import_contacts
from tests import factories as f
from tests.contacts.conftest import HEADER, csv_file, row

# The worker closes its database connection after a job: real transactions.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def small_limit(settings):
    """Files of more than 3 rows go to the background (instead of 2,000)."""
    settings.CONTACT_IMPORT_BACKGROUND_ROWS = 3


def upload(client, data, name="large.csv", **fields):
    stream = io.BytesIO(data)
    stream.name = name
    return client.post(reverse("contacts:import"), {"file": stream, **fields})


def run_worker():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def people_file(count, **extra):
    rows = [
        row(f"Given{n}", "Berg", org="Berg Oy", country="Finland", email=f"p{n}@berg.example")
        for n in range(count)
    ]
    return csv_file([HEADER, *rows])


def test_a_large_file_is_imported_in_the_background_with_progress_then_its_result(
    client, staff, small_limit
):
    client.force_login(staff)
    known = f.PersonFactory(
        given_name="Given0", family_name="Berg", email="p0@berg.example", organisation=None
    )
    response = upload(client, people_file(6))
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contacts:import_job", args=[job.pk])
    assert Person.objects.count() == 1  # nothing yet: the worker has not run

    page = client.get(response["Location"])
    content = page.content.decode()
    assert "The file is being imported in the background" in content
    assert 'id="import-progress"' in content and "js/import-progress.js" in content
    status = client.get(reverse("contacts:import_job_status", args=[job.pk])).json()
    assert status["finished"] is False and status["percent"] == 0

    run_worker()

    status = client.get(reverse("contacts:import_job_status", args=[job.pk])).json()
    assert status["finished"] is True and status["percent"] == 100
    content = client.get(response["Location"]).content.decode()
    assert "Imported: 5 people added, 1 updated, 0 unchanged, 1 organisations added." in content
    assert "js/import-progress.js" not in content
    assert Person.objects.count() == 6
    assert Organisation.objects.filter(name="Berg Oy", country="FI").exists()
    known.refresh_from_db()
    assert known.organisation.name == "Berg Oy"
    # Recorded in the history under the uploader; the file itself is not kept.
    added = Person.history.filter(history_type="+", email="p5@berg.example").get()
    assert added.history_user == staff
    assert added.history_change_reason == "Imported from large.csv"
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and bytes(job.data) == b""


def test_a_small_file_is_still_previewed_while_the_page_waits(client, staff, small_limit):
    client.force_login(staff)
    response = upload(client, people_file(2))
    assert response.status_code == 200
    assert "plan" in response.context
    assert not ImportJob.objects.exists()


def test_a_file_with_problems_lists_them_and_writes_nothing(client, staff, small_limit):
    client.force_login(staff)
    rows = [row(f"Given{n}", "Berg", org="Berg Oy", country="Finland") for n in range(4)]
    rows.append(row("Bad", "Phone", org="Berg Oy", country="Finland", phone="call me"))
    rows.append(row("No", "Country", org="Somewhere Ltd"))
    response = upload(client, csv_file([HEADER, *rows]))
    run_worker()
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.PROBLEMS
    content = client.get(response["Location"]).content.decode()
    assert "2 problems: nothing was imported" in content
    assert "“call me” is not a phone number we can use." in content
    assert "The organisation “Somewhere Ltd” is new and will be created" in content
    assert Person.objects.count() == 0
    assert not Organisation.objects.filter(name="Berg Oy").exists()


def test_a_job_that_fails_while_writing_says_why_and_writes_nothing(
    client, staff, small_limit, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(import_writing, "copy_history", broken)  # after the first insert
    client.force_login(staff)
    response = upload(client, people_file(5))
    run_worker()
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    content = client.get(response["Location"]).content.decode()
    assert "RuntimeError: disk full" in content and "nothing was imported" in content
    assert Person.objects.count() == 0
    assert not Organisation.objects.filter(name="Berg Oy").exists()


def test_progress_is_written_as_the_job_goes(client, staff):
    job = ImportJob.objects.create(created_by=staff, filename="x.csv", data=b"x")
    progress = Progress(job.pk)
    progress("check", 500, 1000)
    progress.close()
    client.force_login(staff)
    status = client.get(reverse("contacts:import_job_status", args=[job.pk])).json()
    assert (status["stage"], status["done"], status["total"], status["percent"]) == (
        "check",
        500,
        1000,
        25,
    )
    content = client.get(reverse("contacts:import_job", args=[job.pk])).content.decode()
    assert "500 of 1000 rows checked" in content


def test_a_missing_job_is_not_found(client, staff):
    client.force_login(staff)
    assert client.get(reverse("contacts:import_job", args=[999])).status_code == 404
    assert client.get(reverse("contacts:import_job_status", args=[999])).status_code == 404


def _queries_to_import(count, offset):
    rows = [
        row(
            f"Given{n}",
            f"Family{n % 7}",
            org=f"Organisation {n % 5}",
            country="Finland",
            email=f"q{offset + n}@example.org",
            phone=f"+358 40 {1000000 + n}",
        )
        for n in range(offset, offset + count)
    ]
    with CaptureQueriesContext(connection) as queries:
        plan = import_contacts(data=csv_file([HEADER, *rows]), filename="q.csv")
    assert plan.applied, plan.problems
    return len(queries)


def test_the_queries_of_an_import_do_not_grow_with_its_rows(db):
    f.CounterpartFactory(name="Organisation 1", country="FI")
    few = _queries_to_import(100, 0)
    many = _queries_to_import(1000, 1000)
    # Batches of 500 rows: two statements more per batch, never one per row.
    assert many <= few + 3 * (1000 // import_writing.BATCH), (few, many)
    assert many < 40
