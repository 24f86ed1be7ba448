"""What an import will do: the people and organisations it plans, and the problems found."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django_countries import countries

from ..models import Organisation, Person


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
    changes: dict = field(default_factory=dict)

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
        """(field label, old value, new value) for the preview."""
        return [
            (Person._meta.get_field(name).verbose_name, old, new)
            for name, (old, new) in self.changes.items()
        ]

    @property
    def organisation_name(self):
        return self.organisation.name if self.organisation else ""


@dataclass
class ImportPlan:
    filename: str = ""
    encoding: str = ""
    delimiter: str = ","
    rows_read: int = 0
    people: list = field(default_factory=list)
    new_organisations: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems

    @property
    def to_create(self):
        return [p for p in self.people if p.action == "create"]

    @property
    def to_update(self):
        return [p for p in self.people if p.action == "update"]

    @property
    def unchanged(self):
        return [p for p in self.people if p.action == "unchanged"]

    def problem(self, line, column, message):
        self.problems.append(Problem(line, str(column), str(message)))
