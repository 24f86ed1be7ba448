"""What the generated rows of different tables share: the random source, dates, and who is where.

Everything is derived from the seed (including "today"), so two runs with the same seed and
sizes write the same rows.
"""

import datetime as dt
import random
import unicodedata
from bisect import bisect
from dataclasses import dataclass, field
from itertools import accumulate

from django.utils.text import slugify

# The generated world's "today": trips before it have happened, later ones are planned.
TODAY = dt.date(2026, 1, 1)
FIRST_DAY = dt.date(2015, 1, 1)
UTC = dt.UTC


def ascii_word(text):
    """Åkerlund -> akerlund, for e-mail addresses and messaging IDs."""
    return (
        unicodedata.normalize("NFKD", text)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace("'", "")
    )


def dt_moment(day, hour=10):
    """An aware datetime on a given day (records stamped around a trip)."""
    return dt.datetime.combine(day, dt.time(hour), UTC)


class Weighted:
    """rng-driven choice among (value, weight) pairs, without rebuilding tables per call."""

    def __init__(self, pairs):
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng):
        return self.values[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass
class Organisations:
    """Generated organisations by id: country, kind, and the ids of their people (contiguous)."""

    first_id: int = 0
    country: list = field(default_factory=list)
    kind: list = field(default_factory=list)
    domain: list = field(default_factory=list)
    first_person: list = field(default_factory=list)
    people: list = field(default_factory=list)  # how many people each has
    by_country: dict = field(default_factory=dict)  # country -> ids of non-participants
    participants: list = field(default_factory=list)
    organisers: list = field(default_factory=list)

    def ids(self):
        return range(self.first_id, self.first_id + len(self.country))

    def index(self, org_id):
        return org_id - self.first_id

    def people_of(self, org_id):
        i = self.index(org_id)
        return range(self.first_person[i], self.first_person[i] + self.people[i])


@dataclass
class World:
    seed: int
    persons: int
    trips: int
    rng: random.Random = None
    organisations: Organisations = field(default_factory=Organisations)
    sector_ids: list = field(default_factory=list)
    programme_ids: list = field(default_factory=list)
    places_by_country: dict = field(default_factory=dict)  # country -> place ids
    counts: dict = field(default_factory=dict)  # table -> rows written

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    def moment(self, start=FIRST_DAY, end=TODAY):
        """A reproducible aware datetime between two dates."""
        span = (end - start).days * 86400
        return dt.datetime.combine(start, dt.time(), UTC) + dt.timedelta(
            seconds=self.rng.randrange(max(span, 1))
        )

    def day_between(self, start, end):
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def slug(self, text, unique):
        return f"{slugify(text)[:80].strip('-')}-{unique}"
