"""Target 5: importing a contact file of 10,000 and 100,000 rows, vs psql's \\copy of it.

`manage.py import_contacts FILE` runs as its own process (checking every row, matching the
people already known, writing people and history, all or nothing); its wall time gives rows/s
and its peak resident memory (from wait4) is compared between the two sizes: memory should not
grow with the file. The reference is psql's \\copy of the same file into a table of text
columns, in the same run. The background job the web page hands large files to is timed on
the smaller file. Every run removes what it imported (bench/importfile.py).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import importfile
from bench.results import Figure

ROWS_PER_SECOND = 2000
MEMORY_LIMIT_MB = 50  # peak RSS at the large size minus at the small one
FULL_SIZES = (10_000, 100_000)
QUICK_SIZES = (300, 1_000)
ROOT = Path(__file__).resolve().parent.parent.parent


def run(bench):
    small, large = QUICK_SIZES if bench.quick else FULL_SIZES
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        for rows in (small, large):
            path = Path(folder) / f"bench-import-{rows}.csv"
            importfile.write(path, rows)
            seconds, peaks[rows] = _command(path)
            importfile.forget(path.name)
            reference = _psql_copy(bench, path, rows)
            bench.add(
                Figure("5", f"import of {rows:,} rows by the command (peak RSS {peaks[rows]:.0f} "
                       "MB)", rows / seconds, "rows/s", reference, "psql \\copy of the file",
                       ROWS_PER_SECOND, better="higher", absolute=True)
            )  # fmt: skip
        bench.add(
            Figure("5", f"peak RSS of the command: {large:,} rows ({peaks[large]:.0f} MB) minus "
                   f"{small:,} ({peaks[small]:.0f} MB)", peaks[large] - peaks[small], "MB",
                   limit=MEMORY_LIMIT_MB, absolute=True)
        )  # fmt: skip
        path = Path(folder) / f"bench-import-job-{small}.csv"
        importfile.write(path, small)
        seconds = _background_job(bench, path)
        importfile.forget(path.name)
        bench.add(
            Figure("5", f"import of {small:,} rows as the web page's background job",
                   small / seconds, "rows/s", limit=ROWS_PER_SECOND, better="higher",
                   absolute=True)
        )  # fmt: skip


def _command(path):
    """(seconds, peak RSS in MB) of `manage.py import_contacts path` in a process of its own."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "import_contacts", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"import_contacts failed: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def _psql_copy(bench, path, rows):
    """Rows per second of psql's \\copy of the file into a table of text columns (None off
    PostgreSQL)."""
    if not bench.database.is_postgresql:
        return None
    columns = ", ".join(f"c{n} text" for n in range(len(importfile.HEADER)))
    script = (
        f"CREATE TEMP TABLE bench_import ({columns});\n"
        f"\\copy bench_import FROM '{path}' WITH (FORMAT csv, HEADER true)\n"
    )
    started = time.perf_counter()
    subprocess.run(
        ["psql", bench.database.url, "-q", "-v", "ON_ERROR_STOP=1"],
        input=script.encode(),
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return rows / (time.perf_counter() - started)


def _background_job(bench, path):
    """Seconds for a worker to run the import job the web page queues for a large file."""
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from contacts.import_jobs.jobs import queue_import
    from contacts.models import ImportJob

    user = User.objects.filter(is_superuser=True).first() or User.objects.first()
    job = queue_import(data=path.read_bytes(), filename=path.name, default_country="", user=user)
    started = time.perf_counter()
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    seconds = time.perf_counter() - started
    job.refresh_from_db()
    if job.status != ImportJob.Status.DONE:
        raise RuntimeError(f"the import job ended {job.status}: {job.error or job.result}")
    job.delete()
    return seconds
