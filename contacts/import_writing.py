"""Writing an import as it is planned: the new organisations once every row is checked, then new
and changed people a batch at a time as the planner hands them on, with their history records,
in a number of queries that does not grow with every row.

The plan has checked every value the rows give (contacts.importing.people); what is left to
check here are the record-wide rules, in Python rather than one query per row. The caller
holds the transaction: a problem found here is added to the plan and nothing is kept.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from .bulk_rows import copy_history, insert_rows
from .importing import PlannedOrganisation
from .models import Organisation, Person
from .signals import records_written

NAME_CONSTRAINT = next(c for c in Person._meta.constraints if c.name == "person_has_a_name")
BATCH = 500  # records per INSERT or UPDATE statement
# Organisation fields the plan has checked (contacts.importing.organisations); the slug is new.
CHECKED_IN_PLAN = ["name", "native_name", "city", "country"]
SLUG_LOOKUP = 1000  # slugs asked about per query


class Writer:
    """Writes an import as it is planned: the new organisations first, then each batch of
    people the planner hands on (contacts.importing.planner), with their history. A problem
    found here is added to the plan; once the plan has one, nothing more is written (and the
    caller undoes what was)."""

    def __init__(self, *, filename="", user=None):
        self.source = (
            _("Imported from %(file)s") % {"file": filename} if filename else _("Imported")
        )
        self.history = {"user": user, "reason": self.source[:100]}
        self.user = user
        self.plan = None
        self.organisations = {}

    def create_organisations(self, plan):
        self.plan = plan
        self.organisations = _create_organisations(plan, self.user, self.source[:100])
        # Bulk writes send no post_save: say so once, for whatever this import writes.
        records_written.send(sender=Person)

    def write(self, batch):
        """Write a batch of planned people (those the file changes)."""
        plan = self.plan
        if plan.problems:
            return
        created, updated, fields = [], [], set()
        for planned in batch:
            if planned.action == "unchanged":
                continue
            if planned.existing is None:
                row = _new_row(plan, planned, self.organisations, self.source)
                if row is not None:
                    created.append(row)
            else:
                updated.append(_changed(planned, self.organisations, fields))
        if not plan.problems:
            pks = insert_rows(Person, created, stored_as_given=STORED_AS_GIVEN)
            copy_history(Person, pks, history_type="+", **self.history)
            _update(updated, fields, self.history)


# Person fields the plan gives in their stored form (the phone in E.164): not parsed again.
STORED_AS_GIVEN = {"phone"}


def _organisation(planned, organisations):
    org = planned.organisation
    if isinstance(org, PlannedOrganisation):
        return organisations[org.key]
    return org


def _new_row(plan, planned, organisations, source):
    """The new person's column values; None when they break a rule of the record as a whole
    (reported under the row's line)."""
    org = _organisation(planned, organisations)
    row = {
        **planned.values,
        "organisation_id": org.pk if org else None,
        "lawful_basis_source": source[:200],
        "lawful_basis_date": timezone.localdate(),
    }
    if not (row.get("given_name") or row.get("family_name") or row.get("native_name")):
        plan.problem(planned.line, "", NAME_CONSTRAINT.get_violation_error_message())
        return None
    return row


def _changed(planned, organisations, fields):
    person = planned.existing
    for name, (_old, new) in planned.changes.items():
        setattr(
            person, name, _organisation(planned, organisations) if name == "organisation" else new
        )
        fields.add(name)
    return person


def _update(people, fields, history):
    """Save the changed fields of known people (the plan keeps every stored name: a change
    never leaves a person without one), and their history."""
    if not people:
        return
    now = timezone.now()
    for person in people:
        person.updated_at = now
    Person.objects.bulk_update(people, sorted(fields | {"updated_at"}), batch_size=BATCH)
    copy_history(Person, [person.pk for person in people], history_type="~", **history)


def _create_organisations(plan, user, reason):
    """The plan's new organisations, created with free slugs: planned key → Organisation."""
    created = {}
    slugs = _free_slugs(plan.new_organisations)
    for planned in plan.new_organisations:
        org = Organisation(
            name=planned.name,
            native_name=planned.native_name,
            kind=planned.kind,
            country=planned.country,
            city=planned.city,
            slug=slugs[planned.key],
        )
        try:
            org.clean_fields(exclude=CHECKED_IN_PLAN)
        except ValidationError as exc:
            for messages in exc.message_dict.values():
                for message in messages:
                    plan.problem(planned.lines[0], _("Organisation"), message)
            continue
        created[planned.key] = org
    if not plan.problems and created:
        bulk_create_with_history(
            list(created.values()),
            Organisation,
            batch_size=BATCH,
            default_user=user,
            default_change_reason=reason,
        )
    return created


def _free_slugs(planned_organisations):
    """Planned key → the first of "name", "name-2", "name-3", … that no organisation has (nor
    another of the new ones), asked of the database a thousand at a time."""
    wanted = {}  # key → (base, n)
    for planned in planned_organisations:
        wanted[planned.key] = (slugify(planned.name)[:180] or "organisation", 1)
    free, taken_here = {}, set()
    while wanted:
        candidates = {key: _numbered(*base_n) for key, base_n in wanted.items()}
        taken = set()
        values = list(set(candidates.values()))
        for start in range(0, len(values), SLUG_LOOKUP):
            chunk = values[start : start + SLUG_LOOKUP]
            taken.update(
                Organisation.objects.filter(Q(slug__in=chunk)).values_list("slug", flat=True)
            )
        retry = {}
        for key, slug in candidates.items():
            if slug in taken or slug in taken_here:
                base, n = wanted[key]
                retry[key] = (base, n + 1)
            else:
                free[key] = slug
                taken_here.add(slug)
        wanted = retry
    return free


def _numbered(base, n):
    return base if n == 1 else f"{base}-{n}"
