"""From the bytes of a file to an import plan: the file read, its header line mapped, and each
row checked, its organisation resolved and its person matched (modules beside this one).

The rows are read several times over rather than kept, so that a file of 100,000 rows takes
no more memory than one of 10,000 (issue 13): once for the organisations it names, once to
check every row and note the e-mails and names it gives more than once (repeats.py), and once
to plan each person, combine rows naming the same person, and hand the people on in batches
(matching.py) to be counted, kept for the preview, or written (contacts/import_writing.py).
"""

from itertools import islice

from django.utils.translation import gettext as _

from .columns import HEADER_SEARCH, Header, find_header
from .encodings import encoding_of
from .matching import KnownPeople, People, known_identity, row_keys
from .organisations import Organisations
from .people import person_values
from .plan import ImportOptions, ImportPlan
from .reading import (
    MAX_ROWS,
    XLSX_MAGIC,
    UnreadableFile,
    decode,
    detect_delimiter,
    iter_records,
    read_records,
    read_workbook,
    text_stream,
)
from .repeats import Repeats
from .rows import FORMULA_SEEN, Rows
from .sniffing import flag_contact_columns
from .vcards import PROPERTY_OF_KEY, is_vcard, read_vcards

PROGRESS_EVERY = 1000  # rows between two reports of progress
HEAD_BYTES = 1 << 16  # enough of the file for its header line
KEYS_PER_ROW = 3  # an e-mail, a Latin and a native name: for sizing the key filters


def build_plan(
    data: bytes,
    filename="",
    options=None,
    *,
    max_rows=MAX_ROWS,
    progress=None,
    keep_people=True,
    writer=None,
):
    """The plan for the file; files over `max_rows` rows (None: no limit) are refused.
    `progress(stage, done, total)` hears how many rows were checked and planned. With
    `keep_people` the plan lists every person (the preview); `writer` (import_writing.Writer),
    when given, writes each batch of people as soon as it is planned, while the plan has no
    problem (the caller holds the transaction and undoes it if one turns up later)."""
    plan = ImportPlan(
        filename=filename, options=options or ImportOptions(), keep_people=keep_people
    )
    source, estimate = _read(plan, data)
    if source is None:
        return plan
    try:
        _plan_file(plan, source, estimate, max_rows, progress, writer)
    except UnreadableFile as exc:  # a CSV record that cannot be read, further down the file
        plan.problems = []  # that is the problem: the rest of the file was not read
        plan.problem(None, "", exc)
    plan.problems.sort(key=lambda problem: problem.line or 0)
    return plan


def _plan_file(plan, source, estimate, max_rows, progress, writer):
    first = list(islice(source(), HEADER_SEARCH))
    if not first:
        plan.problem(None, "", _("The file is empty: it has no header line and no people."))
        return
    start = find_header(first)
    header_line, header = first[start]
    plan.skipped_lines = max(header_line - 1, 0)
    reader = Header(plan, header_line, header)
    columns = reader.read()
    if columns is None:
        return
    if plan.is_vcard:
        for column in columns:  # problems name the card's property
            column.header = PROPERTY_OF_KEY.get(column.key, column.header)

    def rows():  # the rows below the header line, read afresh each time
        return islice(source(), start + 1, None)

    if _row_count_fits(plan, rows, max_rows):
        flag_contact_columns(plan, reader.unknown, rows())
        _plan_rows(plan, Rows(plan, columns, len(header)), rows, estimate, progress, writer)


def _read(plan, data):
    """(a function giving the file's records (line, cells) afresh on each call, about how many
    there are); (None, 0) when the file cannot be read (reported)."""
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
        elif b"\0" in data:  # UTF-16 text, or NUL characters (refused, by place)
            text, plan.encoding = decode(data)
            plan.delimiter = detect_delimiter(text)
            records = read_records(text, plan.delimiter)  # refuses NUL characters, by place
        else:  # the common case: read row by row, each time it is needed
            codec, plan.encoding = encoding_of(data)
            head = next(iter(text_stream(data[:HEAD_BYTES], codec, errors="ignore")), "")
            plan.delimiter = delimiter = detect_delimiter(head)
            lines = max(data.count(b"\n"), data.count(b"\r"))  # (old Macs end lines with \r)
            return (lambda: iter_records(text_stream(data, codec), delimiter)), lines
    except UnreadableFile as exc:
        plan.problem(None, "", exc)
        return None, 0
    return (lambda: iter(records)), len(records)


def _row_count_fits(plan, rows, max_rows):
    """False when the file has more than `max_rows` rows (reported): counted first, when there
    is a limit, so that such a file is refused before any row is checked."""
    if max_rows is None:
        return True
    plan.rows_read = sum(1 for _row in rows())
    if plan.rows_read > max_rows:
        plan.problem(
            None,
            "",
            _("The file has %(count)s rows; import at most %(max)s at a time.")
            % {"count": plan.rows_read, "max": max_rows},
        )
        return False
    return True


def _plan_rows(plan, rows, records, estimate, progress=None, writer=None):
    """Check every row, resolve its organisation and match its person; every problem of every
    row is reported, in the order a reader meets them. `records()` gives the rows afresh."""
    organisations = Organisations(rows, plan.options.default_country)
    organisations.load(records())
    repeats, known = _check(plan, rows, organisations, records(), estimate, progress)
    if not plan.rows_read:
        plan.problem(None, "", _("The file has a header line but no people below it."))
        return
    plan.new_organisations = organisations.planned
    write = None
    if writer is not None and plan.ok:
        writer.create_organisations(plan)
        write = writer.write
    people = People(plan, repeats, known, write=write)
    organisations.checked = True  # read again below: nothing more to note
    for done, (line, cells) in enumerate(records(), 1):
        if progress and done % PROGRESS_EVERY == 0:
            progress("write", done, plan.rows_read)
        reported = len(plan.problems)
        values = rows.values(line, cells)
        organisation = values and organisations.resolve(line, values)
        del plan.problems[reported:]  # reported by the first reading already
        if values is None:
            continue
        keys = row_keys(values, organisation)
        person = person_values(rows, line, values, organisation)
        rows.sources.pop(line, None)
        if person is not None and not values[FORMULA_SEEN]:
            people.add(line, person, organisation, keys)
    people.finish()


def _check(plan, rows, organisations, records, estimate, progress):
    """The first reading of the rows: their cells and organisations checked (problems
    reported), the keys they give more than once noted, and the names of the people already
    known whom they may name read. Returns (repeats, known people)."""
    expected = max(estimate, 1000) * KEYS_PER_ROW
    # The names to look for among the people known, as hashes (a 64-bit number each, far less
    # than the key itself; two keys sharing one only make a person be looked at more closely).
    repeats, wanted = Repeats(expected), set()
    organisation_ids, without_organisation = set(), False
    count = 0
    for count, (line, cells) in enumerate(records, 1):
        if progress and count % PROGRESS_EVERY == 0:
            progress("check", count, max(estimate, count))
        values = rows.values(line, cells)
        if values is None:
            continue
        organisation = organisations.resolve(line, values)
        rows.sources.pop(line, None)
        keys = row_keys(values, organisation)
        if keys is None:
            continue
        email, identity, name_keys = keys
        if email:
            repeats.add(email)
        where = known_identity(organisation)
        for key in name_keys:
            repeats.add((identity, key))
            if where is not False:
                wanted.add(hash((where, key)))
        if where is None and name_keys:
            without_organisation = True
        elif where:
            organisation_ids.add(where)
    plan.rows_read = count
    known = KnownPeople()
    known.load_names(wanted, organisation_ids, without_organisation)
    return repeats, known
