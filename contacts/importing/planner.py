"""From the bytes of a file to an import plan: the file read, its header line mapped, and each
row checked, its organisation resolved and its person matched (modules beside this one)."""

from django.utils.translation import gettext as _

from .columns import Header, find_header
from .matching import People
from .organisations import Organisations
from .people import person_values
from .plan import ImportOptions, ImportPlan
from .reading import (
    MAX_ROWS,
    XLSX_MAGIC,
    UnreadableFile,
    decode,
    detect_delimiter,
    read_records,
    read_workbook,
)
from .rows import FORMULA_SEEN, Rows
from .sniffing import flag_contact_columns
from .vcards import PROPERTY_OF_KEY, is_vcard, read_vcards

PROGRESS_EVERY = 1000  # rows between two reports of progress


def build_plan(data: bytes, filename="", options=None, *, max_rows=MAX_ROWS, progress=None):
    """The plan for the file; files over `max_rows` rows (None: no limit) are refused.
    `progress(stage, done, total)` hears how many rows were checked."""
    plan = ImportPlan(filename=filename, options=options or ImportOptions())
    records = _read(plan, data)
    if not records:
        return plan
    start = find_header(records)
    plan.skipped_lines = max(records[start][0] - 1, 0)
    header_line, header = records[start]
    reader = Header(plan, header_line, header)
    columns = reader.read()
    if columns is None:
        return plan
    if plan.is_vcard:
        for column in columns:  # problems name the card's property
            column.header = PROPERTY_OF_KEY.get(column.key, column.header)
    rows = records[start + 1 :]
    records.clear()  # the rows are read once each, then let go (a large file's memory)
    if not _row_count_fits(plan, rows, max_rows):
        return plan
    plan.rows_read = len(rows)
    flag_contact_columns(plan, reader.unknown, rows)
    _plan_rows(plan, Rows(plan, columns, len(header)), rows, progress)
    plan.problems.sort(key=lambda problem: problem.line or 0)
    return plan


def _read(plan, data):
    """The file's records, (line, cells); None when it cannot be read or is empty (reported)."""
    try:
        if data.startswith(XLSX_MAGIC):
            plan.encoding = _("Excel workbook")
            records = read_workbook(data)
        elif is_vcard(data):
            plan.is_vcard = True
            text, encoding = decode(data)
            plan.encoding = _("vCard, %(encoding)s") % {"encoding": encoding}
            records, ignored = read_vcards(text)
            plan.ignored_columns.extend(ignored)
        else:
            text, plan.encoding = decode(data)
            plan.delimiter = detect_delimiter(text)
            records = list(read_records(text, plan.delimiter))
    except UnreadableFile as exc:
        plan.problem(None, "", exc)
        return None
    if not records:
        plan.problem(None, "", _("The file is empty: it has no header line and no people."))
        return None
    return records


def _row_count_fits(plan, rows, max_rows):
    if not rows:
        plan.problem(None, "", _("The file has a header line but no people below it."))
        return False
    if max_rows is not None and len(rows) > max_rows:
        plan.problem(
            None,
            "",
            _("The file has %(count)s rows; import at most %(max)s at a time.")
            % {"count": len(rows), "max": max_rows},
        )
        return False
    return True


def _plan_rows(plan, rows, records, progress=None):
    """Check every row, resolve its organisation and match its person; every problem of every
    row is reported, in the order a reader meets them."""
    organisations = Organisations(rows, plan.options.default_country)
    organisations.load(records)
    parsed = []
    for index, (line, cells) in enumerate(records):
        records[index] = None  # each row's cells let go once its values are read
        values = rows.values(line, cells)
        if values is not None:
            parsed.append((line, values, organisations.resolve(line, values)))
    records.clear()
    people = People(plan)
    people.load(parsed)
    for done, (line, values, organisation) in enumerate(parsed, 1):
        parsed[done - 1] = None  # the row's values live on only in what the plan keeps
        if progress and done % PROGRESS_EVERY == 0:
            progress("check", done, len(parsed))
        person = person_values(rows, line, values, organisation)
        if person is None or values[FORMULA_SEEN]:
            continue
        people.add(line, person, organisation)
    plan.new_organisations = organisations.planned
    people.note_changes()
