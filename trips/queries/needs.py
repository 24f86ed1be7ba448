"""Hosts' needs and the companies matched to them, as the staff results pages list them, and
the ranking of participant companies against a need (nothing is saved here)."""

from django.db.models import Case, Count, IntegerField, Prefetch, Q, Value, When

from contacts.models import Organisation
from trips import matching
from trips.models import Match, Trip

SCOPE_TRIP = "trip"
SCOPE_PROGRAMME = "programme"


def trips_with_match_counts():
    """Every trip, newest first, with how many needs it has and how many of their matches are
    accepted or still proposed."""
    return (
        Trip.objects.select_related("programme")
        .annotate(
            need_count=Count("needs", distinct=True),
            accepted_count=Count(
                "needs__matches",
                filter=Q(needs__matches__status=Match.Status.ACCEPTED),
                distinct=True,
            ),
            proposed_count=Count(
                "needs__matches",
                filter=Q(needs__matches__status=Match.Status.PROPOSED),
                distinct=True,
            ),
        )
        .order_by("-start_date", "pk")
    )


def hosts_of(trip):
    """The organisations that expressed needs on a trip, each with its number of needs."""
    return (
        Organisation.objects.filter(needs__trip=trip)
        .annotate(need_count=Count("needs", filter=Q(needs__trip=trip), distinct=True))
        .order_by("name")
    )


def needs_with_matches(trip):
    """A trip's needs, each with its matches: proposed first (they wait for a decision), then
    accepted, then rejected."""
    order = Case(
        When(status=Match.Status.PROPOSED, then=Value(0)),
        When(status=Match.Status.ACCEPTED, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    matches = Prefetch(
        "matches",
        queryset=Match.objects.select_related("company")
        .prefetch_related("company__sectors")
        .order_by(order, "-score", "company__name"),
    )
    return (
        trip.needs.select_related("host", "place__parent")
        .prefetch_related("sectors", matches)
        .order_by("title", "pk")
    )


def candidate_companies(need, *, scope=SCOPE_TRIP):
    """Participant companies to weigh against a need: of its trip, or of its whole programme."""
    companies = Organisation.objects.participants()
    if scope == SCOPE_PROGRAMME:
        companies = companies.filter(participations__trip__programme_id=need.trip.programme_id)
    else:
        companies = companies.filter(participations__trip_id=need.trip_id)
    return companies.distinct().prefetch_related("sectors")


def rank_companies(need, companies):
    """Rank companies (their sectors prefetched, ideally) against a need."""
    candidates = [
        matching.Candidate(
            id=c.pk,
            name=c.name,
            sector_names=frozenset(s.name for s in c.sectors.all()),
            competences=c.competences,
            obj=c,
        )
        for c in companies
    ]
    return matching.rank(
        need_title=need.title,
        need_text=need.description,
        need_sectors=[s.name for s in need.sectors.all()],
        candidates=candidates,
    )


def rank_need(need, *, scope=SCOPE_TRIP):
    """The ranked proposals for a need (nothing is saved)."""
    return rank_companies(need, candidate_companies(need, scope=scope))
