"""A national agency's worth of made-up data, for benchmarks: `manage.py generate_bench_data`.

Realistic in shape (Latin and Chinese names, organisations of very different sizes, trips with
visits and meetings that link the people met, agreements, leads, needs, diplomas) and
reproducible: the same seed and sizes give the same rows. Rows go in through PostgreSQL's COPY
(a million people in a few minutes) or batched inserts on SQLite, inside one transaction.
"""

from django.db import transaction

from contacts.models import Organisation, Person, Sector
from trips.models import (
    Agreement,
    Meeting,
    Need,
    Participation,
    Place,
    Programme,
    Recognition,
    Trip,
    Visit,
)
from trips.page_cache import content_changed

from . import itineraries, outcomes, people
from .world import World
from .writer import Progress, reset_sequences

PEOPLE_PER_ORGANISATION = 20


@transaction.atomic
def generate(*, persons, trips, seed=1, progress=None):
    """Add `persons` people and `trips` trips (one of them with 500 meetings); returns the
    number of rows written by kind."""
    world = World(seed=seed, persons=persons, trips=trips)
    world.progress = progress or Progress(enabled=False)
    people.sectors(world)
    people.organisations(world, max(20, persons // PEOPLE_PER_ORGANISATION))
    people.people(world)
    itineraries.programmes(world)
    itineraries.places(world)
    plans = itineraries.trips(world) if trips else []
    outcomes.outcomes(world, plans)
    reset_sequences(
        [
            Organisation,
            Person,
            Sector,
            Programme,
            Place,
            Trip,
            Participation,
            Visit,
            Meeting,
            Agreement,
            Need,
            Recognition,
        ]  # fmt: skip
    )
    content_changed()  # written with COPY and bulk inserts: no signals
    world.counts["big_organisation"] = world.organisations.first_id
    world.counts["big_trip"] = plans[0].id if plans else None
    return world.counts
