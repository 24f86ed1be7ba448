import time

from django.core.management.base import BaseCommand, CommandError

from trips.benchdata import generate
from trips.benchdata.writer import Progress


class Command(BaseCommand):
    help = (
        "Add made-up people, organisations and trips for benchmarks (e.g. --persons 1000000 "
        "--trips 2000). The same --seed gives the same data. Never run it on production data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--persons", type=int, required=True, help="people to add")
        parser.add_argument("--trips", type=int, required=True, help="trips to add")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    def handle(self, *args, persons, trips, seed, verbosity=1, **options):
        if persons < 100 or trips < 0:
            raise CommandError("--persons must be at least 100 and --trips not negative.")
        started = time.monotonic()
        counts = generate(
            persons=persons,
            trips=trips,
            seed=seed,
            progress=Progress(stream=self.stderr._out, enabled=verbosity > 0),
        )
        elapsed = time.monotonic() - started
        summary = ", ".join(f"{key} {value}" for key, value in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Generated in {elapsed:.0f}s: {summary}"))
