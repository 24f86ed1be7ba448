"""The benchmark's own database: made once per size and seed, kept between full runs.

A full run uses `<DATABASE_URL's name>_bench` on the same PostgreSQL server (or
BENCH_DATABASE_URL), filled by `generate_bench_data` the first time and marked with the sizes in
the database's comment, so that later runs start at once. A quick run makes a small database
and drops it at the end. SQLite works too (a file under .bench/), without the PostgreSQL-only
references.
"""

import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = 1  # bump when trips/benchdata changes what it writes
DEMO_PASSWORD = "bench-" + "demo-password"


@dataclass
class Database:
    url: str
    vendor: str
    name: str
    marker: str
    throwaway: bool

    @property
    def is_postgresql(self):
        return self.vendor == "postgresql"


def choose(*, quick, persons, trips, seed):
    base = os.environ.get("BENCH_DATABASE_URL") or os.environ.get(
        "DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"
    )
    marker = f"sme2go bench v{GENERATOR_VERSION}: persons={persons} trips={trips} seed={seed}"
    parts = urlsplit(base)
    if parts.scheme.startswith("postgres"):
        name = parts.path.lstrip("/") or "sme2go"
        if not os.environ.get("BENCH_DATABASE_URL"):
            name = f"{name}_bench{'_quick' if quick else ''}"
        url = urlunsplit(parts._replace(path="/" + name))
        return Database(url, "postgresql", name, marker, throwaway=quick)
    folder = ROOT / ".bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"bench-{persons}-{trips}-{seed}{'-quick' if quick else ''}.sqlite3"
    return Database(f"sqlite:///{path}", "sqlite", str(path), marker, throwaway=quick)


def configure_environment(database):
    """Production settings (debug off) on the bench database, for this process and gunicorn."""
    os.environ.update(
        DATABASE_URL=database.url,
        DJANGO_SETTINGS_MODULE="sme2go.settings",
        DJANGO_DEBUG="false",
        DJANGO_HTTPS="false",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    sys.path.insert(0, str(ROOT))


def _admin_connection(database):
    import psycopg

    parts = urlsplit(database.url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def has_data(database):
    """Whether the database holds exactly the data this run asks for."""
    if database.throwaway:
        return False
    if not database.is_postgresql:
        return Path(database.name).exists()
    with _admin_connection(database) as conn:
        row = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [database.name],
        ).fetchone()
    return row is not None and row[0] == database.marker


def recreate(database):
    if database.is_postgresql:
        with _admin_connection(database) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database.name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{database.name}"')
    else:
        Path(database.name).unlink(missing_ok=True)


def mark(database):
    if database.is_postgresql:
        with _admin_connection(database) as conn:
            conn.execute(f"COMMENT ON DATABASE \"{database.name}\" IS '{database.marker}'")


def drop(database):
    if not database.throwaway:
        return
    if database.is_postgresql:
        with _admin_connection(database) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database.name}" WITH (FORCE)')
    else:
        Path(database.name).unlink(missing_ok=True)
