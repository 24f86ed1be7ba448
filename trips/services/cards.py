"""Saving a reviewed business card: the organisation found or created, the person created or
an existing one completed, linked to the meeting where the card was handed over."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Organisation, Person
from trips.models import CardCapture, MeetingCounterpart, MeetingPerson

GOVERNMENT_MARKS = ("政府", "委员会", "管委会", "局", "government", "bureau", "committee")


def organisation_for_card(*, name, native_name, website=""):
    """The organisation the card names: an existing one with the same native or Latin name,
    else a new local organisation in China. None when the card names none."""
    name, native_name = name.strip(), native_name.strip()
    if not (name or native_name):
        return None
    match = Q(pk__in=[])
    if native_name:
        match |= Q(native_name=native_name)
    if name:
        match |= Q(name__iexact=name)
    found = Organisation.objects.filter(match).order_by("pk").first()
    if found:
        return found
    display = name or native_name
    marked = any(mark in f"{display} {native_name}".lower() for mark in GOVERNMENT_MARKS)
    organisation = Organisation(
        name=display,
        native_name=native_name if name else "",
        country="CN",
        kind=Organisation.Kind.GOVERNMENT if marked else Organisation.Kind.LOCAL_COMPANY,
        website=website,
        slug=Organisation.objects.free_slug(display),
    )
    organisation.full_clean()
    organisation.save()
    return organisation


def _notes(data):
    lines = [
        (_("Title"), data.get("title_native", "")),
        (_("Office phone"), str(data.get("office") or "")),
        (_("Address"), data.get("address", "")),
    ]
    found = "\n".join(f"{label}: {value}" for label, value in lines if value)
    return _("From a business card:") + "\n" + found if found else ""


def _person_values(data, organisation):
    return {
        "native_name": data["native_name"],
        "family_name": data["family_name"],
        "given_name": data["given_name"],
        "title": data["title"],
        "email": data["email"],
        "phone": data["mobile"] or data.get("office") or "",
        "messaging_id": data["wechat"],
        "organisation": organisation,
    }


@transaction.atomic
def card_save(*, capture: CardCapture, data: dict, existing: Person | None = None) -> Person:
    """Save the reviewed fields of `capture` (`data`: the review form's cleaned data). With
    `existing`, that person's empty fields are completed instead of creating a second record;
    values that differ go into the notes. The person is linked to the capture's meeting."""
    organisation = organisation_for_card(
        name=data["organisation"],
        native_name=data["organisation_native"],
        website=data.get("website", ""),
    )
    values = _person_values(data, organisation)
    notes = _notes(data)
    person = existing or Person(
        lawful_basis_source=_("Business card, %(trip)s") % {"trip": capture.trip.title},
        lawful_basis_date=timezone.localdate(),
    )
    differing = []
    for field, value in values.items():
        mine = getattr(person, field)
        if value in ("", None):
            continue
        if mine in ("", None) or existing is None:
            setattr(person, field, value)
        elif str(mine).casefold() != str(value).casefold():
            differing.append(f"{Person._meta.get_field(field).verbose_name}: {value}")
    notes = "\n".join(filter(None, [notes, *differing]))
    person.notes = "\n\n".join(filter(None, [person.notes, notes]))
    person.full_clean()
    person.save()
    meeting = data.get("meeting") or capture.meeting
    if meeting:
        MeetingPerson.objects.get_or_create(meeting=meeting, person=person)
        if organisation:
            MeetingCounterpart.objects.get_or_create(meeting=meeting, organisation=organisation)
    capture.person, capture.meeting = person, meeting
    capture.status = CardCapture.Status.SAVED
    capture.save(update_fields=["person", "meeting", "status"])
    return person


def card_duplicates(data, *, company=None, limit=5):
    """People who may already be the card's: the same e-mail, phone, WeChat ID or Chinese
    name, or the same Latin name in either order. For a company's delegate, only among the
    people that company may see already (met at its meetings): the review page must not let
    a company search the whole directory."""
    match = Q(pk__in=[])
    for field, key in (("email__iexact", "email"), ("messaging_id", "wechat"),
                       ("native_name", "native_name"), ("phone", "mobile")):  # fmt: skip
        if data.get(key):
            match |= Q(**{field: data[key]})
    family, given = data.get("family_name", ""), data.get("given_name", "")
    if family and given:
        match |= Q(family_name__iexact=family, given_name__iexact=given)
        match |= Q(family_name__iexact=given, given_name__iexact=family)
    people = Person.objects.filter(match, anonymised_at__isnull=True)
    if company is not None:
        seen = MeetingPerson.objects.filter(meeting__attendee_links__company=company)
        people = people.filter(pk__in=seen.values("person_id"))
    return list(people.select_related("organisation").order_by("pk")[:limit])
