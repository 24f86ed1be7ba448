"""The demo story: SME2GO's smart city delegation to Shandong, and a trip still being planned.

`cast.py` and `story.py` hold the story as tables, `steps.py` writes them, `dates.py` dates
them relative to the day of the first load. Loading is idempotent: a second run writes nothing,
not even history.
"""

from django.db import transaction
from django.utils import timezone

from trips.models import PROJECT_STAFF_GROUP as STAFF_GROUP

from . import planning, steps
from .cast import STAFF_USERNAME
from .dates import DemoCalendar
from .steps import DemoLogin
from .story import PLANNED_TRIP_SLUG, TRIP_SLUG
from .translations import load_translations

__all__ = [
    "PLANNED_TRIP_SLUG",
    "STAFF_GROUP",
    "STAFF_USERNAME",
    "TRIP_SLUG",
    "DemoLogin",
    "load_demo",
]


@transaction.atomic
def load_demo(*, password, today=None):
    """Load (or top up) the demo story, dated relative to `today` (default: the local date; see
    dates.py). Returns the demo logins."""
    when = DemoCalendar.on(
        today or timezone.localdate(), trip_slug=TRIP_SLUG, planned_slug=PLANNED_TRIP_SLUG
    )
    cast = steps.write_cast(when)
    logins = steps.write_logins(password, cast.companies)
    steps.write_shandong_trip(cast)
    steps.write_planned_trip(cast)
    planning.write_meeting_plan(cast)  # hosts, wishes, a planned programme
    load_translations()  # the report in Swedish and Finnish, Rizhao's link in Chinese
    return logins
