"""Reads for what trips led to: follow-up lists, host reports and the programme indicators."""

from dataclasses import dataclass, field

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
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

OPEN_STATUSES = (Lead.Status.OPEN, Lead.Status.IN_DISCUSSION)
CLOSED_STATUSES = (Lead.Status.AGREEMENT, Lead.Status.CLOSED)


# --- Follow-ups ----------------------------------------------------------------------------
def open_followups(today=None):
    """Open leads across trips: overdue first (oldest due first), then by due date, then the
    ones without a due date."""
    today = today or timezone.localdate()
    return (
        Lead.objects.filter(status__in=OPEN_STATUSES)
        .annotate(
            urgency=Case(
                When(due_date__lt=today, then=Value(0)),
                When(due_date__isnull=True, then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("trip", "company", "counterpart", "counterpart_person", "owner")
        .order_by("urgency", "due_date", "pk")
    )


# --- Host report ---------------------------------------------------------------------------
@dataclass
class ReportedCompany:
    match: Match
    contact: object  # a Person, or None

    @property
    def company(self):
        return self.match.company


@dataclass
class ReportedNeed:
    need: Need
    companies: list[ReportedCompany] = field(default_factory=list)


def host_needs(trip, host):
    return Need.objects.filter(trip=trip, host=host)


def host_report(trip, host):
    """The needs one host expressed on one trip, each with its accepted matches and, for each
    matched company, a contact person: a delegate of that company (on this trip if possible)
    who has not asked not to be contacted. Proposed and rejected matches are not reported."""
    accepted = Match.objects.filter(status=Match.Status.ACCEPTED).select_related("company")
    needs = list(
        host_needs(trip, host)
        .prefetch_related(
            "sectors",
            Prefetch("matches", queryset=accepted.prefetch_related("company__sectors")),
        )
        .order_by("title", "pk")
    )
    company_ids = {m.company_id for need in needs for m in need.matches.all()}
    contacts = {}
    delegates = (
        Delegate.objects.filter(
            participation__company_id__in=company_ids,
            person__organisation_id=F("participation__company_id"),
            person__do_not_contact=False,
        )
        .select_related("person", "participation")
        .order_by("person__family_name", "person__given_name", "pk")
    )
    for d in delegates:
        company_id = d.participation.company_id
        on_this_trip = d.participation.trip_id == trip.pk
        if company_id not in contacts or (on_this_trip and not contacts[company_id][0]):
            contacts[company_id] = (on_this_trip, d.person)
    report = []
    for need in needs:
        matches = sorted(need.matches.all(), key=lambda m: (-(m.score or 0), m.company.name))
        report.append(
            ReportedNeed(
                need,
                [ReportedCompany(m, contacts.get(m.company_id, (False, None))[1]) for m in matches],
            )
        )
    return report


HOST_REPORT_CSV_HEADER = [
    _("Need"),
    _("Need description"),
    _("Need sectors"),
    _("Company"),
    _("Country"),
    _("Website"),
    _("Company sectors"),
    _("Competences"),
    _("Why it fits"),
    _("Contact person"),
    _("Title"),
    _("E-mail"),
    _("Phone"),
]


def host_report_rows(report):
    for item in report:
        need = item.need
        need_cells = [
            need.title,
            need.description,
            ", ".join(s.name for s in need.sectors.all()),
        ]
        if not item.companies:
            yield need_cells + [""] * 10
        for rc in item.companies:
            c, p = rc.company, rc.contact
            yield need_cells + [
                c.name,
                c.country.name,
                c.website,
                ", ".join(s.name for s in c.sectors.all()),
                c.competences,
                rc.match.reason,
                p.display_name if p else "",
                p.title if p else "",
                p.email if p else "",
                str(p.phone) if p and p.phone else "",
            ]


# --- Programme results ---------------------------------------------------------------------
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
