"""Reads for planning a trip's meetings: its hosts, how the matching ranks each company for each
need, the wishes, the meetings planned so far, and the grid staff plan from.

Every function runs a fixed number of queries, however many companies, hosts or meetings."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from contacts.models import Organisation
from trips.models import Delegate, MeetingDelegate, Participation, Wish
from trips.queries.needs import rank_companies


@dataclass
class Ranking:
    rank: int
    of: int
    reason: str
    need: object = None


def trip_hosts(trip):
    """The host organisations of a trip: those that expressed a need on it, and those already
    met (or to be met) in one of its meetings."""
    return (
        Organisation.objects.filter(
            Q(needs__trip=trip) | Q(meeting_counterpart_links__meeting__trip=trip)
        )
        .distinct()
        .order_by("name", "pk")
    )


def trip_needs(trip):
    return (
        trip.needs.select_related("host", "place")
        .prefetch_related("sectors")
        .order_by("title", "pk")
    )


def trip_companies(trip):
    return (
        Organisation.objects.filter(participations__trip=trip)
        .prefetch_related("sectors")
        .order_by("name", "pk")
    )


def rankings(needs, companies):
    """{(need id, company id): Ranking}: where the matching puts each company for each need."""
    found = {}
    for need in needs:
        proposals = rank_companies(need, companies)
        for position, proposal in enumerate(proposals, start=1):
            found[need.pk, proposal.candidate.id] = Ranking(
                position, len(proposals), proposal.reason, need
            )
    return found


def planned_meetings(trip):
    """The trip's meetings with their place, hosts, companies and delegates."""
    delegates = MeetingDelegate.objects.select_related(
        "delegate__person", "delegate__participation__company"
    ).order_by("delegate__person__family_name", "pk")
    return list(
        trip.meetings.select_related("place__parent", "visit__place")
        .prefetch_related(
            "counterpart_links", "attendee_links", Prefetch("delegate_links", delegates)
        )
        .order_by("date", "start_time", "pk")
    )


def company_wish_page(trip, participation):
    """What the company's wish page lists: each host with its needs (and this company's rank
    for each), needs named only by a place, and the company's current wishes."""
    company_id = participation.company_id
    needs = list(trip_needs(trip))
    ranks = rankings(needs, list(trip_companies(trip)))
    hosts = list(trip_hosts(trip))
    by_host = {host.pk: [] for host in hosts}
    placed = []
    for need in needs:
        need.ranking = ranks.get((need.pk, company_id))
        by_host.get(need.host_id, placed).append(need)
    for host in hosts:
        host.trip_needs = by_host[host.pk]
    wishes = list(participation.wishes.all())
    return {
        "hosts": hosts,
        "needs_by_place": placed,
        "wished_needs": {w.need_id for w in wishes if w.need_id},
        "wished_hosts": {w.host_id for w in wishes if w.host_id and not w.need_id},
        "own_words": next((w.text for w in wishes if not (w.need_id or w.host_id)), ""),
    }


@dataclass
class Cell:
    host: object
    wishes: list = field(default_factory=list)
    ranking: Ranking | None = None
    meetings: list = field(default_factory=list)


@dataclass
class GridRow:
    participation: object
    cells: list
    other_wishes: list


def planning_grid(trip, meetings):
    """Companies × hosts: in each cell the company's wishes for the host, its best rank among
    the host's needs, and the meetings planned between them."""
    hosts = list(trip_hosts(trip))
    needs = list(trip_needs(trip))
    participations = list(
        Participation.objects.filter(trip=trip)
        .select_related("company")
        .prefetch_related(
            Prefetch("company__sectors"),
            Prefetch("wishes", Wish.objects.select_related("need", "host")),
        )
        .order_by("company__name", "pk")
    )
    ranks = rankings(needs, [p.company for p in participations])
    rows = []
    for participation in participations:
        company_id = participation.company_id
        cells = {host.pk: Cell(host) for host in hosts}
        other = []
        for wish in participation.wishes.all():
            host_id = wish.need.host_id if wish.need_id else wish.host_id
            (cells[host_id].wishes if host_id in cells else other).append(wish)
        for need in needs:
            ranking = ranks.get((need.pk, company_id))
            cell = cells.get(need.host_id)
            if ranking and cell and (cell.ranking is None or ranking.rank < cell.ranking.rank):
                cell.ranking = ranking
        for meeting in meetings:
            if any(a.company_id == company_id for a in meeting.attendee_links.all()):
                for link in meeting.counterpart_links.all():
                    if link.organisation_id in cells:
                        cells[link.organisation_id].meetings.append(meeting)
        rows.append(GridRow(participation, [cells[h.pk] for h in hosts], other))
    return hosts, rows


def trip_delegates(trip):
    return (
        Delegate.objects.filter(participation__trip=trip)
        .select_related("person", "participation__company")
        .order_by("participation__company__name", "person__family_name", "pk")
    )


def travel_times(trip):
    return trip.travel_times.select_related("from_place", "to_place")


def travel_minutes(times):
    """{(place id, place id): minutes}, both ways."""
    found = {}
    for time in times:
        found[time.from_place_id, time.to_place_id] = time.minutes
        found[time.to_place_id, time.from_place_id] = time.minutes
    return found
