"""`make backup` and `make restore FILE=…`: pg_dump / pg_restore of the configured database.

The database is the one Django uses (DATABASE_URL, or the .env file): its name, host, port, user
and password are passed to the PostgreSQL tools through their environment, never on the command
line. Backups are in pg_dump's custom format (compressed; pg_restore can restore one table).

    python -m tools.backup backup [--file PATH]     # default: backups/<db>-<UTC time>.dump
    python -m tools.backup restore FILE [--yes]     # replaces what the database holds
"""

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def database_settings():
    """The default database of the project's settings (set DJANGO_SETTINGS_MODULE to change)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sme2go.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")  # settings only; nothing is served
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    return settings.DATABASES["default"]


def pg_environment(db):
    """libpq's variables for `db` (a Django DATABASES entry); refuses anything but PostgreSQL."""
    if not db["ENGINE"].endswith("postgresql"):
        raise SystemExit(
            "make backup and make restore work on PostgreSQL only; DATABASE_URL names "
            f"{db['ENGINE'].rsplit('.', 1)[-1]} ({db['NAME']}). Copy an SQLite file instead."
        )
    env = dict(os.environ)
    for variable, key in [
        ("PGDATABASE", "NAME"),
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ]:
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _tool(name):
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def backup(db, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"],
        env=pg_environment(db),
        check=True,
    )
    return path


def restore(db, path: Path):
    """Replace the database's tables with those of the backup (in one transaction)."""
    if not path.is_file():
        raise SystemExit(f"No backup file at {path}.")
    env = pg_environment(db)
    subprocess.run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={env['PGDATABASE']}",
            str(path),
        ],
        env=env,
        check=True,
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="dump the configured database to a file")
    make.add_argument("--file", type=Path)
    back = commands.add_parser("restore", help="replace the configured database with a backup")
    back.add_argument("file", type=Path)
    back.add_argument("--yes", action="store_true", help="do not ask before replacing")
    args = parser.parse_args(argv)
    db = database_settings()
    pg_environment(db)  # refuses SQLite before anything else
    if args.command == "backup":
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = args.file or ROOT / "backups" / f"{db['NAME']}-{stamp}.dump"
        print(f"Backed up {db['NAME']} to {backup(db, path)}")
        return
    if not args.yes and sys.stdin.isatty():
        answer = input(f"Replace everything in database {db['NAME']!r} with {args.file}? [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            raise SystemExit("Nothing was restored.")
    restore(db, args.file)
    print(f"Restored {args.file} into {db['NAME']}")


if __name__ == "__main__":
    main()
