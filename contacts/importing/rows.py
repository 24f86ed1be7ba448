"""One row of cells to its values by column key: the row's width checked, formulas refused."""

from django.utils.translation import gettext as _

from ..csv_safe import FORMULA_STARTS, unescape_cell

FORMULA_SEEN = "__formula__"  # a row whose formula cells were refused (and blanked)


class Rows:
    """The columns of one file, and its problems reported under the column's own header."""

    def __init__(self, plan, columns, header):
        self.plan = plan
        self.columns = columns  # index → key
        self.width = len(header)
        self.labels = {key: header[index].strip() for index, key in columns.items()}

    def problem(self, line, key, message):
        self.plan.problem(line, self.labels.get(key, ""), message)

    def index(self, key):
        """The index of the column with this key, or None."""
        return next((i for i, k in self.columns.items() if k == key), None)

    def values(self, line, cells):
        """Column key → text of the cell, and FORMULA_SEEN; None when the row's width is wrong.
        A formula cell is reported and left blank, so that the row's other cells are still
        checked."""
        if not self._width_fits(line, cells):
            return None
        values = {FORMULA_SEEN: False}
        for index, key in self.columns.items():
            raw = cells[index]
            if self._is_formula(key, raw):
                self._refuse_formula(line, key, raw)
                values[key] = ""
                values[FORMULA_SEEN] = True
            else:
                values[key] = unescape_cell(raw.strip()).strip()
        return values

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
        stripped = raw.lstrip(" ")
        return stripped.startswith(FORMULA_STARTS) and not (
            key == "phone" and stripped.startswith("+")
        )

    def _refuse_formula(self, line, key, raw):
        stripped = raw.lstrip(" ")
        shown = stripped.strip()[:40] or repr(stripped[:1])
        self.problem(
            line,
            key,
            _(
                "“%(value)s” starts with a character that makes spreadsheets run it as "
                "a formula. If it is meant as text, put an apostrophe in front of it."
            )
            % {"value": shown},
        )
