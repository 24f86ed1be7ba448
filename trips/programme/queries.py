"""The reads behind a programme: one company's (what it attends) or the whole trip's (the trip
leader's), fetched in a fixed number of queries whatever the number of meetings."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch

from contacts.models import Person
from trips.models import Match, Meeting, MeetingDelegate, Need, Participation, PracticalNotes
from trips.queries import itinerary
from trips.queries.itinerary import Day


@dataclass
class HostNeed:
    """A need of a host met in a meeting, with the matches of the companies attending it."""

    need: Need
    matches: list = field(default_factory=list)


def _meetings(trip, company):
    meetings = Meeting.objects.filter(trip=trip)
    delegates = MeetingDelegate.objects.select_related(
        "delegate__person", "delegate__participation__company"
    ).order_by("delegate__person__family_name", "delegate__person__given_name", "pk")
    if company is not None:
        meetings = meetings.filter(attendee_links__company=company)
        delegates = delegates.filter(delegate__participation__company=company)
    return list(
        meetings.select_related("place__parent", "visit__place__parent")
        .prefetch_related(
            "counterpart_organisations",
            "attendees",
            Prefetch(
                "counterpart_persons",
                queryset=Person.objects.order_by("family_name", "given_name", "pk"),
            ),
            Prefetch("delegate_links", queryset=delegates, to_attr="programme_delegates"),
        )
        .order_by("date", "start_time", "pk")
    )


def _attach_needs(trip, meetings, company):
    """Give each meeting `host_needs`: the needs its hosts expressed on the trip, each with the
    reasons the attending companies (only `company`, when given) were matched to it. Only the
    matches staff accepted: a proposal is the matcher's guess until then (as on the company's
    trip page)."""
    hosts = {org.pk for m in meetings for org in m.counterpart_organisations.all()}
    matches = Match.objects.filter(status=Match.Status.ACCEPTED).select_related("company")
    if company is not None:
        matches = matches.filter(company=company)
    needs = (
        Need.objects.filter(trip=trip, host__in=hosts)
        .prefetch_related(
            Prefetch("matches", queryset=matches.order_by("-score", "pk"), to_attr="fitting")
        )
        .order_by("title", "pk")
    )
    by_host = {}
    for need in needs:
        by_host.setdefault(need.host_id, []).append(need)
    for meeting in meetings:
        attending = {org.pk for org in meeting.attendees.all()}
        meeting.host_needs = [
            HostNeed(need, [m for m in need.fitting if m.company_id in attending])
            for org in meeting.counterpart_organisations.all()
            for need in by_host.get(org.pk, [])
        ]


def every_day(trip, visits, meetings):
    """One Day per day of the trip, in order, empty days included: the briefing book gives
    each day its page."""
    days = {
        trip.start_date + dt.timedelta(days=n): Day(n + 1, trip.start_date + dt.timedelta(days=n))
        for n in range(trip.duration_days)
    }
    for day in itinerary.days(trip, visits, meetings):
        days[day.date] = day
    return [days[d] for d in sorted(days)]


def programme(trip, company=None):
    """Everything a programme shows: of `company`, or of the whole trip when None."""
    visits = list(itinerary.visits_in_order(trip))
    meetings = _meetings(trip, company)
    _attach_needs(trip, meetings, company)
    for meeting in meetings:  # the companies a meeting is shared with (all, for the leader)
        meeting.co_attendees = [
            org for org in meeting.attendees.all() if company is None or org.pk != company.pk
        ]
    participations = list(
        Participation.objects.filter(trip=trip)
        .select_related("company")
        .prefetch_related(
            Prefetch(
                "delegates",
                queryset=Person.objects.order_by("family_name", "given_name", "pk"),
            ),
            "company__sectors",
        )
        .order_by("company__name", "pk")
    )
    own = next((p for p in participations if company and p.company_id == company.pk), None)
    return {
        "days": every_day(trip, visits, meetings),
        "visits": visits,
        "meetings": meetings,
        "participation": own,
        "participations": participations,
        "others": [p for p in participations if p is not own],
        "notes": PracticalNotes.objects.filter(trip=trip).first(),
    }
