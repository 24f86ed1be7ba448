"""The contact CSV on PostgreSQL: the database writes the lines, Python only passes them on.

`COPY (SELECT …) TO STDOUT` streams one finished CSV line per person: the formula guard
(an apostrophe before =, +, -, @, tab or CR) and the quoting are done in SQL, exactly as
contacts/csv_safe.py does them in Python, so the file is byte for byte the one the Python
writer makes (tests/contacts/test_export_copy.py checks hostile values both ways). The people,
their order and the filters are the directory's queryset's own; the trips each person was met
on come from one grouped pass over the meeting links instead of a query per chunk.

The lines arrive in COPY's binary format (one length-prefixed text value per row), which
leaves them untouched; they are sent on in blocks of about 256 KB.
"""

import json

from django.db import connection
from django.db.models import F, OrderBy
from django_countries import countries

from . import csv_safe
from .models import Organisation

BLOCK_SIZE = 256 * 1024
BINARY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"

PERSON_CELLS = ["given_name", "family_name", "native_name", "title"]
CONTACT_CELLS = ["email", "phone", "messaging_id", "preferred_language"]
PHONE_CELL = 10  # its index in exporting.COLUMNS
SELECTED = {
    "c_id": F("pk"),
    **{f"c_{name}": F(name) for name in PERSON_CELLS + CONTACT_CELLS},
    "c_org_name": F("organisation__name"),
    "c_org_native_name": F("organisation__native_name"),
    "c_org_kind": F("organisation__kind"),
    "c_org_country": F("organisation__country"),
    "c_org_city": F("organisation__city"),
}

MET = """
    SELECT x.person_id,
           string_agg(t.title, %s ORDER BY x.first_met, x.trip_id) AS trips,
           to_char(max(x.last_met), 'YYYY-MM-DD') AS last_met
    FROM (
        SELECT mp.person_id, m.trip_id, min(m.date) AS first_met, max(m.date) AS last_met
        FROM trips_meetingperson mp JOIN trips_meeting m ON m.id = mp.meeting_id
        WHERE mp.person_id IN ({ids})
        GROUP BY mp.person_id, m.trip_id
    ) AS x JOIN trips_trip t ON t.id = x.trip_id
    GROUP BY x.person_id
"""


def available():
    return connection.vendor == "postgresql" and _quoting() is not None


def _quoting():
    """How the Python writer quotes: "minimal" (cells with a delimiter, quote or line break)
    or "all"; None for anything else, which this module does not imitate."""
    lines = list(csv_safe.csv_lines([], [["a", "", "b,c"]]))
    return {'a,,"b,c"\r\n': "minimal", '"a","","b,c"\r\n': "all"}.get(lines[-1])


def lines(queryset, *, header, delimiter, trip_separator):
    """The CSV file's bytes in blocks: BOM and header from the Python writer, then COPY."""
    yield "".join(csv_safe.csv_lines(header, [], delimiter)).encode("utf-8")
    sql, params = statement(queryset, delimiter=delimiter, trip_separator=trip_separator)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT binary)", params) as copy,
    ):
        yield from _blocks(copy)


def _blocks(copy):
    """COPY's binary rows to blocks of their text: each row is a 16-bit field count (1), a
    32-bit length and the line; the stream starts with a header and ends with -1."""
    block, size, first = [], 0, True
    for message in copy:
        data = bytes(message)
        if first:
            if not data.startswith(BINARY_SIGNATURE):
                raise ValueError("not a binary COPY stream")
            extension = int.from_bytes(data[15:19], "big")
            data, first = data[19 + extension :], False
            if not data:
                continue
        if data[:2] != b"\x00\x01":
            if data[:2] == b"\xff\xff":
                continue  # the end; psycopg reads on to the command's completion
            raise ValueError("unexpected COPY row")
        block.append(data[6:])
        size += len(data)
        if size >= BLOCK_SIZE:
            yield b"".join(block)
            block, size = [], 0
    if block:
        yield b"".join(block)


def statement(queryset, *, delimiter, trip_separator):
    """(SQL, params): one finished CSV line per person of `queryset`, in its order."""
    keys = _ordering(queryset)
    # values() of named expressions (prefixed, so that no name clashes with a field)
    inner = queryset.order_by().values(
        **SELECTED, **{f"c_order_{i}": key.expression for i, key in enumerate(keys)}
    )
    inner_sql, inner_params = inner.query.sql_with_params()
    ids_sql, ids_params = queryset.order_by().values("pk").query.sql_with_params()
    line, line_params = _line(delimiter)
    order = ", ".join(
        f"q.c_order_{i} {'DESC' if key.descending else 'ASC'}{_nulls(key)}"
        for i, key in enumerate(keys)
    )
    kinds = json.dumps({str(value): str(label) for value, label in Organisation.Kind.choices})
    names = json.dumps({code: str(name) for code, name in countries})
    # OFFSET 0 keeps the planner from folding the labelled rows into the outer query, which
    # would look every label up once per use in the line instead of once per row.
    # Every value is a parameter; the text is ours and the ORM's own SQL.
    sql = (
        f"SELECT {line} || %s FROM ("  # noqa: S608
        f"  SELECT q.*, %s::jsonb ->> q.c_org_kind AS c_org_kind_label,"
        f"    %s::jsonb ->> q.c_org_country AS c_org_country_name,"
        f"    met.trips AS c_trips, met.last_met AS c_last_met"
        f"  FROM ({inner_sql}) AS q"
        f"  LEFT JOIN ({MET.format(ids=ids_sql)}) AS met ON met.person_id = q.c_id"
        f"  OFFSET 0"
        f") AS q ORDER BY {order}"
    )
    return sql, [*line_params, "\r\n", kinds, names, *inner_params, trip_separator, *ids_params]


