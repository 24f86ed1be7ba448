"""Reading an uploaded file into numbered rows of text: CSV in any of the encodings and
delimiters spreadsheets write, or an Excel workbook.

A hostile file gets a clear refusal, never a crash: NUL characters are reported by line and
column, a workbook that would unpack to more than a contact list can hold is refused before it
is parsed, and one whose shared strings or cells run past the limits is refused while reading.
"""

import csv
import datetime as dt
import io
import re
import zipfile

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext as _

from .encodings import decode
from .errors import UnreadableFile

__all__ = [
    "UnreadableFile",
    "decode",
    "detect_delimiter",
    "iter_records",
    "read_records",
    "read_workbook",
    "text_stream",
]

XLSX_MAGIC = b"PK\x03\x04"  # an .xlsx file is a zip archive


def detect_delimiter(text):
    """Semicolon, comma or tab: whichever occurs most in the header line, outside quotes."""
    end = text.find("\n")
    first = text if end < 0 else text[:end]  # (not split: that would copy the whole file)
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_records(text, delimiter):
    """(first line number, cells) for every non-blank record; csv.Error as UnreadableFile."""
    records = list(iter_records(io.StringIO(text, newline=""), delimiter))
    refuse_nul_characters(records)
    return records


def iter_records(lines, delimiter):
    """`read_records` from a text stream (or any iterable of lines with their line ends), one
    record at a time, without the check for NUL characters (a file holding any is read with
    `read_records`): a large file's rows are never all in memory."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
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


def text_stream(data: bytes, codec, errors="strict"):
    """The file's text, read as it is needed (not decoded into one string beforehand)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding=codec, errors=errors, newline="")


MAX_NUL_REPORTED = 5


def refuse_nul_characters(records):
    """NUL characters (zero bytes a broken export leaves) cannot be stored: name where they are."""
    header = records[0][1] if records else []
    found = [
        (line, header[index].strip() or str(index + 1) if index < len(header) else str(index + 1))
        for line, cells in records
        for index, cell in enumerate(cells)
        if "\0" in cell
    ]
    if not found:
        return
    places = "; ".join(
        _("line %(line)s, column “%(column)s”") % {"line": line, "column": column}
        for line, column in found[:MAX_NUL_REPORTED]
    )
    if len(found) > MAX_NUL_REPORTED:
        places += " " + _("and %(n)s more") % {"n": len(found) - MAX_NUL_REPORTED}
    raise UnreadableFile(
        _(
            "The file holds NUL characters (invisible zero bytes, often left by a damaged "
            "export) at %(places)s. Remove them, or save the file again as “CSV UTF-8”."
        )
        % {"places": places}
    )


MAX_ROWS = 20000  # rows of people one import takes
MAX_COLUMNS = 100
MAX_SHEET_ROWS = MAX_ROWS + 2  # the header, and one row more to notice "too many"
# A contact list of MAX_ROWS people unpacks to a few megabytes. A "zip bomb" whose shared
# strings expand to hundreds of megabytes is refused before openpyxl reads any of it.
MAX_UNPACKED_BYTES = 30_000_000  # all parts of the workbook together, as declared in the zip
MAX_PARTS = 500
MAX_SHARED_STRINGS = 300_000
MAX_CELLS = 600_000  # non-empty cells read from the first sheet


def _too_big():
    return UnreadableFile(
        _(
            "The workbook holds more than a contact list of %(rows)s people needs (it unpacks "
            "to too much data), so it was not read. Save the contact list on its own as “CSV "
            "UTF-8”, or split it."
        )
        % {"rows": MAX_ROWS}
    )


def _too_many_rows():
    return UnreadableFile(
        _(
            "The workbook has more than %(rows)s rows; an import from Excel takes at most "
            "%(rows)s. Save the sheet as “CSV UTF-8”, which may have any number of rows, and "
            "import that, or split it."
        )
        % {"rows": MAX_ROWS}
    )


def _unopenable():
    return UnreadableFile(
        _(
            "The file looks like an Excel workbook but cannot be opened. Save it again as "
            ".xlsx, or as “CSV UTF-8”."
        )
    )


def check_workbook_size(data: bytes):
    """Refuse a workbook by what its zip directory declares, then count its shared strings
    while reading no more than the declared bytes (zipfile stops a part at its declared size)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _unopenable() from exc
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
            raise _too_big()
        for part in parts:
            if part.filename.lower().endswith("sharedstrings.xml"):
                _count_shared_strings(archive, part)


def _count_shared_strings(archive, part):
    count = 0
    try:
        with archive.open(part) as stream:
            for _event, element in iterparse(stream):
                if element.tag.endswith("}si") or element.tag == "si":
                    count += 1
                    if count > MAX_SHARED_STRINGS:
                        raise _too_big()
                    element.clear()
    except (zipfile.BadZipFile, SyntaxError, ValueError, EOFError, DefusedXmlException) as exc:
        raise _unopenable() from exc


def read_workbook(data: bytes):
    """(row number, cells as text) for every non-blank row of the workbook's first sheet;
    rows are padded to the header's width, as a spreadsheet has no short rows."""
    from openpyxl import load_workbook

    check_workbook_size(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # a damaged or foreign zip: BadZipFile, KeyError, …
        raise _unopenable() from exc
    try:
        return _sheet_records(book.worksheets[0])
    finally:
        book.close()


def _sheet_records(sheet):
    records, width, cells_read = [], 0, 0
    # A sheet may claim to be 16,384 columns wide (one stray cell far right); read-only
    # mode would pad every row to that. Read what a contact list can use, and only one
    # row past the import's limit, so the limit is reported without reading on.
    sheet.reset_dimensions()
    rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_SHEET_ROWS, values_only=True)
    for number, values in enumerate(rows, 1):
        if number == MAX_SHEET_ROWS and any(value is not None for value in values):
            raise _too_many_rows()  # never cut off: the rows beyond would be lost unsaid
        cells = [_cell_text(value) for value in values]
        while cells and not cells[-1]:
            cells.pop()
        cells_read += len(cells)
        if cells_read > MAX_CELLS:
            raise _too_big()
        if not any(cell.strip() for cell in cells):
            continue
        width = width or len(cells)
        records.append((number, cells + [""] * (width - len(cells))))
    refuse_nul_characters(records)
    return records


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
