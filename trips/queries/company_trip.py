"""What a participant company sees of its own trip: only what it attended or owns.

A company sees the whole itinerary (it travelled it), but only the meetings it attended, the
counterparts met there (with contact details, unless the person asked not to be contacted), and
its own agreements, leads, matches and feedback. Internal notes are never shown.
"""

from django.db.models import Prefetch

from contacts.models import Person
from trips.models import Agreement, Lead, Match, Meeting, Participation
from trips.queries import itinerary
from trips.queries.people import people_met_by


def meetings_attended(trip, company):
    return Meeting.objects.filter(trip=trip, attendee_links__company=company)


def contacts_met(trip, company):
    """The counterpart people the company met on the trip, each with the meetings where.

    People marked "do not contact" are left out: downloads are for getting in touch."""
    return (
        people_met_by(company, trip)
        .contactable()
        .select_related("organisation")
        .prefetch_related(
            Prefetch(
                "meetings",
                queryset=meetings_attended(trip, company).order_by("date", "start_time", "pk"),
                to_attr="meetings_with_company",
            )
        )
        .order_by("organisation__name", "family_name", "given_name", "pk")
    )


def calendar_entries(trip, company):
    """(visits, meetings) for the company's itinerary calendar: the whole itinerary, and the
    meetings it attended with the organisations met there."""
    meetings = (
        meetings_attended(trip, company)
        .select_related("place__parent", "visit__place__parent")
        .prefetch_related("counterpart_organisations")
        .order_by("date", "start_time", "pk")
    )
    return itinerary.visits_in_order(trip), meetings


def people_in(meetings):
    """Each counterpart person of the given meetings once, by organisation and name (from the
    prefetched people: no query)."""
    people = {person.pk: person for m in meetings for person in m.counterpart_persons.all()}
    return sorted(
        people.values(),
        key=lambda p: (
            p.organisation.name if p.organisation else "",
            p.family_name,
            p.given_name,
            p.pk,
        ),
    )


def company_itinerary(trip, company):
    """The itinerary on the company's trip page: every day, the meetings the company attended
    (with the organisations and people met) and the people met, in a fixed number of queries."""
    visits = list(itinerary.visits_in_order(trip))
    meetings = list(
        meetings_attended(trip, company)
        .select_related("place__parent", "visit__place__parent")
        .prefetch_related(
            "counterpart_organisations",
            Prefetch(
                "counterpart_persons",
                queryset=Person.objects.select_related("organisation").order_by(
                    "family_name", "given_name", "pk"
                ),
            ),
        )
        .order_by("date", "start_time", "pk")
    )
    return {
        "days": itinerary.days(trip, visits, meetings),
        "meetings": meetings,
        "people": people_in(meetings),
    }


def company_trip_page(trip, company):
    """The rest of the company's trip page: its agreements, leads, matches and participation."""
    agreements = list(
        Agreement.objects.filter(trip=trip, company=company)
        .select_related("counterpart", "meeting")
        .order_by("signed_date", "pk")
    )
    leads = list(
        Lead.objects.filter(trip=trip, company=company)
        .select_related("counterpart", "counterpart_person", "meeting")
        .order_by("due_date", "pk")
    )
    matches = list(
        Match.objects.filter(need__trip=trip, company=company, status=Match.Status.ACCEPTED)
        .select_related("need__host", "need__place__parent")
        .prefetch_related("need__sectors")
        .order_by("need__title", "pk")
    )
    participation = Participation.objects.get(trip=trip, company=company)
    return {
        "agreements": agreements,
        "leads": leads,
        "matches": matches,
        "participation": participation,
    }
