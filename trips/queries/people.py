"""The people met on a trip: the trips side of the contacts directory, the export and the
company pages. Contacts' models know nothing of trips, so these queries live here."""

from django.db.models import Exists, OuterRef

from contacts.models import Person
from trips.models import Delegate, MeetingPerson


def people_met_on(trip, people=None):
    """People the delegation met on a trip, as counterparts in its meetings.

    `people` narrows a queryset of people already filtered (default: everyone)."""
    people = Person.objects.all() if people is None else people
    return people.filter(
        Exists(MeetingPerson.objects.filter(person=OuterRef("pk"), meeting__trip=trip))
    )


def people_of_trip(trip, people=None):
    """The people met on a trip and the trip's own delegates: who the staff directory lists
    for "?trip=…". `people` narrows a queryset of people already filtered."""
    people = Person.objects.all() if people is None else people
    return people.filter(
        Exists(MeetingPerson.objects.filter(person=OuterRef("pk"), meeting__trip=trip))
        | Exists(Delegate.objects.filter(person=OuterRef("pk"), participation__trip=trip))
    )


def delegations_of(people):
    """{person pk: [Delegate, …]}: the trips the given people travelled on as delegates, each
    with its company, in one query (oldest trip first)."""
    found = {}
    delegates = (
        Delegate.objects.filter(person__in=[person.pk for person in people])
        .select_related("participation__company", "participation__trip")
        .order_by("participation__trip__start_date", "pk")
    )
    for delegate in delegates:
        found.setdefault(delegate.person_id, []).append(delegate)
    return found


def people_met_by(company, trip):
    """People met on a trip in the meetings the given participant company attended."""
    return Person.objects.filter(
        meeting_links__meeting__trip=trip,
        meeting_links__meeting__attendee_links__company=company,
    ).distinct()
