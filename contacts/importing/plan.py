"""What an import will do: the people and organisations it plans, and the problems found."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django_countries import countries

from ..models import Organisation, Person


@dataclass(frozen=True)
class ImportOptions:
    """What staff chose for one import: a country for the new organisations the file gives
    none, and the rows whose changes to a stored name, organisation or e-mail they accept."""

    default_country: str = ""
    accept_lines: frozenset = frozenset()  # first lines of the accepted rows
    accept_all: bool = False  # the command's --accept-changes

    def accepts(self, line):
        return self.accept_all or line in self.accept_lines


@dataclass
class Problem:
    line: int | None
    column: str
    message: str

    def __str__(self):
        where = _("line %(line)s") % {"line": self.line} if self.line else _("file")
        if self.column:
            where += ", " + _("column “%(column)s”") % {"column": self.column}
        return f"{where}: {self.message}"


@dataclass
class PlannedOrganisation:
    name: str
    country: str
    native_name: str = ""
    kind: str = Organisation.Kind.OTHER
    city: str = ""
    lines: list = field(default_factory=list)

    @property
    def key(self):
        return (self.name.casefold(), self.country)

    def __str__(self):
        return self.name

    @property
    def country_name(self):
        return countries.name(self.country)


@dataclass
class PlannedPerson:
    lines: list
    values: dict
    organisation: object = None  # an Organisation, a PlannedOrganisation or None
    existing: Person | None = None
    changes: dict = field(default_factory=dict)  # field → (stored, new): what the import writes
    conflicts: dict = field(default_factory=dict)  # field → (stored, new): kept unless accepted
    accepted: bool = False  # staff accepted the conflicts: they are in `changes` too
    # What the first row says to look the person up by: (lower e-mail, organisation identity,
    # name keys); whom it names is looked up a batch of people at a time (matching.py).
    match_keys: tuple = ()

    @property
    def line(self):
        return self.lines[0]

    @property
    def action(self):
        if self.existing is None:
            return "create"
        return "update" if self.changes else "unchanged"

    @property
    def display_name(self):
        latin = " ".join(
            p for p in (self.values.get("given_name"), self.values.get("family_name")) if p
        )
        native = self.values.get("native_name", "")
        if latin and native:
            return f"{latin} ({native})"
        return latin or native

    @property
    def change_list(self):
        """(field label, old value, new value) for the preview, conflicts apart."""
        return _labelled(
            {k: v for k, v in self.changes.items() if not self.accepted or k not in self.conflicts}
        )

    @property
    def conflict_list(self):
        """(field label, stored value, value in the file) of the conflicts, for the preview."""
        return _labelled(self.conflicts)

    @property
    def organisation_name(self):
        return self.organisation.name if self.organisation else ""


def _labelled(changes):
    return [
        (Person._meta.get_field(name).verbose_name, old, new)
        for name, (old, new) in changes.items()
    ]


@dataclass
class ImportPlan:
    filename: str = ""
    is_vcard: bool = False
    encoding: str = ""
    delimiter: str = ","
    rows_read: int = 0
    # Every planned person in line order, for the preview; a large import run by the command or
    # a background job keeps only the counts and the people with conflicts (`keep_people`).
    people: list = field(default_factory=list)
    keep_people: bool = True
    counts: Counter = field(default_factory=Counter)  # action ("create", …) → people
    conflicts: list = field(default_factory=list)  # the planned people with conflicts
    new_organisations: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)
    skipped_lines: int = 0  # lines above the header line (LinkedIn's notes)
    missing_country: bool = False  # a new organisation has no country: the page offers one
    options: ImportOptions = field(default_factory=ImportOptions)

    @property
    def ok(self):
        return not self.problems

    @property
    def kept_conflicts(self):
        """The people whose stored name, organisation or e-mail the import keeps."""
        return [p for p in self.conflicts if not p.accepted]

    @property
    def default_country_name(self):
        code = self.options.default_country
        return countries.name(code) if code else ""

    def settled(self, planned):
        """Count a person whose action is known (matching.py), and keep what is kept."""
        self.counts[planned.action] += 1
        if planned.conflicts:
            self.conflicts.append(planned)
        if self.keep_people:
            self.people.append(planned)

    def problem(self, line, column, message):
        self.problems.append(Problem(line, str(column), str(message)))
