"""Which column is which: a header line, in any language of the site or in the words people use
for the same column, read into column keys (those of the export, contacts/exporting.py)."""

import re

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import override

from ..csv_safe import unescape_cell
from ..exporting import COLUMNS

READ_ONLY = ["trips", "last_met"]  # exported, and ignored when read back
NAME_COLUMNS = {"given_name", "family_name", "native_name"}

# Other words people use for the same columns (compared after `header_key`).
ALIASES = {
    "given_name": ["first name", "firstname", "given", "forename", "etunimi", "förnamn"],
    "family_name": ["last name", "lastname", "surname", "family", "sukunimi", "efternamn"],
    "native_name": ["native name", "chinese name", "name in chinese", "中文名"],
    "title": ["job title", "role", "position", "title or role", "titteli", "befattning"],
    "organisation": ["organization", "company", "employer", "yritys", "organisaatio", "företag"],
    "organisation_native_name": ["organization native name", "company native name"],
    "organisation_kind": ["organization kind", "kind", "organisation type", "type"],
    "email": ["email", "e mail", "mail", "email address", "sähköposti", "e post", "epost"],
    "phone": ["telephone", "mobile", "phone number", "puhelin", "telefon"],
    "messaging_id": ["wechat", "wechat id", "messaging", "messenger"],
    "preferred_language": ["language", "kieli", "språk"],
    "trips": ["trips"],
    "last_met": ["last met date"],
}


def header_key(text):
    """Text as compared with headers and choices: case-folded, punctuation as single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def translated_keys(label):
    """`header_key` of a translatable label in every language of the site."""
    keys = set()
    for code, _name in settings.LANGUAGES:
        with override(code):
            keys.add(header_key(str(label)))
    return keys


def header_lookup():
    """Header text (normalised) → column key, in English and in every language of the site."""
    lookup = {}
    for key, label in COLUMNS:
        lookup.update(dict.fromkeys(translated_keys(label), key))
        lookup[header_key(key)] = key
    for key, words in ALIASES.items():
        for word in words:
            lookup.setdefault(header_key(word), key)
    return lookup


def read_header(plan, line, header):
    """Column index → key for the columns the import reads; None when the header line has a
    problem (reported on the plan). Columns nobody reads are listed in `plan.ignored_columns`."""
    lookup = header_lookup()
    labels = dict(COLUMNS)
    columns = {}
    for index, raw in enumerate(header):
        text = unescape_cell(raw.strip())
        key = lookup.get(header_key(text))
        if key is None:
            if text:
                plan.ignored_columns.append(text)
        elif key in columns.values():
            plan.problem(
                line,
                text,
                _("Two columns mean “%(label)s”; keep only one of them.") % {"label": labels[key]},
            )
        else:
            if key in READ_ONLY:
                plan.ignored_columns.append(text)
            columns[index] = key
    if not set(columns.values()) & NAME_COLUMNS:
        plan.problem(
            line,
            "",
            _(
                "The first line must name the columns, and none of them is a name column. "
                "Use the headers of the export, e.g. “Given name”, “Family name”, “E-mail”, "
                "“Organisation”, “Country”."
            ),
        )
        return None
    if plan.problems:
        return None
    return columns
