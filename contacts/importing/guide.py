"""What the import page tells about a file: the columns it reads and the values its coded
columns accept."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ..exporting import COLUMNS
from ..models import Organisation, Person
from .columns import IMPORT_ONLY, READ_ONLY
from .languages import accepted_languages


@dataclass
class CodedColumn:
    label: str
    how: str  # how a value may be written
    values: list  # (code, name)
    long: bool = False  # shown folded


def import_columns():
    """(key, header) of every column the import reads, in the export's order."""
    return [(key, label) for key, label in [*COLUMNS, *IMPORT_ONLY] if key not in READ_ONLY]


def coded_columns():
    """The columns whose values must be one of a list, with that list."""
    labels = dict(COLUMNS + IMPORT_ONLY)
    return [
        CodedColumn(
            labels["organisation_kind"],
            _("The name or the code; empty makes “Other”."),
            Organisation.Kind.choices,
        ),
        CodedColumn(
            labels["lawful_basis"],
            _("The name or the code; empty makes “Legitimate interest” for new people."),
            Person.LawfulBasis.choices,
        ),
        CodedColumn(
            labels["preferred_language"],
            _(
                "The code, or the name in English or in the language itself (Chinese, 中文, "
                "zh, zh-CN; Estonian, eesti, et)."
            ),
            accepted_languages(),
            long=True,
        ),
        CodedColumn(
            labels["country"],
            _("The two- or three-letter code, or the name in English (Finland, FI, FIN)."),
            list(countries),
            long=True,
        ),
    ]
