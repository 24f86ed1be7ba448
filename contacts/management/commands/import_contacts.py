"""python manage.py import_contacts FILE [--dry-run]: the same import as /contacts/import/."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
            raise CommandError(
                _("%(file)s cannot be read: %(error)s")
                % {"file": file, "error": exc.strerror or exc}
            ) from exc
        plan = import_contacts(data=data, filename=path.name, dry_run=dry_run)
        for note in plan.duplicates:
            self.stdout.write(str(note))
        if plan.ignored_columns:
            self.stdout.write(_("Columns not imported: ") + ", ".join(plan.ignored_columns))
        if plan.problems:
            for problem in plan.problems:
                self.stderr.write(str(problem))
            count = len(plan.problems)
            raise CommandError(
                ngettext(
                    "Nothing was imported: %(count)s problem in %(file)s.",
                    "Nothing was imported: %(count)s problems in %(file)s.",
                    count,
                )
                % {"count": count, "file": path.name}
            )
        self.stdout.write(
            _(
                "%(file)s: %(create)s to add, %(update)s to update, %(same)s unchanged, "
                "%(orgs)s new organisations."
            )
            % {
                "file": path.name,
                "create": len(plan.to_create),
                "update": len(plan.to_update),
                "same": len(plan.unchanged),
                "orgs": len(plan.new_organisations),
            }
        )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS(_("Imported.")))
