"""One row of cells to its values by column key: the row's width checked, formulas refused, and
of several e-mails and phones the one the person keeps chosen (the others go to the notes)."""

import re

from django.utils.translation import gettext as _

from ..csv_safe import FORMULA_STARTS, unescape_cell
from .columns import MULTI, header_key

FORMULA_SEEN = "__formula__"  # a row whose formula cells were refused (and blanked)
EXTRAS = "__extras__"  # [(label, value)]: details for the notes (other phones, websites, …)
KEPT = ("email", "phone")  # of these the person keeps one; websites and extras go to the notes
INTERNATIONAL_NUMBER = re.compile(r"\+[\d\s().\-/]+")
SEPARATOR = ":::"  # Google writes several values of one kind into one cell: "a ::: b"


def rank_of(key, kind, default=2):
    """How much a value of this kind ("Work", "* Mobile", "HOME,FAX") is the one to keep:
    lower first; None for a fax or pager, which is never the person's phone."""
    words = set(header_key(kind).split())
    if key == "phone" and words & {"fax", "pager"}:
        return None
    if kind.lstrip().startswith("*") or words & {"pref", "preferred", "primary"}:
        return 0
    if key == "phone":
        for rank, names in ((1, {"mobile", "cell", "iphone"}), (2, {"work", "business"})):
            if words & names:
                return rank
        if "home" in words:
            return 4
    if key == "email":
        if words & {"work", "business"}:
            return 1
        if words & {"home", "personal", "private"}:
            return 3
    return default


def notes_of(values):
    """The row's notes, then each detail without a field of its own on a line: "Label: value"."""
    details = "\n".join(f"{label}: {value}" for label, value in values.get(EXTRAS, []))
    return "\n\n".join(text for text in (values.get("notes", ""), details) if text)


class Rows:
    """The columns of one file, and its problems reported under the column's own header."""

    def __init__(self, plan, columns, width):
        self.plan = plan
        self.columns = columns  # [Column], in file order
        self.width = width
        self.labels = {}  # key → header of its first column
        for column in columns:
            self.labels.setdefault(column.key, column.header)
        self.sources = {}  # line → {key: header of the column its kept value came from}

    def problem(self, line, key, message):
        header = self.sources.get(line, {}).get(key) or self.labels.get(key, "")
        self.plan.problem(line, header, message)

    def index(self, key):
        """The index of the (first) column with this key, or None."""
        return next((c.index for c in self.columns if c.key == key), None)

    def values(self, line, cells):
        """Column key → text of the cell, EXTRAS and FORMULA_SEEN; None when the row's width is
        wrong. A formula cell is reported and left blank, so that the row's other cells are
        still checked."""
        if not self._width_fits(line, cells):
            return None
        values = {FORMULA_SEEN: False, EXTRAS: []}
        offers = []  # (rank, key, value, label, header) of e-mails, phones, websites, extras
        for column in self.columns:
            raw = cells[column.index]
            if self._is_formula(column.key, raw):
                self._refuse_formula(line, column.header, raw)
                values[FORMULA_SEEN] = True
                raw = ""
            text = unescape_cell(raw.strip()).strip()
            if column.key in MULTI:
                offers.extend(self._offers(column, cells, text))
            else:
                values[column.key] = text
        self._choose(line, values, offers)
        return values

    @staticmethod
    def _offers(column, cells, text):
        kind = ""
        if column.kind_index is not None and column.kind_index < len(cells):
            kind = unescape_cell(cells[column.kind_index].strip())
        rank = rank_of(column.key, kind, column.rank) if kind else column.rank
        shown_kind = kind.lstrip("* ").strip()
        if column.word:
            label = f"{column.word} ({shown_kind})" if shown_kind else column.word
        else:
            label = shown_kind or column.header
        parts = [part.strip() for part in text.split(SEPARATOR)]
        return [(rank, column.key, part, label, column.header) for part in parts if part]

    def _choose(self, line, values, offers):
        """The e-mail and the phone the person keeps; every other value offered to EXTRAS."""
        kept = set()
        for key in KEPT:
            mine = [offer for offer in offers if offer[1] == key and offer[0] is not None]
            values.setdefault(key, "")
            if mine:
                best = min(mine, key=lambda offer: offer[0])
                values[key] = best[2]
                kept.add((key, best[2].casefold()))
                self.sources.setdefault(line, {})[key] = best[4]
        for _rank, key, value, label, _header in offers:
            if (key, value.casefold()) not in kept:
                kept.add((key, value.casefold()))
                values[EXTRAS].append((label, value))

    def _width_fits(self, line, cells):
        if len(cells) == self.width:
            return True
        extra = cells[self.width :]
        if len(cells) > self.width and not any(c.strip() for c in extra):
            return True  # empty cells beyond the last column
        self.plan.problem(
            line,
            "",
            _(
                "This row has %(cells)s cells but the header line has %(columns)s. "
                "Check for a missing cell, or a delimiter inside a value that is not "
                "in quotation marks."
            )
            % {"cells": len(cells), "columns": self.width},
        )
        return False

    @staticmethod
    def _is_formula(key, raw):
        """Whether a spreadsheet would run the cell. Notes are free text, kept as written (every
        export escapes them), and a phone number in international form is a number."""
        stripped = raw.lstrip(" ")
        if key == "notes" or not stripped.startswith(FORMULA_STARTS):
            return False
        if key == "phone" and stripped.startswith("+"):
            return False
        return not INTERNATIONAL_NUMBER.fullmatch(stripped.rstrip())

    def _refuse_formula(self, line, header, raw):
        stripped = raw.lstrip(" ")
        shown = stripped.strip()[:40] or repr(stripped[:1])
        self.plan.problem(
            line,
            header,
            _(
                "“%(value)s” starts with a character that makes spreadsheets run it as "
                "a formula. If it is meant as text, put an apostrophe in front of it."
            )
            % {"value": shown},
        )
