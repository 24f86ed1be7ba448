"""Database triggers: visits, meetings and agreements are dated inside their trip.

A CHECK constraint cannot look at another table, so the rule is kept by triggers: one on each
dated table (its date against its trip's dates) and one on the trip (its new dates against the
dated rows it already has). Model validation (trips.models.DatedInTripMixin, Trip.clean) gives
forms the same rule as a readable message; these triggers keep every other writer honest.
"""

from django.db import migrations

# (table, date column)
DATED = [("trips_visit", "date"), ("trips_meeting", "date"), ("trips_agreement", "signed_date")]

POSTGRES_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION trips_dated_in_trip() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE d date; s date; e date;
    BEGIN
      d := (to_jsonb(NEW) ->> TG_ARGV[0])::date;
      IF d IS NULL OR NEW.trip_id IS NULL THEN RETURN NEW; END IF;
      SELECT start_date, end_date INTO s, e FROM trips_trip WHERE id = NEW.trip_id;
      IF d < s OR d > e THEN
        RAISE EXCEPTION '% dated % is outside its trip (% to %)', TG_TABLE_NAME, d, s, e
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    """,
    *(
        f"""
        CREATE TRIGGER {table}_dated_in_trip BEFORE INSERT OR UPDATE ON {table}
        FOR EACH ROW EXECUTE FUNCTION trips_dated_in_trip('{column}');
        """
        for table, column in DATED
    ),
    """
    CREATE OR REPLACE FUNCTION trips_trip_covers_its_dates() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM trips_visit WHERE trip_id = NEW.id
                 AND (date < NEW.start_date OR date > NEW.end_date))
         OR EXISTS (SELECT 1 FROM trips_meeting WHERE trip_id = NEW.id
                 AND (date < NEW.start_date OR date > NEW.end_date))
         OR EXISTS (SELECT 1 FROM trips_agreement WHERE trip_id = NEW.id
                 AND (signed_date < NEW.start_date OR signed_date > NEW.end_date)) THEN
        RAISE EXCEPTION 'trip % to % would leave visits, meetings or agreements outside it',
          NEW.start_date, NEW.end_date USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    """,
    """
    CREATE TRIGGER trips_trip_covers_its_dates BEFORE UPDATE OF start_date, end_date
    ON trips_trip FOR EACH ROW EXECUTE FUNCTION trips_trip_covers_its_dates();
    """,
]

POSTGRES_BACKWARD = [
    *(f"DROP TRIGGER IF EXISTS {table}_dated_in_trip ON {table};" for table, _ in DATED),
    "DROP TRIGGER IF EXISTS trips_trip_covers_its_dates ON trips_trip;",
    "DROP FUNCTION IF EXISTS trips_dated_in_trip();",
    "DROP FUNCTION IF EXISTS trips_trip_covers_its_dates();",
]


def _sqlite_child_trigger(table, column, event):
    return f"""
    CREATE TRIGGER {table}_dated_in_trip_{event.lower()} BEFORE {event} ON {table}
    WHEN NEW.{column} IS NOT NULL AND EXISTS (
      SELECT 1 FROM trips_trip t WHERE t.id = NEW.trip_id
      AND (NEW.{column} < t.start_date OR NEW.{column} > t.end_date))
    BEGIN SELECT RAISE(ABORT, '{table} dated outside its trip'); END;
    """


SQLITE_FORWARD = [
    *(
        _sqlite_child_trigger(table, column, event)
        for table, column in DATED
        for event in ("INSERT", "UPDATE")
    ),
    """
    CREATE TRIGGER trips_trip_covers_its_dates BEFORE UPDATE OF start_date, end_date
    ON trips_trip
    WHEN EXISTS (SELECT 1 FROM trips_visit WHERE trip_id = NEW.id
                 AND (date < NEW.start_date OR date > NEW.end_date))
      OR EXISTS (SELECT 1 FROM trips_meeting WHERE trip_id = NEW.id
                 AND (date < NEW.start_date OR date > NEW.end_date))
      OR EXISTS (SELECT 1 FROM trips_agreement WHERE trip_id = NEW.id
                 AND (signed_date < NEW.start_date OR signed_date > NEW.end_date))
    BEGIN SELECT RAISE(ABORT, 'trip dates would leave visits, meetings or agreements outside it');
    END;
    """,
]

SQLITE_BACKWARD = [
    *(
        f"DROP TRIGGER IF EXISTS {table}_dated_in_trip_{event};"
        for table, _ in DATED
        for event in ("insert", "update")
    ),
    "DROP TRIGGER IF EXISTS trips_trip_covers_its_dates;",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise NotImplementedError(
                f"No date triggers for {schema_editor.connection.vendor}; "
                "SME2GO runs on PostgreSQL or SQLite."
            )
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("trips", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
