"""The project's one CSV writer: injection-safe, streamed, UTF-8 with a BOM.

Every CSV the project writes goes through `csv_response` (or `csv_lines`). A cell that a
spreadsheet could take for a formula (starting with =, +, -, @, tab, CR or NUL) is prefixed with
an apostrophe, so that `=HYPERLINK(...)` arrives as text. `unescape_cell` undoes exactly that,
for importing our own exports back.

Every text cell is quoted, numbers are not. A comma file opened by a spreadsheet that splits on
semicolons (or the reverse) would otherwise cut `x;=2+3;y` into cells, one of them a formula;
inside quotes the whole value stays one cell of text whichever delimiter the reader uses.
"""

import csv
from collections.abc import Iterable
from decimal import Decimal

from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
DELIMITERS = {"comma": ",", "semicolon": ";"}
BOM = "\ufeff"


def escape_cell(value):
    """The cell as text with formula starts neutralised; whole numbers and decimals stay numbers
    (written unquoted), every other value becomes text (written quoted)."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo `escape_cell`: drop the apostrophe it put in front of a formula character."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


class _Line:
    """A file-like object whose write() hands back the line, for streaming."""

    def write(self, value):
        return value


def csv_lines(header: Iterable, rows: Iterable[Iterable], delimiter: str = ","):
    """Yield the CSV text line by line: BOM first, then the header, then every row escaped."""
    writer = csv.writer(
        _Line(), delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC
    )
    yield BOM
    yield writer.writerow([escape_cell(cell) for cell in header])
    for row in rows:
        yield writer.writerow([escape_cell(cell) for cell in row])


def csv_response(filename: str, header: Iterable, rows: Iterable[Iterable], delimiter: str = ","):
    """A streamed CSV download. `rows` may be a generator over a chunked query."""
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in csv_lines(header, rows, delimiter)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def delimiter_from(request) -> str:
    """`?delimiter=semicolon` for Excel in Nordic locales; comma otherwise."""
    return DELIMITERS.get(request.GET.get("delimiter", "comma"), ",")
