"""The duplicate finder as a background job, for directories too large to search per request.

Up to INLINE_LIMIT people the duplicates page looks while it is asked. Above it (a national
directory: a million people take minutes), the search runs as a django-tasks job on a
worker; the page shows the latest finished search with its time, whether another is running,
or why the last one failed. A search only reads, so a failed one leaves nothing behind.
"""

from dataclasses import dataclass

from django_tasks import TaskResultStatus, task

from .duplicates import find_duplicate_pairs, suspects
from .models import Person

INLINE_LIMIT = 50_000
PENDING = (TaskResultStatus.READY, TaskResultStatus.RUNNING)


@task()
def look_for_duplicates():
    """The JSON a finished job keeps: the pairs, and how many people were looked at."""
    return {
        "pairs": [[a, b, reasons] for a, b, reasons in find_duplicate_pairs()],
        "people": Person.objects.count(),
    }


def too_many_to_look_inline():
    return Person.objects.order_by().values("pk")[: INLINE_LIMIT + 1].count() > INLINE_LIMIT


@dataclass
class Search:
    """What the page shows: the last finished search (if any) and the one in progress."""

    finished: object = None  # DBTaskResult
    pending: object = None
    failed: object = None

    @property
    def suspects(self):
        if self.finished is None:
            return []
        return suspects([tuple(pair) for pair in self.finished.return_value["pairs"]])

    @property
    def failure(self):
        """The last line of the traceback of a failed search newer than the finished one."""
        if self.failed is None:
            return ""
        return self.failed.traceback.strip().splitlines()[-1] if self.failed.traceback else ""


def _results():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=look_for_duplicates.module_path)


def latest():
    results = _results()
    finished = results.filter(status=TaskResultStatus.SUCCESSFUL).order_by("-finished_at").first()
    pending = results.filter(status__in=PENDING).order_by("-enqueued_at").first()
    failed = results.filter(status=TaskResultStatus.FAILED).order_by("-finished_at").first()
    if failed and finished and failed.finished_at < finished.finished_at:
        failed = None
    return Search(finished=finished, pending=pending, failed=failed)


def start():
    """Queue a search unless one is waiting or running already."""
    if not _results().filter(status__in=PENDING).exists():
        look_for_duplicates.enqueue()
