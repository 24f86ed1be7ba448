"""Who each row is: an earlier row of the same file (the two are combined), a person already
known (updated), or someone new (created). The same e-mail, or the same name at the same
organisation, makes the same person."""

from functools import lru_cache

from django.db import connection
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from ..models import Organisation, Person
from ..names import name_keys
from .naming import arrange_names
from .plan import PlannedPerson

LOOKUP = 5000  # e-mails asked about per query
NAME_SOURCES = (
    "given_name", "family_name", "native_name", "full_name", "middle_name", "phonetic_given",
    "phonetic_family",
)  # fmt: skip


def _people_by_email(emails):
    """The people whose e-mail, lower-cased, is one of `emails`, by pk: on PostgreSQL in one
    query with the e-mails as one array parameter (hashed by the server), elsewhere a few
    thousand at a time."""
    if not emails:
        return
    if connection.vendor == "postgresql":
        people = Person.objects.extra(where=["lower(email) = ANY(%s)"], params=[emails])
        yield from people.order_by("pk")
        return
    for start in range(0, len(emails), LOOKUP):
        chunk = emails[start : start + LOOKUP]
        people = Person.objects.annotate(lemail=Lower("email")).filter(lemail__in=chunk)
        yield from people.order_by("pk")


@lru_cache(maxsize=8192)  # an organisation's people share many given and family names
def _stored_name_keys(given, family, native):
    return name_keys(given, family, native)


def _wanted_name_keys(parsed):
    """(organisation id or None, name key) for every name key a row of the file has at an
    organisation already known (or at none), its name columns arranged as the row's person
    will be (on a copy: the row is arranged later). A new organisation has nobody yet."""
    wanted = set()
    for _line, values, organisation in parsed:
        if organisation is None:
            where = None
        elif isinstance(organisation, Organisation):
            where = organisation.pk
        else:
            continue  # a new organisation, or one with a problem
        names = {key: values[key] for key in NAME_SOURCES if values.get(key)}
        arrange_names(names)
        keys = name_keys(names["given_name"], names["family_name"], names["native_name"])
        wanted.update((where, key) for key in keys)
    return wanted


class People:
    """The people of one plan, matched against each other and against those already known."""

    def __init__(self, plan):
        self.plan = plan
        self.by_email = {}  # lower e-mail → PlannedPerson
        self.by_name = {}  # (organisation identity, name key) → PlannedPerson
        self.known_by_email = {}  # lower e-mail → Person
        self.known_by_name = {}  # (organisation id, name key) → Person

    def load(self, parsed):
        """The people already known whom the rows (line, values, organisation) may name: by
        e-mail, and by name at the organisation the row names (or at none, when it names none).
        Only the names of the people there are read; whole records only of those a row
        names."""
        emails = sorted({v["email"].lower() for _line, v, _org in parsed if v.get("email")})
        for person in _people_by_email(emails):
            self.known_by_email.setdefault(person.email.lower(), person)
        wanted = _wanted_name_keys(parsed)
        if not wanted:
            return
        organisation_ids = {where for where, _key in wanted if where is not None}
        candidates = Person.objects.filter(organisation__in=organisation_ids)
        if any(where is None for where, _key in wanted):
            candidates = candidates | Person.objects.filter(organisation__isnull=True)
        found = {}  # (organisation id, key) → pk of the first person known so
        names = candidates.order_by("pk").values_list(
            "pk", "organisation_id", "given_name", "family_name", "native_name"
        )
        for pk, organisation_id, given, family, native in names.iterator(chunk_size=5000):
            for key in _stored_name_keys(given, family, native):
                if (organisation_id, key) in wanted:
                    found.setdefault((organisation_id, key), pk)
        people = Person.objects.in_bulk(set(found.values()))
        self.known_by_name = {where: people[pk] for where, pk in found.items()}

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
                lines=[line],
                values=values,  # the row's own dict (person_values made it for this row)
                organisation=organisation,
                existing=known,
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
