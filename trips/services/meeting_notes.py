"""Notes taken at a meeting (on a phone, perhaps offline): the notes, people met, a lead."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from contacts.models import Person
from trips.models import Lead, MeetingNote, MeetingNotePerson, MeetingPerson


def _is_native(name):
    """Names written in Chinese (or another script beyond Latin) go in the native name."""
    return any(ord(char) >= 0x2E80 for char in name)


def person_from_name(*, name, title="", organisation=None):
    """A new counterpart person from a name typed on a phone: "Li Wang" or "王丽"."""
    name = " ".join(name.split())
    person = Person(title=title.strip(), organisation=organisation)
    if _is_native(name):
        person.native_name = name
    else:
        given, _sep, family = name.rpartition(" ")
        person.given_name, person.family_name = given, family
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def meeting_note_create(*, meeting, author, company, text, people=(), new_person=None, lead=None):
    """Save notes one person took at `meeting` on behalf of `company` (None: staff).

    `people` are counterparts of the meeting who were met; `new_person` (name, title,
    organisation) is someone met who was not yet recorded: they become a counterpart person of
    the meeting. `lead` (company, counterpart, next_step) records a lead from the meeting.
    Returns the note and the lead (or None)."""
    note = MeetingNote(meeting=meeting, author=author, company=company, text=text.strip())
    note.full_clean()
    note.save()
    met = list(people)
    if new_person:
        person = person_from_name(**new_person)
        MeetingPerson.objects.create(meeting=meeting, person=person)
        met.append(person)
    MeetingNotePerson.objects.bulk_create(
        [MeetingNotePerson(note=note, person=person) for person in met]
    )
    made = None
    if lead:
        made = Lead(trip=meeting.trip, meeting=meeting, **lead)
        made.next_step = made.next_step.strip()
        try:
            made.full_clean()
        except ValidationError as error:
            raise ValidationError({"lead_counterpart": error.messages}) from error
        made.save()
    note.met = met
    return note, made


def note_answer(note, lead):
    """The JSON answer for saved notes, also given again to a retry with the same key."""
    return {
        "saved": True,
        "note": note.pk,
        "lead": lead.pk if lead else None,
        "people": [str(person) for person in note.met],
        "message": _("Notes on “%(meeting)s” saved.") % {"meeting": note.meeting.title},
    }
