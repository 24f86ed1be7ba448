"""A background import whose worker stopped (restarted, out of memory) says so instead of
"running" for ever; one no worker takes up says a worker must run; old imports are purged."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from contacts.import_jobs.jobs import Progress
from contacts.models import ImportJob

pytestmark = pytest.mark.django_db


def _job(staff, status, minutes_ago, **fields):
    job = ImportJob.objects.create(
        created_by=staff, filename="large.csv", data=b"file", status=status, **fields
    )
    then = timezone.now() - timedelta(minutes=minutes_ago)
    ImportJob.objects.filter(pk=job.pk).update(created_at=then, heartbeat=then)
    job.refresh_from_db()
    return job


def _page_and_status(client, job):
    page = client.get(reverse("contacts:import_job", args=[job.pk])).content.decode()
    status = client.get(reverse("contacts:import_job_status", args=[job.pk])).json()
    return page, status


def test_a_job_silent_for_ten_minutes_is_shown_as_stopped(client, staff):
    job = _job(staff, ImportJob.Status.RUNNING, minutes_ago=11, stage="write", done=5, total=9)
    client.force_login(staff)
    page, status = _page_and_status(client, job)
    assert "The import stopped" in page and "Nothing was imported" in page
    assert 'id="import-progress"' not in page
    assert status["finished"] and status["label"].startswith("Stopped")


def test_a_job_that_moved_lately_is_still_running(client, staff):
    job = _job(staff, ImportJob.Status.RUNNING, minutes_ago=2, stage="write", done=5, total=9)
    client.force_login(staff)
    page, status = _page_and_status(client, job)
    assert 'id="import-progress"' in page and "The import stopped" not in page
    assert not status["finished"] and status["label"] == "Running"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # progress: own transaction
def test_progress_is_a_sign_of_life(staff):
    job = _job(staff, ImportJob.Status.RUNNING, minutes_ago=30)
    progress = Progress(job.pk)
    progress("check", 10, 100)
    progress.close()
    job.refresh_from_db()
    assert not job.stalled


def test_a_job_no_worker_takes_up_says_a_worker_must_run(client, staff):
    fresh = _job(staff, ImportJob.Status.QUEUED, minutes_ago=1)
    waiting = _job(staff, ImportJob.Status.QUEUED, minutes_ago=6)
    client.force_login(staff)
    assert "db_worker" not in _page_and_status(client, fresh)[0]
    page, status = _page_and_status(client, waiting)
    assert "manage.py db_worker" in page and "db_worker" in status["label"]
    assert "The file waits to be imported" in page
    assert not status["finished"]


def test_the_purge_closes_stopped_jobs_and_deletes_old_ones(staff):
    stopped = _job(staff, ImportJob.Status.RUNNING, minutes_ago=60)
    running = _job(staff, ImportJob.Status.RUNNING, minutes_ago=1)
    old = _job(staff, ImportJob.Status.DONE, minutes_ago=0)
    recent = _job(staff, ImportJob.Status.PROBLEMS, minutes_ago=0)
    ImportJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=31))
    ImportJob.objects.filter(pk=recent.pk).update(finished_at=timezone.now() - timedelta(days=5))
    out = StringIO()
    call_command("purge_import_jobs", stdout=out)
    assert "1 stopped import(s) marked failed; 1 import(s)" in out.getvalue()
    stopped.refresh_from_db()
    assert stopped.status == ImportJob.Status.FAILED and bytes(stopped.data) == b""
    assert "worker stopped" in stopped.error
    assert set(ImportJob.objects.values_list("pk", flat=True)) == {
        stopped.pk,
        running.pk,
        recent.pk,
    }
    running.refresh_from_db()
    assert running.status == ImportJob.Status.RUNNING
