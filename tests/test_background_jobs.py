"""Background jobs: a queued job waits in the database until a worker (`db_worker`) runs it."""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus, task

# The worker closes its database connection after a job: real transactions, and the
# migrations' data restored after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@task()
def add(a, b):
    return a + b


@task()
def fail():
    raise ValueError("the file has 3 problems")


def test_a_queued_job_waits_for_the_worker_and_keeps_its_result():
    result = add.enqueue(2, 3)
    assert result.status == TaskResultStatus.READY  # nothing ran during the request
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5


def test_a_failed_job_says_why():
    result = fail.enqueue()
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    result.refresh()
    assert result.status == TaskResultStatus.FAILED
    assert "the file has 3 problems" in result.errors[0].traceback
