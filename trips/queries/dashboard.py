"""The programme results dashboard: indicators over a set of trips, and its bar charts."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from trips.models import (
    SIGNED_STATUSES,
    Agreement,
    Delegate,
    Lead,
    Match,
    Meeting,
    MeetingCounterpart,
    MeetingPerson,
    Need,
    Participation,
)
from trips.queries.followups import CLOSED_STATUSES, OPEN_STATUSES

INDICATORS = [
    ("companies", _("Participant companies")),
    ("delegates", _("Delegates")),
    ("meetings", _("Meetings held")),
    ("counterpart_organisations", _("Counterpart organisations met")),
    ("counterpart_persons", _("Counterpart persons met")),
    ("agreements", _("Agreements signed")),
    ("leads_open", _("Leads open")),
    ("leads_closed", _("Leads closed")),
    ("needs", _("Needs expressed")),
    ("needs_matched", _("Needs matched")),
]


@dataclass
class Indicators:
    """Figures for a set of trips: `total` counts each company, person, … once; `per_trip`
    maps a trip id to that trip's figures."""

    total: dict
    per_trip: dict
    companies_by_country: list  # [(country code, count)], largest first


def _count(queryset, name, key, counted, result, per_trip, **extra):
    """One grouped query for the figure per trip, one for the distinct total."""
    aggregate = Count(counted, distinct=True, **extra)
    for row in queryset.values(key).annotate(n=aggregate).order_by():
        if row[key] in per_trip:
            per_trip[row[key]][name] = row["n"]
    result[name] = queryset.aggregate(n=aggregate)["n"]


def indicators(trips):
    """The programme results for the given trips (a queryset of Trip). About 13 queries,
    however many trips there are."""
    trip_ids = list(trips.values_list("pk", flat=True))
    names = [name for name, _label in INDICATORS]
    per_trip = {pk: dict.fromkeys(names, 0) for pk in trip_ids}
    total = dict.fromkeys(names, 0)

    participations = Participation.objects.filter(trip_id__in=trip_ids)
    _count(participations, "companies", "trip", "company", total, per_trip)
    delegates = Delegate.objects.filter(participation__trip_id__in=trip_ids)
    _count(delegates, "delegates", "participation__trip", "person", total, per_trip)
    meetings = Meeting.objects.filter(trip_id__in=trip_ids)
    _count(meetings, "meetings", "trip", "pk", total, per_trip)
    counterparts = MeetingCounterpart.objects.filter(meeting__trip_id__in=trip_ids)
    _count(
        counterparts, "counterpart_organisations", "meeting__trip", "organisation", total, per_trip
    )
    persons = MeetingPerson.objects.filter(meeting__trip_id__in=trip_ids)
    _count(persons, "counterpart_persons", "meeting__trip", "person", total, per_trip)
    # An agreement counts for the trip it was signed on, or (signed later) for the trip of the
    # lead that reached it.
    agreements = (
        Agreement.objects.filter(status__in=SIGNED_STATUSES)
        .annotate(for_trip=Coalesce("trip_id", "leads__trip_id"))
        .filter(for_trip__in=trip_ids)
    )
    _count(agreements, "agreements", "for_trip", "pk", total, per_trip)
    leads = Lead.objects.filter(trip_id__in=trip_ids)
    _count(leads, "leads_open", "trip", "pk", total, per_trip, filter=Q(status__in=OPEN_STATUSES))
    _count(
        leads, "leads_closed", "trip", "pk", total, per_trip, filter=Q(status__in=CLOSED_STATUSES)
    )
    needs = Need.objects.filter(trip_id__in=trip_ids)
    _count(needs, "needs", "trip", "pk", total, per_trip)
    _count(
        needs,
        "needs_matched",
        "trip",
        "pk",
        total,
        per_trip,
        filter=Q(matches__status=Match.Status.ACCEPTED),
    )
    by_country = (
        participations.values("company__country")
        .annotate(n=Count("company", distinct=True))
        .order_by("-n", "company__country")
    )
    return Indicators(
        total=total,
        per_trip=per_trip,
        companies_by_country=[(row["company__country"], row["n"]) for row in by_country],
    )


def bars(items, width=130):
    """A horizontal SVG bar chart: rows of (label, value, bar length 0–width, y offset, where
    the value's text goes) and the chart's height in SVG units."""
    items = list(items)
    top = max((value for _label, value in items), default=0) or 1
    rows = []
    for i, (label, value) in enumerate(items):
        length = round(width * value / top, 1)
        rows.append(
            {"label": label, "value": value, "length": length, "y": i * 24, "value_x": 155 + length}
        )
    return {"rows": rows, "height": max(len(rows) * 24, 24)}
