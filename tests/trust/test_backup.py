"""`make backup` / `make restore`: a dump restored into a fresh database holds every row again."""

import pytest
from django.db import connection

from tools import backup

SKIP_REASON = "backup and restore wrap pg_dump/pg_restore: run with DATABASE_URL=postgres://…"


def _rows(cursor, table):
    """Every row of the table as PostgreSQL's own text for it, in UTC, sorted."""
    cursor.execute("SET TIME ZONE 'UTC'")
    cursor.execute(f'SELECT t::text FROM "{table}" AS t')  # noqa: S608 - names from the catalogue
    return sorted(row[0] for row in cursor.fetchall())


# Committed data, so pg_dump sees it; serialized_rollback: the "Project staff" group made by a
# migration is there for the demo story and survives the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restored_into_a_fresh_database_has_every_row(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(SKIP_REASON)
    import psycopg

    from trips.demo import load_demo

    load_demo(password="backup-test-password")
    source = dict(connection.settings_dict)
    path = backup.backup(source, tmp_path / "sme2go.dump")
    assert path.stat().st_size > 0

    fresh = {**source, "NAME": f"{source['NAME']}_restored"}
    env = backup.pg_environment(source)
    admin = psycopg.connect(
        dbname="postgres", host=env.get("PGHOST"), port=env.get("PGPORT"),
        user=env.get("PGUSER"), password=env.get("PGPASSWORD"), autocommit=True,
    )  # fmt: skip
    admin.execute(f'DROP DATABASE IF EXISTS "{fresh["NAME"]}"')
    admin.execute(f'CREATE DATABASE "{fresh["NAME"]}"')
    try:
        backup.restore(fresh, path)
        tables = connection.introspection.table_names()
        with connection.cursor() as cursor:
            original = {table: _rows(cursor, table) for table in tables}
        with psycopg.connect(
            dbname=fresh["NAME"], host=env.get("PGHOST"), port=env.get("PGPORT"),
            user=env.get("PGUSER"), password=env.get("PGPASSWORD"),
        ) as restored, restored.cursor() as cursor:  # fmt: skip
            copied = {table: _rows(cursor, table) for table in tables}
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{fresh["NAME"]}" WITH (FORCE)')
        admin.close()
    assert sum(len(rows) for rows in original.values()) > 100  # the demo story is there
    assert copied == original


def test_backup_refuses_sqlite_with_a_reason():
    with pytest.raises(SystemExit, match="PostgreSQL only"):
        backup.pg_environment({"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"})
