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


def row_keys(values, organisation):
    """(lower e-mail, organisation identity, name keys) of a row, its name columns arranged as
    the row's person will be (on a copy: the row is arranged later); None when the row's
    organisation has a problem."""
    if organisation is False:
        return None
    names = {key: values[key] for key in NAME_SOURCES if values.get(key)}
    arrange_names(names)
    keys = name_keys(names["given_name"], names["family_name"], names["native_name"])
    return values.get("email", "").lower(), _identity(organisation), keys


def known_identity(organisation):
    """The organisation id under which people already known are looked up by name (None: no
    organisation); False for a new organisation, which has nobody yet."""
    if organisation is None:
        return None
    return organisation.pk if isinstance(organisation, Organisation) else False


class KnownPeople:
    """The people already known whom rows name: by e-mail (looked up a batch at a time), and by
    name at the organisation the row names (or at none)."""

    def __init__(self):
        self.found = {}  # (organisation id, name key) → pk of the first person known so

    def load_names(self, wanted, organisation_ids, without_organisation):
        """Read the names of the people at `organisation_ids` (and at none, if asked) and note
        those whose (organisation id, name key) has its hash in `wanted`. Only names are read,
        not whole records."""
        if not organisation_ids and not without_organisation:
            return
        candidates = Person.objects.filter(organisation__in=organisation_ids)
        if without_organisation:
            candidates = candidates | Person.objects.filter(organisation__isnull=True)
        names = candidates.order_by("pk").values_list(
            "pk", "organisation_id", "given_name", "family_name", "native_name"
        )
        for pk, organisation_id, given, family, native in names.iterator(chunk_size=5000):
            for key in _stored_name_keys(given, family, native):
                if hash((organisation_id, key)) in wanted:
                    self.found.setdefault((organisation_id, key), pk)

    def settle(self, batch, options):
        """Each planned person's known person (by e-mail first, then by name), and what the
        file changes on them."""
        emails = sorted({p.match_keys[0] for p in batch if p.match_keys[0]})
        by_email = {}
        for person in _people_by_email(emails):
            by_email.setdefault(person.email.lower(), person)
        wanted = {(p.match_keys[1], key) for p in batch for key in p.match_keys[2]}
        named = {where: self.found[where] for where in wanted if where in self.found}
        people = Person.objects.in_bulk(set(named.values())) if named else {}
        # (one deleted or merged meanwhile is no longer there to be matched)
        by_name = {where: people[pk] for where, pk in named.items() if pk in people}
        for planned in batch:
            planned.existing = _match(by_email, by_name, *planned.match_keys)[0]
            if planned.existing is None:
                continue
            planned.changes, planned.conflicts = _changes(planned)
            if planned.conflicts and options.accepts(planned.line):
                planned.changes.update(planned.conflicts)
                planned.accepted = True


BATCH = 500  # people settled (and written) together


class People:
    """The people of one plan, matched against each other; each handed on, in batches, once no
    later row can be combined with it: to `known` to be settled, then to `plan` (counted)
    and to `write` (when given)."""

    def __init__(self, plan, repeats, known, write=None):
        self.plan = plan
        self.repeats = repeats  # keys the file names more than once (repeats.py)
        self.known = known
        self.write = write
        self.by_email = {}  # lower e-mail → PlannedPerson (repeated e-mails only)
        self.by_name = {}  # (organisation identity, name key) → PlannedPerson (repeated only)
        self.held = []  # people a later row may still be combined with
        self.batch = []

    def add(self, line, values, organisation, keys):
        """Plan the row's person, or combine it with an earlier row of the same person.
        `keys` are the row's `row_keys`."""
        earlier, reason = _match(self.by_email, self.by_name, *keys)
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
            self._register(earlier, *keys)
            return
        planned = PlannedPerson(
            lines=[line],
            values=values,  # the row's own dict (person_values made it for this row)
            organisation=organisation,
            match_keys=keys,
        )
        if self._register(planned, *keys):
            self.held.append(planned)
        else:
            self._ready(planned)

    def _register(self, planned, email, identity, keys):
        """Note the row's keys that another row names too; whether there are any."""
        repeated = False
        if email and email in self.repeats:
            self.by_email.setdefault(email, planned)
            repeated = True
        for key in keys:
            if (identity, key) in self.repeats:
                self.by_name.setdefault((identity, key), planned)
                repeated = True
        return repeated

    def _ready(self, planned):
        self.batch.append(planned)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self):
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        self.known.settle(batch, self.plan.options)
        for planned in batch:
            self.plan.settled(planned)
        if self.write is not None:
            self.write(batch)

    def finish(self):
        """Hand on the people kept back for a later row, once every row is read."""
        for planned in self.held:
            self._ready(planned)
        self.held = []
        self.flush()
        self.plan.conflicts.sort(key=lambda planned: planned.line)
        if self.plan.keep_people:
            self.plan.people.sort(key=lambda planned: planned.line)


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
