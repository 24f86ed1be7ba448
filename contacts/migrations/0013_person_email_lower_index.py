"""An index of people's e-mail addresses, lower-cased: the import matches every row's e-mail
against a million people (`lower(email) = ANY(…)`, contacts/importing/matching.py) by index
lookups instead of reading the whole table. Database-side only, like 0003 and 0010."""

from django.db import migrations

INDEX = "contacts_person_email_lower"


def create(apps, schema_editor):
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON contacts_person (lower(email))")
    if schema_editor.connection.vendor == "postgresql":
        # The planner knows an expression index's values only once the table is analysed;
        # until autovacuum comes by it would read the whole table instead.
        schema_editor.execute("ANALYZE contacts_person")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("contacts", "0012_organisation_business_id")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
