"""python manage.py import_contacts FILE [--dry-run]: the same import as /contacts/import/."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from contacts.services import import_contacts


class Command(BaseCommand):
    help = (
        "Import people from a CSV file (UTF-8 or Windows-1252, comma or semicolon). All or "
        "nothing: if any row has a problem, nothing is written and the problems are printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file, with the export's column names")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would happen; write nothing"
        )

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{file} cannot be read: {exc.strerror or exc}") from exc
        plan = import_contacts(data=data, filename=path.name, dry_run=dry_run)
        for note in plan.duplicates:
            self.stdout.write(str(note))
        if plan.ignored_columns:
            self.stdout.write("Columns not imported: " + ", ".join(plan.ignored_columns))
        if plan.problems:
            for problem in plan.problems:
                self.stderr.write(str(problem))
            count = len(plan.problems)
            raise CommandError(
                f"Nothing was imported: {count} problem{'s' if count != 1 else ''} in {path.name}."
            )
        self.stdout.write(
            f"{path.name}: {len(plan.to_create)} to add, {len(plan.to_update)} to update, "
            f"{len(plan.unchanged)} unchanged, {len(plan.new_organisations)} new organisations."
        )
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS("Imported."))
