"""Writing generated rows fast: PostgreSQL's COPY, or batched inserts on SQLite.

Rows are tuples in the order of the columns named for the table; ids are assigned by the
generator (from the table's current maximum), so that rows of one table can point at rows of
another before either is written. The sequences are moved past them at the end.
"""

import sys
import time

from django.conf import settings
from django.core.management.color import no_style
from django.db import connection
from django.db.models import Max

SQLITE_BATCH = 2000


class Progress:
    """A one-line progress bar on a terminal; a line per table elsewhere (logs, CI)."""

    WIDTH = 30

    def __init__(self, stream=None, enabled=True):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and getattr(self.stream, "isatty", lambda: False)()
        self.started = time.monotonic()

    def start(self, label, total):
        self.label, self.total, self.done, self.shown = label, max(total, 1), 0, -1
        self.table_started = time.monotonic()
        self.show()

    def step(self, count=1):
        self.done += count
        if self.tty and self.done * 100 // self.total != self.shown:
            self.show()

    def show(self):
        if not self.tty:
            return
        percent = min(self.done * 100 // self.total, 100)
        self.shown = percent
        filled = self.WIDTH * percent // 100
        bar = "#" * filled + "." * (self.WIDTH - filled)
        elapsed = time.monotonic() - self.table_started
        self.stream.write(
            f"\r{self.label:<22} [{bar}] {percent:3d}% {self.done:>10,}/{self.total:,} "
            f"{elapsed:6.1f}s"
        )
        self.stream.flush()

    def finish(self):
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.table_started
        if self.tty:
            self.done = self.total
            self.show()
            self.stream.write("\n")
        else:
            self.stream.write(f"{self.label:<22} {self.done:>10,} rows {elapsed:6.1f}s\n")
        self.stream.flush()


def next_id(model):
    """The first free id of a model's table: generated rows continue after existing ones."""
    return (model._default_manager.aggregate(last=Max("pk"))["last"] or 0) + 1


def write(model, columns, rows, *, total, progress):
    """Insert `rows` (tuples in `columns` order, attnames) into the model's table."""
    table = model._meta.db_table
    columns, rows = _with_defaults_and_languages(model, columns, rows)
    _check_columns(model, columns)
    progress.start(table, total)
    if connection.vendor == "postgresql":
        _copy(table, columns, rows, progress)
    else:
        _insert(model, columns, rows, progress)
    progress.finish()


def _with_defaults_and_languages(model, columns, rows):
    """COPY and bulk inserts skip Django's defaults and modeltranslation's columns: add each
    NOT NULL column that has a default (a trip's main language) with that default, and each
    translated text again in the main language's column (title -> title_en)."""
    given = {model._meta.get_field(c).name if c.endswith("_id") else c for c in columns}
    names = {field.attname for field in model._meta.concrete_fields}
    main = settings.MODELTRANSLATION_DEFAULT_LANGUAGE.replace("-", "_")
    copies = [
        i for i, c in enumerate(columns) if f"{c}_{main}" in names and f"{c}_{main}" not in given
    ]
    defaults = [
        field
        for field in model._meta.concrete_fields
        if field.attname not in columns
        and field.name not in given
        and not field.null
        and field.has_default()
        and not field.primary_key
        and not field.attname.endswith(f"_{main}")
    ]
    if not copies and not defaults:
        return columns, rows
    extra = [f"{columns[i]}_{main}" for i in copies] + [field.attname for field in defaults]
    values = [field.get_default() for field in defaults]
    extended = (tuple(row) + tuple(row[i] for i in copies) + tuple(values) for row in rows)
    return list(columns) + extra, extended


def _check_columns(model, columns):
    """Every column the table requires is given: fail before writing, naming what is missing."""
    required = {
        field.attname
        for field in model._meta.concrete_fields
        if not field.null and not field.has_default() and not field.primary_key
    }
    missing = required - set(columns)
    if missing:
        raise ValueError(f"{model.__name__}: no value for {sorted(missing)}")


def _copy(table, columns, rows, progress):
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        with raw.copy(f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                progress.step()


def _insert(model, columns, rows, progress):
    fields = [model._meta.get_field(_field_name(model, column)) for column in columns]
    adapt = [field.get_db_prep_save for field in fields]
    # Table and column names come from the model, never from input.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        connection.ops.quote_name(model._meta.db_table),
        ", ".join(connection.ops.quote_name(field.column) for field in fields),
        ", ".join(["%s"] * len(columns)),
    )
    batch = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append([fn(value, connection) for fn, value in zip(adapt, row, strict=True)])
            if len(batch) >= SQLITE_BATCH:
                cursor.executemany(sql, batch)
                progress.step(len(batch))
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            progress.step(len(batch))


def _field_name(model, column):
    for field in model._meta.concrete_fields:
        if column in (field.attname, field.column):
            return field.name
    raise ValueError(f"{model.__name__} has no column {column}")


def reset_sequences(models):
    """Move the id sequences past the ids the generator chose (PostgreSQL; SQLite follows)."""
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
