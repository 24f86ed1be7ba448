"""Checks of a trip's meeting plan: no delegate in two meetings at once, no meeting outside the
day's visit at its place, and enough time to travel between consecutive meetings in different
places (as long as staff set for that pair of places).

The checks read meetings as `queries.planned_meetings` fetches them, so a page that shows the
plan and its problems runs the same few queries however many meetings there are."""

from dataclasses import dataclass
from itertools import combinations

from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from .queries import planned_meetings, travel_minutes, travel_times

CLASH, OUTSIDE, TRAVEL = "clash", "outside", "travel"


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str
    meetings: tuple

    @property
    def is_warning(self):
        return self.kind == TRAVEL


def when(meeting):
    """e.g. "13.4.2027 10:00–11:00"."""
    text = date_format(meeting.date, "SHORT_DATE_FORMAT")
    if meeting.start_time:
        text += " " + time_format(meeting.start_time)
    if meeting.end_time:
        text += "–" + time_format(meeting.end_time)
    return text


def _minutes(time):
    return time.hour * 60 + time.minute


def _span(meeting):
    start = _minutes(meeting.start_time)
    return start, _minutes(meeting.end_time) if meeting.end_time else start


def overlaps(first, second):
    (s1, e1), (s2, e2) = _span(first), _span(second)
    return first.date == second.date and (s1 == s2 or (s1 < e2 and s2 < e1))


def _timed_by_delegate(meetings):
    """{delegate: [meetings with a start time, in order]}."""
    found = {}
    for meeting in meetings:
        if meeting.start_time is None:
            continue
        for link in meeting.delegate_links.all():
            found.setdefault(link.delegate, []).append(meeting)
    for timed in found.values():
        timed.sort(key=lambda m: (m.date, m.start_time, m.pk))
    return found


def clash_problems(meetings):
    people = {}
    for delegate, timed in _timed_by_delegate(meetings).items():
        for first, second in combinations(timed, 2):
            if overlaps(first, second):
                people.setdefault((first, second), []).append(str(delegate.person))
    return [
        Problem(
            CLASH,
            _(
                "%(people)s would be in two meetings at once: “%(first)s” (%(first_when)s) "
                "and “%(second)s” (%(second_when)s)."
            )
            % {
                "people": ", ".join(names),
                "first": first.title,
                "first_when": when(first),
                "second": second.title,
                "second_when": when(second),
            },
            (first, second),
        )
        for (first, second), names in people.items()
    ]


def _inside(meeting, visit):
    place = meeting.where
    if place is None or place.pk != visit.place_id and place.parent_id != visit.place_id:
        return None  # not this visit's place
    if meeting.start_time is None:
        return True
    start, end = meeting.start_time, meeting.end_time or meeting.start_time
    return (visit.start_time is None or start >= visit.start_time) and (
        visit.end_time is None or end <= visit.end_time
    )


def outside_problems(meetings, visits):
    by_day = {}
    for visit in visits:
        by_day.setdefault(visit.date, []).append(visit)
    problems = []
    for meeting in meetings:
        if meeting.where is None:
            continue
        fits = [_inside(meeting, visit) for visit in by_day.get(meeting.date, [])]
        if any(fits):
            continue
        values = {"meeting": meeting.title, "when": when(meeting), "place": meeting.where.name}
        if False in fits:
            visit = by_day[meeting.date][fits.index(False)]
            values["visit_when"] = _visit_hours(visit)
            message = _(
                "“%(meeting)s” (%(when)s) falls outside the day's visit to %(place)s "
                "(%(visit_when)s)."
            )
        else:
            message = _(
                "“%(meeting)s” (%(when)s) is in %(place)s, but the trip has no visit "
                "there that day."
            )
        problems.append(Problem(OUTSIDE, message % values, (meeting,)))
    return problems


def _visit_hours(visit):
    return "–".join(time_format(t) for t in (visit.start_time, visit.end_time) if t)


def travel_problems(meetings, minutes):
    pairs = {}
    for timed in _timed_by_delegate(meetings).values():
        for first, second in zip(timed, timed[1:], strict=False):
            a, b = first.where, second.where
            if first.date != second.date or a is None or b is None or a.pk == b.pk:
                continue
            needed = minutes.get((a.pk, b.pk))
            gap = _span(second)[0] - _span(first)[1]
            if needed is not None and gap < needed:
                pairs[first, second] = (gap, needed)
    return [
        Problem(
            TRAVEL,
            _(
                "Only %(gap)s minutes between “%(first)s” in %(first_place)s (%(first_when)s) "
                "and “%(second)s” in %(second_place)s (%(second_when)s); the travel takes "
                "%(minutes)s minutes."
            )
            % {
                "gap": max(gap, 0),
                "first": first.title,
                "first_place": first.where.name,
                "first_when": when(first),
                "second": second.title,
                "second_place": second.where.name,
                "second_when": when(second),
                "minutes": needed,
            },
            (first, second),
        )
        for (first, second), (gap, needed) in pairs.items()
    ]


def plan_problems(trip, meetings=None):
    """Every problem of the trip's plan: clashes and meetings outside visits first, then the
    travel warnings; each names the meetings it is about."""
    meetings = planned_meetings(trip) if meetings is None else meetings
    visits = list(trip.visits.select_related("place"))
    return [
        *clash_problems(meetings),
        *outside_problems(meetings, visits),
        *travel_problems(meetings, travel_minutes(travel_times(trip))),
    ]
