"""Reading an uploaded file into numbered rows of text: CSV in any of the encodings and
delimiters spreadsheets write, or an Excel workbook."""

import csv
import datetime as dt
import io
import re

from django.utils.translation import gettext as _


class UnreadableFile(Exception):
    pass


XLSX_MAGIC = b"PK\x03\x04"  # an .xlsx file is a zip archive


def decode(data: bytes):
    """The text of an uploaded CSV file and the encoding it was read with."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            _(
                "The file is neither UTF-8 nor Windows-1252 text (byte %(pos)s cannot be read). "
                "Save it as CSV, preferably “CSV UTF-8”."
            )
            % {"pos": exc.start + 1}
        ) from exc


def detect_delimiter(text):
    """Semicolon, comma or tab: whichever occurs most in the header line, outside quotes."""
    first = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_records(text, delimiter):
    """(first line number, cells) for every non-blank record; csv.Error as UnreadableFile."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if any(cell.strip() for cell in cells):
                yield start, cells
    except csv.Error as exc:
        raise UnreadableFile(
            _("Line %(line)s cannot be read as CSV (%(error)s). Check its quotation marks.")
            % {"line": reader.line_num, "error": exc}
        ) from exc


MAX_ROWS = 20000  # rows of people one import takes
MAX_COLUMNS = 100
MAX_SHEET_ROWS = MAX_ROWS + 2  # the header, and one row more to notice "too many"


def read_workbook(data: bytes):
    """(row number, cells as text) for every non-blank row of the workbook's first sheet;
    rows are padded to the header's width, as a spreadsheet has no short rows."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # a damaged or foreign zip: BadZipFile, KeyError, …
        raise UnreadableFile(
            _(
                "The file looks like an Excel workbook but cannot be opened. Save it again as "
                ".xlsx, or as “CSV UTF-8”."
            )
        ) from exc
    try:
        records, width = [], 0
        sheet = book.worksheets[0]
        # A sheet may claim to be 16,384 columns wide (one stray cell far right); read-only
        # mode would pad every row to that. Read what a contact list can use, and only one
        # row past the import's limit, so the limit is reported without reading on.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_SHEET_ROWS, values_only=True)
        for number, values in enumerate(rows, 1):
            cells = [_cell_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            if not any(cell.strip() for cell in cells):
                continue
            width = width or len(cells)
            records.append((number, cells + [""] * (width - len(cells))))
        return records
    finally:
        book.close()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
