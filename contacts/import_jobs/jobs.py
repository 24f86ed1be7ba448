"""Queueing a large import and running it on a worker, with its progress kept as it goes."""

import time
from datetime import timedelta

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from ..importing import ImportOptions
from .models import ImportJob

MAX_PROBLEMS_KEPT = 1000  # a file can have a problem on every one of 100,000 rows
PROGRESS_SECONDS = 0.5  # between two progress updates


def goes_to_background(data: bytes, sync_limit_bytes: int):
    """Whether a file is too large to preview and import while the page waits: more bytes than
    the preview carries back, or (a rough count of its lines) more rows than the setting."""
    if len(data) > sync_limit_bytes:
        return True
    rows = data.count(b"BEGIN:VCARD") or data.count(b"\n")
    return rows > settings.CONTACT_IMPORT_BACKGROUND_ROWS


def queue_import(*, data: bytes, filename: str, default_country: str, user):
    job = ImportJob.objects.create(
        created_by=user, filename=filename, data=data, default_country=default_country
    )
    run_import.enqueue(job.pk)
    return job


@task()
def run_import(job_id):
    """Import the job's file, all or nothing; the job records the result, the problems of the
    rows, or why it failed. Returns the job's status."""
    from ..services import import_contacts

    ImportJob.objects.filter(pk=job_id).update(
        status=ImportJob.Status.RUNNING, heartbeat=timezone.now()
    )
    job = ImportJob.objects.get(pk=job_id)
    progress = Progress(job_id)
    try:
        plan = import_contacts(
            data=bytes(job.data),
            filename=job.filename,
            options=ImportOptions(default_country=job.default_country),
            user=job.created_by,
            progress=progress,
            max_rows=None,
            keep_people=False,
        )
    except Exception as exc:  # anything: the transaction is undone, the page says why
        _finish(job, ImportJob.Status.FAILED, error=_failure(exc))
        raise
    finally:
        progress.close()
    if plan.applied:
        _finish(job, ImportJob.Status.DONE, result=_summary(plan))
    else:
        _finish(job, ImportJob.Status.PROBLEMS, result=_summary(plan))
    return job.status


KEPT_DAYS = 30  # an ended job's page (its counts, its rows' problems) is kept this long


def import_jobs_purge(*, older_than_days=KEPT_DAYS):
    """Close the jobs whose worker stopped (marked failed, their file dropped) and delete the
    jobs that ended more than `older_than_days` days ago: their problems quote the rows' names
    and e-mails. Returns (closed, deleted)."""
    closed = 0
    for job in ImportJob.objects.filter(status=ImportJob.Status.RUNNING).defer("data"):
        if job.stalled:
            error = _(
                "The import stopped: its worker stopped before the end (restarted, or out of "
                "memory). Nothing was imported, since an import is all or nothing."
            )
            _finish(job, ImportJob.Status.FAILED, error=error)
            closed += 1
    cutoff = timezone.now() - timedelta(days=older_than_days)
    old = ImportJob.objects.filter(status__in=ImportJob.FINISHED, finished_at__lt=cutoff)
    deleted, _counts = old.delete()
    return closed, deleted


def _failure(exc):
    return _("The import stopped with an error (%(error)s); nothing was imported.") % {
        "error": f"{type(exc).__name__}: {exc}"[:500]
    }


def _summary(plan):
    return {
        "rows": plan.rows_read,
        "created": plan.counts["create"],
        "updated": plan.counts["update"],
        "unchanged": plan.counts["unchanged"],
        "organisations": len(plan.new_organisations),
        "kept": len(plan.kept_conflicts),
        "combined": len(plan.duplicates),
        "problem_count": len(plan.problems),
        "problems": [
            [problem.line, problem.column, problem.message]
            for problem in plan.problems[:MAX_PROBLEMS_KEPT]
        ],
    }


def _finish(job, status, *, result=None, error=""):
    job.status = status
    job.result = result or {}
    job.error = error
    job.data = b""  # the file is not kept once read
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "result", "error", "data", "finished_at"])


class Progress:
    """Writes how far the job got, at most twice a second. The import runs in one transaction,
    which nobody else sees before it ends: on PostgreSQL progress goes through a connection
    of its own; on SQLite (one writer at a time) only while the import is not writing."""

    def __init__(self, job_id):
        self.job_id = job_id
        self.last = 0.0
        self.own = None
        # Not when called inside a transaction: that one may hold the job's row.
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            self.own = connections.create_connection(DEFAULT_DB_ALIAS)

    def __call__(self, stage, done, total):
        now = time.monotonic()
        if now - self.last < PROGRESS_SECONDS and done < total:
            return
        self.last = now
        sql = (
            "UPDATE contacts_importjob SET stage = %s, done = %s, total = %s, heartbeat = %s "
            "WHERE id = %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        params = [stage, done, total, now, self.job_id]
        if self.own is not None:
            try:
                with self.own.cursor() as cursor:
                    cursor.execute("SET lock_timeout = '2s'")
                    cursor.execute(sql, params)
            except DatabaseError:  # progress is shown as best it can be; the import goes on
                pass
        elif not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)

    def close(self):
        if self.own is not None:
            self.own.close()
