"""A contact file of N valid rows for the import benchmark, written like the directory's export.

Most rows name an organisation already in the directory (by its English country name, as
spreadsheets write it), some a new organisation, a few none; a tenth are Chinese names with
their native script. Every row is a new person (the names carry an initial no generated person
has), so that a run adds people and changes nobody, and `forget` removes them again.
"""

import csv
import random

from trips.benchdata.vocabulary import CHINESE_FAMILY, CHINESE_GIVEN, LATIN_FAMILY, LATIN_GIVEN

HEADER = [
    "Given name", "Family name", "Name in native script", "Title", "Organisation", "Country",
    "City", "E-mail", "Phone", "Preferred language",
]  # fmt: skip
TITLES = ["Director", "Sales Manager", "CEO", "Engineer", "Head of Exports", ""]
LANGUAGES = ["", "", "English", "fi", "Chinese", "sv"]
NEW_ORGANISATIONS = 200  # distinct new organisations per file


def write(path, rows, *, seed=1):
    """Write `rows` people to `path` (CSV, UTF-8); the file's name marks what it added."""
    from django_countries import countries

    from contacts.models import Organisation

    rng = random.Random(seed)
    known = list(Organisation.objects.order_by("pk").values_list("name", "country")[:5000]) or [
        ("Bench Import Oy", "FI")
    ]
    english = {}
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for number in range(rows):
            roll = rng.random()
            if roll < 0.75:
                organisation, code = rng.choice(known)
            elif roll < 0.95:
                organisation = f"Bench Import Company {rng.randrange(NEW_ORGANISATIONS)}"
                code = rng.choice(["FI", "SE", "CN", "DE", "EE"])
            else:
                organisation, code = "", ""
            if code and code not in english:
                english[code] = str(countries.name(code))
            writer.writerow(_row(rng, number, organisation, english.get(code, "")))


def _row(rng, number, organisation, country):
    initial = "ABCDEFGHIJKLMNOPRSTUVW"[number % 22]
    if rng.random() < 0.1:
        (family, family_native), (given, given_native) = (
            rng.choice(CHINESE_FAMILY),
            rng.choice(CHINESE_GIVEN),
        )
        native = family_native + given_native
    else:
        family, given, native = rng.choice(LATIN_FAMILY), rng.choice(LATIN_GIVEN), ""
    phone = f"+358 40 {rng.randrange(1_000_000, 9_999_999)}"
    email = f"bench.import.{number}@example.org"
    return [
        f"{given} {initial}.", family, native, rng.choice(TITLES), organisation, country,
        "", email, phone, rng.choice(LANGUAGES),
    ]  # fmt: skip


# Vacuumed after a forgotten import, as autovacuum would soon do (this machine's PostgreSQL
# runs without it): a million dead rows left by earlier runs slow every later import's lookups.
VACUUMED = [
    "contacts_person",
    "contacts_historicalperson",
    "contacts_organisation",
    "contacts_historicalorganisation",
]


def forget(filename):
    """Remove what importing `filename` added: its people, their history, its organisations;
    on PostgreSQL the tables are vacuumed, so that the next run finds them as this one did."""
    from django.db import connection

    from contacts.models import Organisation, Person

    source = f"Imported from {filename}"
    people = Person.objects.filter(lawful_basis_source=source)
    Person.history.filter(lawful_basis_source=source).delete()
    people.delete()
    new = Organisation.objects.filter(name__startswith="Bench Import Company ", people=None)
    Organisation.history.filter(name__startswith="Bench Import Company ").delete()
    new.delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {', '.join(VACUUMED)}")
