"""PostgreSQL only: the pg_trgm extension and trigram indexes for the contact search.

With them, "Wei Fang" finds "Weifang" and typos still match (contacts/filters.py, which uses the
same expressions with ILIKE and %>, the operators these indexes answer). On SQLite this migration
does nothing and the search falls back to plain matching.
"""

from django.db import migrations

INDEXES = {
    "contacts_person_latin_name_trgm": (
        "contacts_person",
        "(given_name || ' ' || family_name)",
    ),
    "contacts_person_native_name_trgm": ("contacts_person", "native_name"),
    "contacts_person_email_trgm": ("contacts_person", "email"),
    "contacts_person_messaging_id_trgm": ("contacts_person", "messaging_id"),
    "contacts_organisation_name_trgm": ("contacts_organisation", "name"),
    "contacts_organisation_native_name_trgm": ("contacts_organisation", "native_name"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, expression) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("contacts", "0002_export_log_and_merge_record")]

    operations = [migrations.RunPython(create, drop)]
