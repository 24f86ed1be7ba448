"""What a published trip report shows: only what may be public.

Never here: internal notes, anyone's contact details, leads, counterpart persons, or the name of
an organisation that is not cleared for public naming (`Organisation.is_public`); such an
organisation is described by its kind instead ("a local company").
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation
from trips.models import Agreement, Meeting, Need, Participation, Recognition, Trip
from trips.queries import itinerary

UNNAMED = {
    Organisation.Kind.PARTICIPANT: _("a participant company"),
    Organisation.Kind.ORGANISER: _("an organiser"),
    Organisation.Kind.GOVERNMENT: _("a local government body"),
    Organisation.Kind.ZONE_AUTHORITY: _("a zone authority"),
    Organisation.Kind.LOCAL_COMPANY: _("a local company"),
    Organisation.Kind.OTHER: _("a local organisation"),
}


@dataclass(frozen=True)
class PublicName:
    """An organisation as a public page may name it."""

    name: str
    native_name: str = ""
    named: bool = True

    @classmethod
    def of(cls, organisation):
        if organisation is None:
            return None
        if organisation.is_public:
            return cls(organisation.name, organisation.native_name)
        return cls(str(UNNAMED.get(organisation.kind, UNNAMED["other"])), named=False)


def unique_names(organisations):
    names = []
    for organisation in organisations:
        name = PublicName.of(organisation)
        if name not in names:
            names.append(name)
    return names


def published_trips():
    """The published trips, newest first, with the key figures their cards show."""
    return (
        Trip.objects.published()
        .with_key_figures()
        .select_related("programme")
        .order_by("-start_date", "-pk")
    )


def public_report(trip):
    """Everything the public report of `trip` shows, fetched in a fixed number of queries."""
    visits = list(itinerary.visits_in_order(trip))
    meetings = list(
        Meeting.objects.filter(trip=trip)
        .exclude(public_summary="")
        .select_related("place__parent", "visit__place__parent")
        .prefetch_related("counterpart_organisations")
        .order_by("date", "start_time", "pk")
    )
    for meeting in meetings:
        meeting.public_counterparts = unique_names(meeting.counterpart_organisations.all())
    participants = list(
        Participation.objects.filter(trip=trip, company__is_public=True)
        .select_related("company")
        .prefetch_related("company__sectors")
        .order_by("company__name")
    )
    agreements = list(
        Agreement.objects.filter(trip=trip, is_public=True)
        .exclude(status=Agreement.Status.CANCELLED)
        .select_related("company", "counterpart")
        .order_by("signed_date", "pk")
    )
    for agreement in agreements:
        agreement.public_company = PublicName.of(agreement.company)
        agreement.public_counterpart = PublicName.of(agreement.counterpart)
    recognitions = list(
        Recognition.objects.filter(trip=trip)
        .select_related("recipient")
        .prefetch_related(Prefetch("awarded_by", queryset=Organisation.objects.order_by("name")))
        .order_by("date", "pk")
    )
    for recognition in recognitions:
        recognition.public_recipient = PublicName.of(recognition.recipient)
        recognition.public_awarders = unique_names(recognition.awarded_by.all())
    needs = list(
        Need.objects.filter(trip=trip)
        .select_related("host", "place__parent")
        .prefetch_related("sectors")
        .order_by("title")
    )
    for need in needs:
        need.public_host = PublicName.of(need.host)
    organisers = list(trip.organisers.public().order_by("name"))
    return {
        "days": itinerary.days(trip, visits, meetings),
        "map_points": itinerary.map_points(visits, meetings),
        "participants": participants,
        "unnamed_participants": max(trip.n_companies - len(participants), 0),
        "organisers": organisers,
        "agreements": agreements,
        "recognitions": recognitions,
        "needs": needs,
    }
