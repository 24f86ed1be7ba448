"""Everything we hold about one person (GDPR article 15): a plain dict of plain values, for the
staff page and the JSON download alike."""

from django.db.models import Q
from django.http import QueryDict

from ..models import ExportLog, MergeRecord, Person
from .retention import falls_due, last_activity

# Every field of the person (the organisation is listed with the organisations).
PERSONAL_FIELDS = [
    field.name
    for field in Person._meta.concrete_fields
    if not field.primary_key and field.name != "organisation"
]


def _text(value):
    if value is None or value == "":
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value if isinstance(value, bool | int | float) else str(value)


def _fields(person):
    return [
        {
            "name": name,
            "label": str(Person._meta.get_field(name).verbose_name),
            "value": _text(getattr(person, name)),
        }
        for name in PERSONAL_FIELDS
    ]


def _organisation(org):
    return {"id": org.pk, "name": org.name, "native_name": org.native_name,
            "country": str(org.country), "city": org.city}  # fmt: skip


def _organisations(person):
    """The current organisation and every one the history shows the person in."""
    from ..models import Organisation

    ids = set(person.history.exclude(organisation=None).values_list("organisation_id", flat=True))
    if person.organisation_id:
        ids.add(person.organisation_id)
    orgs = Organisation.objects.filter(pk__in=ids).order_by("name")
    return [{**_organisation(org), "current": org.pk == person.organisation_id} for org in orgs]


def _trip(trip):
    return {"id": trip.pk, "title": trip.title, "start": _text(trip.start_date),
            "end": _text(trip.end_date)}  # fmt: skip


def _trips_and_meetings(person):
    from trips.models import Delegate, MeetingPerson

    delegations = Delegate.objects.filter(person=person).select_related(
        "participation__trip", "participation__company"
    )
    links = MeetingPerson.objects.filter(person=person).select_related("meeting__trip")
    meetings = sorted({link.meeting for link in links}, key=lambda m: (m.date, m.pk))
    trips = {d.participation.trip for d in delegations} | {m.trip for m in meetings}
    return (
        [
            {
                **_trip(trip),
                "as_delegate_of": sorted(
                    d.participation.company.name
                    for d in delegations
                    if d.participation.trip == trip
                ),
            }  # fmt: skip
            for trip in sorted(trips, key=lambda t: (t.start_date, t.pk))
        ],
        [
            {"id": m.pk, "date": _text(m.date), "title": m.title, "trip": m.trip.title}
            for m in meetings
        ],
        meetings,
    )


def _leads_and_agreements(person, meetings):
    from trips.models import Agreement, Lead

    leads = Lead.objects.filter(counterpart_person=person).select_related(
        "trip", "company", "counterpart"
    )
    agreements = (
        Agreement.objects.filter(Q(meeting__in=meetings) | Q(leads__in=leads))
        .select_related("company", "counterpart")
        .distinct()
        .order_by("signed_date", "pk")
    )
    return (
        [
            {
                "id": lead.pk,
                "trip": lead.trip.title,
                "company": lead.company.name,
                "counterpart": lead.counterpart.name,
                "status": lead.get_status_display(),
                "next_step": lead.next_step,
                "notes": lead.notes,
                "updated": _text(lead.updated_at),
            }  # fmt: skip
            for lead in leads.order_by("pk")
        ],
        [
            {
                "id": a.pk,
                "title": a.title or a.get_kind_display(),
                "company": a.company.name,
                "counterpart": a.counterpart.name,
                "status": a.get_status_display(),
                "signed": _text(a.signed_date),
            }  # fmt: skip
            for a in agreements
        ],
    )


def _in_export(person, log):
    """Whether the logged export held the person: by the selection, or by its filters."""
    from ..filters import PersonFilter

    filters = log.filters or {}
    if "selected" in filters:
        return person.pk in filters["selected"]
    query = QueryDict(mutable=True)
    for key, value in filters.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    filterset = PersonFilter(query, queryset=Person.objects.filter(pk=person.pk))
    return filterset.is_valid() and filterset.qs.exists()


def _exports(person):
    logs = ExportLog.objects.filter(created_at__gte=person.created_at).select_related("user")
    return [
        {
            "id": log.pk,
            "at": _text(log.created_at),
            "format": log.get_format_display(),
            "by": log.user.get_username(),
            "people": log.row_count,
        }  # fmt: skip
        for log in logs.order_by("created_at", "pk")
        if _in_export(person, log)
    ]


def _merges(person):
    return [
        {
            "at": _text(m.merged_at),
            "merged_record": m.merged_person_id,
            "name": m.merged_name,
            "fields": m.merged_data,
            "filled": m.filled_fields,
            "moved": m.moved_links,
        }  # fmt: skip
        for m in MergeRecord.objects.filter(survivor=person).order_by("merged_at", "pk")
    ]


def _history(person):
    rows = person.history.select_related("history_user").order_by("history_date", "history_id")
    return [
        {
            "at": _text(row.history_date),
            "change": row.get_history_type_display(),
            "by": row.history_user.get_username() if row.history_user else "",
            "reason": row.history_change_reason or "",
            "values": {name: _text(getattr(row, name, "")) for name in PERSONAL_FIELDS},
        }  # fmt: skip
        for row in rows
    ]


def _cards_and_notes(person):
    """The business cards read into this person's record, and the notes from phones that name
    the person as met (trips.CardCapture, trips.MeetingNote)."""
    from trips.models import CardCapture, MeetingNotePerson

    cards = CardCapture.objects.filter(person=person).select_related("trip", "meeting")
    notes = MeetingNotePerson.objects.filter(person=person).select_related(
        "note__meeting__trip", "note__company"
    )
    return (
        [
            {
                "id": card.pk,
                "trip": card.trip.title,
                "meeting": card.meeting.title if card.meeting else "",
                "captured": _text(card.created_at),
                "text_read": [
                    line[0] if isinstance(line, list) else str(line) for line in card.lines
                ],
            }  # fmt: skip
            for card in cards.order_by("pk")
        ],
        [
            {
                "id": link.note.pk,
                "meeting": link.note.meeting.title,
                "trip": link.note.meeting.trip.title,
                "company": link.note.company.name if link.note.company else "",
                "written": _text(link.note.created_at),
                "notes": link.note.text,
            }  # fmt: skip
            for link in notes.order_by("note__pk")
        ],
    )


def person_record(person):
    """Everything we hold about `person`, as JSON-ready values."""
    trips, meetings_data, meetings = _trips_and_meetings(person)
    leads, agreements = _leads_and_agreements(person, meetings)
    cards, notes = _cards_and_notes(person)
    due = falls_due(person)
    return {
        "id": person.pk,
        "name": person.display_name,
        "fields": _fields(person),
        "last_activity": _text(last_activity(person)),
        "falls_due": _text(due),
        "organisations": _organisations(person),
        "trips": trips,
        "meetings": meetings_data,
        "leads": leads,
        "agreements": agreements,
        "business_cards": cards,
        "meeting_notes": notes,
        "exports": _exports(person),
        "merges": _merges(person),
        "history": _history(person),
    }
