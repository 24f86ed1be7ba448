"""Run the benchmarks: `make bench` (python -m bench) or `python -m bench --quick`.

Each target of issue 13 is measured against a reference taken in the same run on the same
machine (PostgreSQL's own COPY through psql, the login page on the same gunicorn, the same
search without its indexes), and printed with the ratio. A full run (1,000,000 people,
2,000 trips, on PostgreSQL) appends its table to bench/RESULTS.md. `--quick` runs every
measurement on a small throw-away database in well under a minute, so that CI notices a
benchmark that no longer runs; figures are reported, never asserted.
"""

import argparse
import importlib
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import results, setup  # noqa: E402

TARGETS = [
    "export",
    "directory",
    "search",
    "reports",
    "contact_import",
    "people_admin",
    "dashboard",
]
FULL = {"persons": 1_000_000, "trips": 2_000}
QUICK = {"persons": 2_000, "trips": 12}


class Bench:
    """What the target modules get: the data, the logins, a gunicorn factory, a recorder."""

    def __init__(self, *, database, fixtures, quick):
        self.database = database
        self.fixtures = fixtures
        self.quick = quick
        self.figures = []

    def gunicorn(self, **options):
        from bench.server import Gunicorn

        return Gunicorn(**options)

    def add(self, figure):
        self.figures.append(figure)
        results.print_figure(figure)


def arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, nothing recorded")
    parser.add_argument("--persons", type=int)
    parser.add_argument("--trips", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help=f"comma-separated targets of {','.join(TARGETS)}")
    parser.add_argument("--no-record", action="store_true", help="do not touch RESULTS.md")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    args.persons = args.persons or sizes["persons"]
    args.trips = args.trips or sizes["trips"]
    args.only = args.only.split(",") if args.only else TARGETS
    unknown = set(args.only) - set(TARGETS)
    if unknown:
        parser.error(f"unknown targets: {', '.join(sorted(unknown))}")
    return args


def main(argv=None):
    args = arguments(argv if argv is not None else sys.argv[1:])
    # Stopped from outside: still stop gunicorn and drop a throw-away database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    database = setup.choose(
        quick=args.quick, persons=args.persons, trips=args.trips, seed=args.seed
    )
    setup.configure_environment(database)
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import translation

    from bench import data

    translation.activate("en")
    try:
        if not setup.has_data(database):
            setup.recreate(database)
            data.fill(persons=args.persons, trips=args.trips, seed=args.seed)
            setup.mark(database)
        else:
            call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        bench = Bench(database=database, fixtures=data.fixtures(), quick=args.quick)
        failures = run_targets(bench, args.only)
    finally:
        from django.db import connections

        connections.close_all()
        setup.drop(database)
    print("\n" + results.table(bench.figures))
    if not (args.quick or args.no_record):
        sizes = (
            f"{bench.fixtures.persons:,} people, {bench.fixtures.trips:,} trips, "
            f"largest trip {bench.fixtures.big_trip_meetings} meetings"
        )
        results.record(bench.figures, sizes=sizes, database=database_description())
        print(f"\nAppended to {results.RESULTS_FILE}")
    return 1 if failures else 0


def run_targets(bench, names):
    """Run each target; an error in one is reported and the others still run."""
    failures = []
    for name in names:
        module = importlib.import_module(f"bench.targets.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
        started = time.monotonic()
        try:
            module.run(bench)
        except Exception:  # a broken benchmark must not hide the others' figures
            traceback.print_exc()
            failures.append(name)
        print(f"   ({time.monotonic() - started:.0f}s)", flush=True)
    if failures:
        print(f"\nBenchmarks that failed: {', '.join(failures)}", file=sys.stderr)
    return failures


def database_description():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


if __name__ == "__main__":
    sys.exit(main())