def _nulls(key):
    if key.nulls_last:
        return " NULLS LAST"
    if key.nulls_first:
        return " NULLS FIRST"
    return ""


def _ordering(queryset):
    """The queryset's ordering as OrderBy expressions, ending in the primary key."""
    items = list(queryset.query.order_by) or list(queryset.model._meta.ordering)
    keys = []
    for item in items:
        if isinstance(item, str):
            descending = item.startswith("-")
            keys.append(OrderBy(F(item.lstrip("-")), descending=descending))
        elif isinstance(item, OrderBy):
            keys.append(item)
        else:
            keys.append(item.asc())
    if not any(isinstance(key.expression, F) and key.expression.name == "pk" for key in keys):
        keys.append(OrderBy(F("pk")))
    return keys


def _raw_cells():
    """[(SQL, params)] of each cell's text (NULL when empty) in exporting.COLUMNS order."""
    return [
        (f"q.c_{name}", [])
        for name in [
            *PERSON_CELLS,
            "org_name",
            "org_native_name",
            "org_kind_label",
            "org_country_name",
            "org_city",
            *CONTACT_CELLS,
            "trips",
            "last_met",
        ]
    ]


def _line(delimiter):
    """(SQL, params) of the line's cells joined by the delimiter.

    Most rows need neither quotes nor apostrophes: one regular expression over the other cells
    and one over the phone (which is "+digits" when well formed, so always gets its apostrophe)
    pick those, and they are joined as they are. Any other row takes the exact cell-by-cell
    formula of `_exact_cell`."""
    cells = _raw_cells()
    exact = [_checked_cell(sql, params, delimiter) for sql, params in cells]
    exact_sql = f"concat_ws(%s, {', '.join(sql for sql, _ in exact)})"
    exact_params = [delimiter, *(p for _, params in exact for p in params)]
    if _quoting() != "minimal":
        return exact_sql, exact_params
    others = [cell for i, cell in enumerate(cells) if i != PHONE_CELL]
    phone = cells[PHONE_CELL][0]
    check = "concat_ws(E'\\x01', " + ", ".join(sql for sql, _ in others) + ")"
    plain = [f"coalesce({sql}, '')" for sql, _ in cells]
    plain[PHONE_CELL] = f"CASE WHEN {phone} <> '' THEN '''' || {phone} ELSE '' END"
    starts = "".join(_regex_escape(c) for c in _formula_starts())
    # (a cell holding \x01 itself can only make a row look special: it then takes the exact way)
    special = "".join(_regex_escape(c) for c in (delimiter, '"', "\r", "\n"))
    sql = (
        f"CASE WHEN {check} !~ %s AND coalesce({phone}, '') ~ %s "
        f"THEN concat_ws(%s, {', '.join(plain)}) ELSE {exact_sql} END"
    )
    params = [
        *(p for _, params in others for p in params),
        f"(^|\x01)[{starts}]|[{special}]",
        r"^(\+[0-9]+)?$",
        delimiter,
        *(p for _, params in cells for p in params),
        *exact_params,
    ]
    return sql, params


def _checked_cell(expression, value_params, delimiter):
    """(SQL, params): the cell as it is when it needs nothing, else `_exact_cell`."""
    if _quoting() != "minimal":
        return _exact_cell(expression, value_params, delimiter)
    starts = "".join(_regex_escape(c) for c in _formula_starts())
    special = "".join(_regex_escape(c) for c in (delimiter, '"', "\r", "\n"))
    exact, exact_params = _exact_cell(expression, value_params, delimiter)
    value = f"coalesce({expression}, '')"
    sql = f"CASE WHEN {value} !~ %s THEN {value} ELSE {exact} END"
    return sql, [*value_params, f"^[{starts}]|[{special}]", *value_params, *exact_params]


def _exact_cell(expression, value_params, delimiter):
    """(SQL, params): a cell escaped and quoted exactly as csv_safe does it."""
    value = f"coalesce({expression}, '')"
    prefix = f"CASE WHEN {value} <> '' AND strpos(%s, left({value}, 1)) > 0 THEN '''' ELSE '' END"
    prefix_params = [*value_params, "".join(_formula_starts()), *value_params]
    quoted = f"""'"' || {prefix} || replace({value}, '"', '""') || '"'"""
    quoted_params = [*prefix_params, *value_params]
    if _quoting() == "all":
        return quoted, quoted_params
    special = "[" + "".join(_regex_escape(c) for c in (delimiter, '"', "\r", "\n")) + "]"
    sql = f"CASE WHEN {value} ~ %s THEN {quoted} ELSE {prefix} || {value} END"
    return sql, [*value_params, special, *quoted_params, *prefix_params, *value_params]


def _formula_starts():
    return [c for c in csv_safe.FORMULA_STARTS if c != "\0"]  # PostgreSQL text holds no NUL


def _regex_escape(char):
    return "\\" + char if char in "\\^-]" else char
