"""Target 1: the contact CSV through the real HTTP endpoint vs PostgreSQL's COPY via psql.

Every person (the directory unfiltered), and a filtered tenth of them, are downloaded from
gunicorn (production settings, gunicorn.conf.py); the reference is psql running COPY of the
very SELECT the endpoint runs, to /dev/null, in the same run. Each size is served by a fresh
gunicorn of one worker, so that the peak resident memory of the serving process belongs to that
download; the worker first answers an export that finds nobody (as a worker in production has
served requests before), then each download and each psql COPY is timed REPEAT times and the
medians compared, so that a moment's load on a shared machine skews the ratio less.
"""

import statistics
import subprocess
import time
from urllib.parse import urlencode

from bench.results import Figure

HTTP_LIMIT = 1.5  # × the psql COPY
REPEAT = 3
NOBODY = {"q": "no-such-person-zqxj"}  # the warm-up export
MEMORY_LIMIT_MB = 50  # peak RSS at 1M minus peak RSS at 100k


def run(bench):
    everyone = {}
    tenth = _a_tenth(bench.fixtures.persons)
    measured = {}
    repeat = 1 if bench.quick else REPEAT
    for label, params in [("a tenth", tenth), ("all", everyone)]:
        with bench.gunicorn(workers=1) as server:
            _download(server, bench, NOBODY)
            timings = [_download(server, bench, params) for _ in range(repeat)]
            peak = server.peak_rss_mb()
        size, seconds = timings[0][0], statistics.median(t for _, t in timings)
        people = _count(params)
        references = [_psql_copy(bench, params) for _ in range(repeat)]
        reference = None if None in references else statistics.median(references)
        measured[label] = (peak, people)
        bench.add(
            Figure(
                "1", f"CSV export of {people:,} people over HTTP ({size / 1e6:,.0f} MB, "
                f"{size / 1e6 / seconds:,.1f} MB/s)", seconds, "s",
                reference, "psql COPY of the same SELECT", HTTP_LIMIT,
            )
        )  # fmt: skip
    (small_peak, small), (large_peak, large) = measured["a tenth"], measured["all"]
    bench.add(
        Figure(
            "1", f"peak RSS of the serving worker: {large:,} people ({large_peak:.0f} MB) minus "
            f"{small:,} ({small_peak:.0f} MB)", large_peak - small_peak, "MB",
            limit=MEMORY_LIMIT_MB, absolute=True,
        )
    )  # fmt: skip


def _download(server, bench, params):
    """(bytes, seconds) of one download of the export."""
    status, size, seconds = server.download(
        "/contacts/export.csv?" + urlencode(params), bench.fixtures.staff_cookie
    )
    if status != 200:
        raise RuntimeError(f"export answered {status}")
    return size, seconds


def _a_tenth(persons):
    """The country filter whose people come closest to a tenth of everyone."""
    from django.db.models import Count

    from contacts.models import Person

    counts = (
        Person.objects.contactable()
        .values("organisation__country")
        .annotate(n=Count("pk"))
        .order_by()
    )
    best = min(counts, key=lambda row: abs(row["n"] - persons / 10))
    return {"country": best["organisation__country"]}


def _filtered(params):
    from django.http import QueryDict

    from contacts import exporting
    from contacts.filters import PersonFilter

    query = QueryDict(mutable=True)
    query.update(params)
    filterset = PersonFilter(query, queryset=exporting.people_for_listing())
    assert filterset.is_valid(), filterset.errors
    return filterset.qs


def _count(params):
    return _filtered(params).count()


def _psql_copy(bench, params):
    """Seconds for psql to COPY the endpoint's own SELECT to /dev/null (None off PostgreSQL)."""
    from django.db import connection

    from contacts import export_copy, exporting

    if not bench.database.is_postgresql:
        return None
    sql, values = export_copy.statement(
        _filtered(params), delimiter=",", trip_separator=exporting.TRIP_SEPARATOR
    )
    with connection.cursor() as cursor:
        statement = cursor.cursor.mogrify(sql, values)
    started = time.perf_counter()
    subprocess.run(
        ["psql", bench.database.url, "-qc", f"COPY ({statement}) TO STDOUT WITH CSV"],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - started
