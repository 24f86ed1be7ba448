"""An operator reading docs/operations.md learns every daily job, and each one it names runs
(issue 9: a trip's status follows its dates only if `update_trip_statuses` runs daily)."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands

OPERATIONS = Path(__file__).resolve().parent.parent / "docs" / "operations.md"


def _scheduled_jobs():
    text = OPERATIONS.read_text(encoding="utf-8")
    section = text.split("## Scheduled jobs", 1)[1].split("\n## ", 1)[0]
    return section, sorted(set(re.findall(r"manage\.py (\w+)", section)))


def test_the_daily_jobs_are_documented_with_a_schedule():
    section, commands = _scheduled_jobs()
    assert commands == [
        "anonymise_stale",
        "purge_applications",
        "purge_import_jobs",
        "update_trip_statuses",
    ]
    assert re.search(r"^\s+\d+ \d+ \* \* \* .*update_trip_statuses", section, re.M)  # a crontab
    assert all(name in get_commands() for name in commands)


@pytest.mark.django_db
def test_the_documented_status_job_runs_and_says_what_it_did():
    from tests import factories as f

    f.TripFactory(status="planned")  # 16-20 March 2026: completed by its dates
    out = StringIO()
    call_command("update_trip_statuses", stdout=out)
    assert out.getvalue().strip() == "1 trip(s) changed status."
