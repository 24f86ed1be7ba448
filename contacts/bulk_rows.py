"""Many new rows of one model, and their history records, in one statement per batch.

The contact import writes tens of thousands of people. Building a model instance per person,
and another per history record, cost more than the database's work (each phone number is
parsed again on every step); here rows are plain dicts whose values are already in the form
the column stores, inserted with one multi-row INSERT … RETURNING per batch, and their history
copied by the database itself (INSERT … SELECT), as django-simple-history would write it.
"""

from django.db import connection, models
from django.utils import timezone

# Exactly these classes: a subclass (a phone number, a country) prepares its value its own way.
TEXT_FIELDS = {models.CharField, models.TextField, models.EmailField, models.URLField}


def insert_rows(model, rows, *, stored_as_given=()):
    """Insert `rows` (dicts: attname → value; missing fields take their default) into the
    model's table in one statement; returns the new primary keys, in the order of `rows`.
    Values of the fields in `stored_as_given` are passed as they are (already in their stored
    form); the others go through the field's own preparation for the database."""
    if not rows:
        return []
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    defaults = {f.attname: _default(f, now) for f in fields}
    quote = connection.ops.quote_name
    # Text columns store a str as it is: not passed through the field's preparation, which
    # costs more than the rest of the row.
    as_is = {f.attname for f in fields if type(f) in TEXT_FIELDS} | set(stored_as_given)
    params = []
    for row in rows:
        for field in fields:
            value = row.get(field.attname, defaults[field.attname])
            if not (field.attname in as_is and (type(value) is str or value is None)):
                value = field.get_db_prep_save(value, connection)
            params.append(value)
    if connection.vendor == "postgresql":
        return _copy_rows(model, fields, rows, params)
    placeholders = "(" + ", ".join(["%s"] * len(fields)) + ")"
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608 (names from the model)
        f"({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES {', '.join([placeholders] * len(rows))} "
        f"RETURNING {quote(model._meta.pk.column)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _copy_rows(model, fields, rows, params):
    """PostgreSQL: the keys taken from the table's sequence first, then the rows by COPY
    (a multi-row INSERT spends more time having its placeholders parsed than being run)."""
    quote = connection.ops.quote_name
    table, pk = model._meta.db_table, model._meta.pk.column
    width = len(fields)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, pk, len(rows)],
        )
        pks = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(quote(c) for c in [pk, *(f.column for f in fields)])
        with cursor.cursor.copy(f"COPY {quote(table)} ({columns}) FROM STDIN") as copy:
            for index, key in enumerate(pks):
                copy.write_row([key, *params[index * width : (index + 1) * width]])
    return pks


def _default(field, now):
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return now
    return field.get_default()


def copy_history(model, pks, *, history_type, user=None, reason=""):
    """Add the history record of each of `pks` (as they are now stored): "+" created,
    "~" changed, one INSERT … SELECT."""
    if not pks:
        return
    history = model.history.model
    tracked = {f.attname for f in model._meta.concrete_fields}
    columns = [f.column for f in history._meta.concrete_fields if f.attname in tracked]
    quote = connection.ops.quote_name
    listed = ", ".join(quote(column) for column in columns)
    date = history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection)
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({listed}, history_date, "  # noqa: S608
        "history_change_reason, history_type, history_user_id) "
        f"SELECT {listed}, %s, %s, %s, %s FROM {quote(model._meta.db_table)} "
        f"WHERE {quote(model._meta.pk.column)} IN ({', '.join(['%s'] * len(pks))})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [date, reason, history_type, getattr(user, "pk", None), *pks])
