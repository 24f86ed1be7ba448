"""The one CSV writer: formulas arrive as text, Nordic and Chinese names survive Excel."""

import csv
import io
from pathlib import Path

import pytest
from django.test import RequestFactory

from contacts.csv_safe import csv_response, delimiter_from, escape_cell, unescape_cell

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://x","y")', "@SUM(1)", "+cmd", "-2+3", "\tx", "\rx", "\0x"],
)
def test_formula_cells_are_prefixed_and_round_trip(value):
    escaped = escape_cell(value)
    assert escaped == "'" + value
    assert unescape_cell(escaped) == value


@pytest.mark.parametrize("value", ["Wang Li", "王丽", "Åkerlund", "'quoted already", "", "1+1"])
def test_plain_cells_are_left_alone(value):
    assert escape_cell(value) == value
    assert unescape_cell(value) == value


def test_none_is_an_empty_cell():
    assert escape_cell(None) == ""


def test_response_streams_utf8_with_bom_and_names_the_file():
    response = csv_response(
        "contacts 2026-03-20.csv",
        ["name", "native"],
        iter([["Karin Åkerlund", "—"], ["Li Wang", "王丽"], ["=1+1", "x;y"]]),
        delimiter=";",
    )
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="contacts 2026-03-20.csv"' in response["Content-Disposition"]
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["name", "native"],
        ["Karin Åkerlund", "—"],
        ["Li Wang", "王丽"],
        ["'=1+1", "x;y"],
    ]


@pytest.mark.parametrize("param, expected", [("semicolon", ";"), ("comma", ","), ("tab", ",")])
def test_delimiter_choice(param, expected):
    assert delimiter_from(RequestFactory().get("/", {"delimiter": param})) == expected


def test_no_other_module_writes_csv_by_hand():
    """Every CSV goes through contacts/csv_safe.py, so no cell escapes the formula guard."""
    offenders = [
        str(path.relative_to(ROOT))
        for app in ("contacts", "trips", "sme2go")
        for path in (ROOT / app).rglob("*.py")
        if path.name != "csv_safe.py"
        and ("csv.writer" in path.read_text() or "DictWriter" in path.read_text())
    ]
    assert offenders == []


def _raw(delimiter, rows):
    response = csv_response("x.csv", ["name", "count"], iter(rows), delimiter=delimiter)
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.mark.parametrize("delimiter, other", [(",", ";"), (";", ",")])
def test_every_text_cell_is_quoted_so_no_delimiter_splits_out_a_formula(delimiter, other):
    """`x;=2+3;y` in a comma file stays one text cell for a reader that splits on semicolons."""
    raw = _raw(delimiter, [["x;=2+3;y", 3], ["x,=2+3,y", 0]])
    assert raw.splitlines() == [
        f'"name"{delimiter}"count"',
        f'"x;=2+3;y"{delimiter}3',
        f'"x,=2+3,y"{delimiter}0',
    ]
    for cells in csv.reader(io.StringIO(raw), delimiter=other):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
