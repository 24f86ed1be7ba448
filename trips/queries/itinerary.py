"""The itinerary of a trip, day by day, as both the public report and company pages show it."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Day:
    number: int
    date: date
    visits: list = field(default_factory=list)
    meetings: list = field(default_factory=list)


def visits_in_order(trip):
    """A trip's visits in the order they happen, each with its place (and the place's parent)."""
    return trip.visits.select_related("place__parent").order_by("date", "start_time", "pk")


def days(trip, visits, meetings):
    """Group visits and meetings (already fetched, in order) by date; only days with something."""
    by_date = {}
    for visit in visits:
        by_date.setdefault(visit.date, Day((visit.date - trip.start_date).days + 1, visit.date))
        by_date[visit.date].visits.append(visit)
    for meeting in meetings:
        day = by_date.setdefault(
            meeting.date, Day((meeting.date - trip.start_date).days + 1, meeting.date)
        )
        day.meetings.append(meeting)
    return [by_date[d] for d in sorted(by_date)]


def map_points(visits, meetings=()):
    """The visited places with coordinates, once each, for the map (plain data for json_script)."""
    points, seen = [], set()
    for item in [*visits, *meetings]:
        place = item.where if hasattr(item, "where") else item.place
        if place is None or place.pk in seen or place.latitude is None:
            continue
        seen.add(place.pk)
        points.append(
            {
                "name": place.full_name,
                "native": place.native_name,
                "lat": float(place.latitude),
                "lon": float(place.longitude),
            }
        )
    return points


# An itinerary with more meetings than this shows one day at a time (with a list of the days),
# so that the page of a 500-meeting trip stays small.
LONG_ITINERARY = 60


@dataclass
class DayPage:
    """The days a page shows, and, for a long itinerary shown one day at a time, every day
    (for the navigation), the one shown, and the day asked for when there is no such day."""

    days: list
    all_days: list = field(default_factory=list)
    current: Day | None = None
    missing: str = ""

    @property
    def one_at_a_time(self):
        return self.current is not None


def requested_day(request):
    """The day number a request's `?day=` asks for, or "" (none, or not a number: day 1)."""
    day = request.GET.get("day", "").strip()
    return day if day.isdigit() and len(day) <= 4 else ""


def day_page(days, requested=""):
    """The day numbered `requested` of a long itinerary (the first day when none or no such
    day is asked for), or every day of a short one."""
    if sum(len(day.meetings) for day in days) <= LONG_ITINERARY:
        return DayPage(days)
    by_number = {str(day.number): day for day in days}
    current = by_number.get(requested)
    missing = requested if requested and current is None else ""
    current = current or days[0]
    return DayPage([current], all_days=days, current=current, missing=missing)
