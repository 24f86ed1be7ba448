"""Who each row is: an earlier row of the same file (the two are combined), a person already
known (updated), or someone new (created). The same e-mail, or the same name at the same
organisation, makes the same person."""

from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from ..models import Organisation, Person
from ..names import name_keys, person_name_keys
from .plan import PlannedPerson


class People:
    """The people of one plan, matched against each other and against those already known."""

    def __init__(self, plan):
        self.plan = plan
        self.by_email = {}  # lower e-mail → PlannedPerson
        self.by_name = {}  # (organisation identity, name key) → PlannedPerson
        self.known_by_email = {}  # lower e-mail → Person
        self.known_by_name = {}  # (organisation id, name key) → Person

    def load(self, parsed, organisation_ids):
        """The people already known whom the rows may name: by e-mail, and by name at the
        organisations the file names (or at none, when a row names none)."""
        emails = {v["email"].lower() for _line, v in parsed if v.get("email")}
        if emails:
            people = Person.objects.annotate(lemail=Lower("email")).filter(lemail__in=emails)
            for person in people.order_by("pk"):
                self.known_by_email.setdefault(person.email.lower(), person)
        candidates = Person.objects.filter(organisation__in=organisation_ids)
        if any(not v.get("organisation") for _line, v in parsed):
            candidates = candidates | Person.objects.filter(organisation__isnull=True)
        for person in candidates.order_by("pk"):
            for key in person_name_keys(person):
                self.known_by_name.setdefault((person.organisation_id, key), person)

    def add(self, line, values, organisation):
        """Plan the row's person, or combine it with an earlier row of the same person."""
        identity = _identity(organisation)
        keys = name_keys(values["given_name"], values["family_name"], values["native_name"])
        email = values["email"].lower()
        earlier, reason = _match(self.by_email, self.by_name, email, identity, keys)
        if earlier is not None:
            self.plan.duplicates.append(
                _(
                    "Line %(line)s is the same person as line %(first)s (%(reason)s); "
                    "the two rows are combined into one person."
                )
                % {"line": line, "first": earlier.line, "reason": reason}
            )
            earlier.lines.append(line)
            notes = _joined(earlier.values.get("notes", ""), values.get("notes", ""))
            earlier.values.update({k: v for k, v in values.items() if v}, notes=notes)
            planned = earlier
        else:
            known = _match(self.known_by_email, self.known_by_name, email, identity, keys)[0]
            planned = PlannedPerson(
                lines=[line], values=dict(values), organisation=organisation, existing=known
            )
            self.plan.people.append(planned)
        if email:
            self.by_email.setdefault(email, planned)
        for key in keys:
            self.by_name.setdefault((identity, key), planned)

    def note_changes(self):
        """For each known person: what the file changes on them, and where it would overwrite
        a stored name, organisation or e-mail (a conflict, written only when accepted)."""
        options = self.plan.options
        for planned in self.plan.people:
            if planned.existing is not None:
                planned.changes, planned.conflicts = _changes(planned)
                if planned.conflicts and options.accepts(planned.line):
                    planned.changes.update(planned.conflicts)
                    planned.accepted = True


def _match(by_email, by_name, email, identity, keys):
    """(the person, why it is the same person): by e-mail first, then by a name at the same
    organisation; (None, "") when neither matches."""
    if email and email in by_email:
        return by_email[email], _("the same e-mail")
    for key in keys:
        if (identity, key) in by_name:
            return by_name[(identity, key)], _("the same name at the same organisation")
    return None, ""


def _identity(organisation):
    """What makes two rows' organisations the same: the pk, the planned key, or None."""
    if isinstance(organisation, Organisation):
        return organisation.pk
    return organisation.key if organisation else None


# Stored values an import never overwrites unless staff accept it: a file that spells or orders
# a name otherwise (given and family name swapped) must not silently rename a known person.
PROTECTED = {"given_name", "family_name", "native_name", "email"}


def _changes(planned):
    """(changes, conflicts): field → (stored, new) for what the row changes on the existing
    person. Empty cells change nothing; a different spelling of a stored name, e-mail or
    organisation is a conflict; notes are added to, never replaced."""
    person = planned.existing
    changes, conflicts = {}, {}
    for name, value in planned.values.items():
        stored = getattr(person, name)
        text = str(stored or "")
        if not value or text == value or (name == "notes" and value in text):
            continue
        if name == "notes":
            changes[name] = (text, _joined(text, value))
        elif name not in PROTECTED or not text:
            changes[name] = (stored, value)
        elif text.casefold() != value.casefold():  # "KARIN" is Karin: nothing to say
            conflicts[name] = (stored, value)
    org = planned.organisation
    if org and not (isinstance(org, Organisation) and org.pk == person.organisation_id):
        side = conflicts if person.organisation_id else changes
        side["organisation"] = (person.organisation, org)
    return changes, conflicts


def _joined(*texts):
    return "\n\n".join(text for text in texts if text)
