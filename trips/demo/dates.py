"""The demo's dates, relative to the day it is loaded.

The tables (`story.py`, `cast.py`) are written as if the Shandong trip took place in March 2026
and the planned trip in April 2027. Loading moves them: the Shandong trip to March of last year,
the planned trip to next spring, and the open follow-ups to the coming weeks (the earliest due a
week after loading), so that a fresh demo does not open on a page of overdue follow-ups. What is
already loaded keeps its dates: loading again on a later day changes nothing.
"""

import datetime as dt
from dataclasses import dataclass

from trips.models import Trip

STORY_YEAR = 2026  # the year the Shandong trip's rows are written in
PLANNED_YEAR = 2027  # the year the planned trip's rows are written in
FIRST_DUE = dt.date(2026, 4, 15)  # the earliest follow-up's due date in the rows
FIRST_DUE_AFTER = dt.timedelta(weeks=1)  # ... falls due this long after loading


@dataclass(frozen=True)
class DemoCalendar:
    today: dt.date
    trip_year: int
    planned_year: int

    @classmethod
    def on(cls, today, *, trip_slug, planned_slug):
        """The calendar for loading on `today`; trips already in the database keep their year."""
        starts = dict(
            Trip.objects.filter(slug__in=[trip_slug, planned_slug]).values_list(
                "slug", "start_date"
            )
        )
        return cls(
            today=today,
            trip_year=starts[trip_slug].year if trip_slug in starts else today.year - 1,
            planned_year=starts[planned_slug].year if planned_slug in starts else today.year + 1,
        )

    def past(self, value):
        """A date or time of the Shandong trip (or before it), moved to its year."""
        return value.replace(year=value.year - STORY_YEAR + self.trip_year)

    def planned(self, value):
        """A date of the planned trip, moved to its year."""
        return value.replace(year=value.year - PLANNED_YEAR + self.planned_year)

    def due(self, value):
        """A follow-up's due date: as far after the earliest one as in the rows."""
        return self.today + FIRST_DUE_AFTER + (value - FIRST_DUE)
