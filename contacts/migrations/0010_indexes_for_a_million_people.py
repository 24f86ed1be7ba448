"""Indexes that keep the directory, the admin person list and the search fast at a million people.

- B-tree indexes for each sort order the directory and the admin offer, so that a first page
  reads fifty index entries instead of sorting everyone, and a partial index that counts the
  people marked "do not contact" without reading the others.
- PostgreSQL only: search terms of one or two characters (most Chinese names: 王丽) make no
  trigram, so pg_trgm cannot serve them. `contacts_short_grams(text)` lists the lower-cased
  single characters and pairs of a text, and the first one and two letters of each word marked
  with "^", and GIN indexes over it answer "contains this one- or two-character term" (王丽)
  and "has a word starting with it" (Li) exactly (contacts/filters.py, `GramsContain`). Its declared cost is
  high (it is: a set of grams per call), so that the planner reads the index rather than
  computing it row by row while walking a sort order.

The model state does not change: like 0003, these are database-side only.
"""

from django.db import migrations

BTREE = {
    "contacts_person_family_given_id": ("contacts_person", "family_name, given_name, id"),
    "contacts_person_given_id": ("contacts_person", "given_name, id"),
    "contacts_person_created_id": ("contacts_person", "created_at, id"),
    "contacts_person_org_family_given_id": (
        "contacts_person",
        "organisation_id, family_name, given_name, id",
    ),
    "contacts_organisation_country_name_id": ("contacts_organisation", "country, name, id"),
}
DO_NOT_CONTACT = (
    "CREATE INDEX IF NOT EXISTS contacts_person_do_not_contact "
    "ON contacts_person (id) WHERE do_not_contact"
)

GRAMS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION contacts_short_grams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
    SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (
        SELECT substr(lower(value), i, n) AS gram
        FROM generate_series(1, char_length(value)) AS i, (VALUES (1), (2)) AS sizes(n)
        WHERE i + n - 1 <= char_length(value)
        UNION ALL
        SELECT '^' || left(word, n)
        FROM regexp_split_to_table(lower(value), '[^[:alnum:]]+') AS word,
             (VALUES (1), (2)) AS sizes(n)
        WHERE char_length(word) >= n
    ) AS grams
    WHERE gram !~ '\s'
$$
"""
GRAMS = {
    "contacts_person_latin_name_grams": ("contacts_person", "(given_name || ' ' || family_name)"),
    "contacts_person_native_name_grams": ("contacts_person", "native_name"),
    "contacts_organisation_name_grams": ("contacts_organisation", "name"),
    "contacts_organisation_native_name_grams": ("contacts_organisation", "native_name"),
}


def create(apps, schema_editor):
    for name, (table, columns) in BTREE.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
    schema_editor.execute(DO_NOT_CONTACT)
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(GRAMS_FUNCTION)
    for name, (table, expression) in GRAMS.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (contacts_short_grams({expression}))"
        )


def drop(apps, schema_editor):
    for name in [*BTREE, "contacts_person_do_not_contact"]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in GRAMS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    schema_editor.execute("DROP FUNCTION IF EXISTS contacts_short_grams(text)")


class Migration(migrations.Migration):
    dependencies = [("contacts", "0009_person_anonymised_and_membership_history")]

    operations = [migrations.RunPython(create, drop)]
