"""Which column is which: a header line, in any language of the site, in the words people use
or as the contact exports of Google, Outlook and LinkedIn write it (headers.py), read into
columns with the keys of the export (contacts/exporting.py) and a few the import adds."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

from ..csv_safe import unescape_cell
from ..exporting import COLUMNS
from . import headers

# Columns the import reads that the export does not write.
IMPORT_ONLY = [
    ("notes", gettext_lazy("Notes")),
    ("lawful_basis", gettext_lazy("Lawful basis")),
]
READ_ONLY = ["trips", "last_met"]  # exported, and ignored when read back
NAME_COLUMNS = {"given_name", "family_name", "native_name", "full_name"}
# Keys several columns may have: the person keeps one e-mail and one phone (rows.py), the
# others, every website and every "extra" detail go to the notes.
MULTI = {"email", "phone", "website", "extra"}
LEFT_OUT = "left out"  # a known column deliberately not imported
KIND_LABEL = "kind label"  # Google's "Phone 1 - Label": the kind of the value beside it
HEADER_SEARCH = 10  # records searched for the header line (LinkedIn writes notes above it)

NUMBERED_KEYS = {"e mail": "email", "phone": "phone", "website": "website"}
NUMBERED_WORDS = {
    "e mail": gettext_lazy("E-mail"),
    "phone": gettext_lazy("Phone"),
    "website": gettext_lazy("Website"),
    "address": gettext_lazy("Address"),
    "organization": gettext_lazy("Organisation"),
    "im": gettext_lazy("Instant messaging"),
}


@dataclass
class Column:
    index: int
    key: str
    header: str  # as the file writes it
    rank: int = 2  # of e-mails and phones, the lowest rank is kept (then the first)
    kind_index: int | None = None  # the column holding this value's kind ("Work", "Mobile")
    word: str = ""  # what the value is, for the notes ("Phone"); else the header

    @property
    def label(self):
        return self.word or self.header


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


def choice_of(text, choices):
    """The value of the choice `text` names by its value or its label in any language of the
    site; None when it names none."""
    wanted = header_key(text)
    for value, label in choices:
        if wanted in {header_key(value), *translated_keys(label)}:
            return value
    return None


def header_lookup():
    """Header text (normalised) → column key, in English and in every language of the site."""
    lookup = {}
    for key, label in [*COLUMNS, *IMPORT_ONLY]:
        lookup.update(dict.fromkeys(translated_keys(label), key))
        lookup[header_key(key)] = key
    tables = [
        ALIASES_BY_WORD,
        dict.fromkeys(headers.EMAILS, "email"),
        dict.fromkeys(headers.PHONES, "phone"),
        dict.fromkeys(headers.WEBSITES, "website"),
        dict.fromkeys(headers.TO_NOTES, "extra"),
        dict.fromkeys(headers.LEFT_OUT, LEFT_OUT),
    ]
    for table in tables:
        for word, key in table.items():
            lookup.setdefault(header_key(word), key)
    return lookup


ALIASES_BY_WORD = {word: key for key, words in headers.ALIASES.items() for word in words}


def find_header(records):
    """The index of the header line among the first records: the first that names a name
    column (LinkedIn writes notes above it); 0 when none does."""
    lookup = header_lookup()
    for number, (_line, cells) in enumerate(records[:HEADER_SEARCH]):
        if any(lookup.get(header_key(unescape_cell(c.strip()))) in NAME_COLUMNS for c in cells):
            return number
    return 0


class Header:
    """The columns of a header line: `columns` (those read, in file order) and `unknown`
    (index → header of the columns nobody knows, which sniffing.py looks into)."""

    def __init__(self, plan, line, cells):
        self.plan, self.line = plan, line
        self.texts = [unescape_cell(cell.strip()) for cell in cells]
        self.keys = [header_key(text) for text in self.texts]
        self.lookup = header_lookup()
        self.columns, self.unknown = [], {}
        self.kind_columns = {}  # ("phone", "2") → index of "Phone 2 - Label"
        for index, key in enumerate(self.keys):
            match = headers.NUMBERED.match(key)
            if match and match[3] in headers.NUMBERED_LABELS:
                self.kind_columns[match[1], match[2]] = index

    def read(self):
        """The columns read; None when the header line has a problem (reported on the plan)."""
        prefix_title = "title" in self.keys and "job title" in self.keys  # Outlook: Mr, Ms
        for index, (text, key) in enumerate(zip(self.texts, self.keys, strict=True)):
            if prefix_title and key == "title":
                column = Column(index, LEFT_OUT, text)
            else:
                column = self._column(index, text, key)
            if column is None:
                if text:
                    self.plan.ignored_columns.append(text)
                    self.unknown[index] = text
            elif column.key == KIND_LABEL:
                continue
            elif column.key in READ_ONLY or column.key == LEFT_OUT:
                self.plan.ignored_columns.append(text)
            else:
                self._add(column)
        if not {c.key for c in self.columns} & NAME_COLUMNS:
            self.plan.problem(
                self.line,
                "",
                _(
                    "The first line must name the columns, and none of them is a name column. "
                    "Use the headers of the export, e.g. “Given name”, “Family name”, “E-mail”, "
                    "“Organisation”, “Country”."
                ),
            )
            return None
        return None if self.plan.problems else self.columns

    def _add(self, column):
        if column.key not in MULTI and any(c.key == column.key for c in self.columns):
            labels = dict([*COLUMNS, *IMPORT_ONLY])
            label = labels.get(column.key, column.header)
            self.plan.problem(
                self.line,
                column.header,
                _("Two columns mean “%(label)s”; keep only one of them.") % {"label": label},
            )
        else:
            self.columns.append(column)

    def _column(self, index, text, key):
        """The column of this header, or None when the import does not know it."""
        found = self.lookup.get(key)
        if found is not None:
            rank = headers.EMAILS.get(key, headers.PHONES.get(key, 2))
            return Column(index, found, text, rank=rank)
        match = headers.NUMBERED.match(key)
        if match:
            return self._numbered(index, text, *match.groups())
        return None

    def _numbered(self, index, text, kind, number, part):
        """Google's numbered columns: "E-mail 2 - Value", "Address 1 - Formatted", …"""
        if part in headers.NUMBERED_LABELS:
            return Column(index, KIND_LABEL, text)
        word = str(NUMBERED_WORDS.get(kind, ""))
        kind_index = self.kind_columns.get((kind, number))
        if kind in NUMBERED_KEYS and part == "value":
            return Column(index, NUMBERED_KEYS[kind], text, kind_index=kind_index, word=word)
        if (kind, part) in {("address", "formatted"), ("im", "value")}:
            return Column(index, "extra", text, kind_index=kind_index, word=word)
        if kind == "organization" and part in {"name", "title", "department"}:
            return Column(index, "extra", text, kind_index=kind_index, word=text)
        if kind == "custom field" and part == "value":
            return Column(index, "extra", text, kind_index=kind_index)  # labelled by its kind
        return Column(index, LEFT_OUT, text)  # an address's parts (its formatted text is read), …
