"""Columns nobody knows by name that hold e-mail addresses or phone numbers: a problem, so that
contact details are never dropped without a word (rename the column, or delete it)."""

import re

import phonenumbers
from django.conf import settings
from django.utils.translation import gettext as _

from ..csv_safe import unescape_cell

EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}")
PHONE_TEXT = re.compile(r"\+?[\d\s().\-/]{6,}")
DATE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def looks_like_email(text):
    return bool(EMAIL.fullmatch(text))


def looks_like_phone(text):
    """A phone number as people write one: digits with spaces, dashes or brackets, not a date,
    and a number that exists (in the site's default region when it has no country code)."""
    if not PHONE_TEXT.fullmatch(text) or DATE.fullmatch(text):
        return False
    if sum(char.isdigit() for char in text) < 7:
        return False
    try:
        number = phonenumbers.parse(text, settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def flag_contact_columns(plan, unknown, records):
    """Report each unknown column (index → header) one of whose cells is an e-mail address, or
    half of whose cells are phone numbers. `records` is read once, row by row."""
    if not unknown:
        return
    found = {index: UnknownColumn() for index in unknown}
    for line, cells in records:
        for index, column in found.items():
            if index < len(cells) and cells[index].strip():
                column.read(line, unescape_cell(cells[index].strip()))
    for index, header in unknown.items():
        column = found[index]
        if column.email:
            what, (line, example) = _("e-mail addresses"), column.email
        elif column.phones and column.phones * 2 >= column.filled:
            what, (line, example) = _("phone numbers"), column.first_phone
        else:
            continue
        plan.problem(
            line,
            header,
            _(
                "This column holds %(what)s (“%(example)s”), but the import does not know its "
                "name, so they would be lost. Rename it “E-mail” or “Phone” (or “Notes”), or "
                "delete the column if they should not be imported."
            )
            % {"what": what, "example": example},
        )


class UnknownColumn:
    """What the filled cells of one unknown column hold: the first e-mail address, and how many
    phone numbers (and the first)."""

    def __init__(self):
        self.filled = self.phones = 0
        self.email = self.first_phone = None  # (line, text)

    def read(self, line, text):
        self.filled += 1
        if self.email is None and looks_like_email(text):
            self.email = (line, text)
        if looks_like_phone(text):
            self.phones += 1
            self.first_phone = self.first_phone or (line, text)
