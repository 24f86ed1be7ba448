"""python manage.py import_contacts FILE [--dry-run]: the same import as /contacts/import/."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from contacts.importing import ImportOptions
from contacts.importing.organisations import country_code
from contacts.services import import_contacts


class Command(BaseCommand):
    help = (
        "Import people from a CSV file (UTF-8 or Windows-1252, comma or semicolon), an Excel "
        "workbook or a vCard file. All or nothing: if any row has a problem, nothing is "
        "written and the problems are printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV, .xlsx or .vcf file")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would happen; write nothing"
        )
        parser.add_argument(
            "--default-country",
            default="",
            metavar="CODE",
            help="country (e.g. FI) of the new organisations the file names no country for",
        )
        parser.add_argument(
            "--accept-changes",
            action="store_true",
            help="overwrite stored names, organisations and e-mails that the file spells "
            "otherwise (without it, they are listed and kept)",
        )

    def handle(self, *args, file, dry_run, default_country, accept_changes, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(
                _("%(file)s cannot be read: %(error)s")
                % {"file": file, "error": exc.strerror or exc}
            ) from exc
        country = country_code(default_country) if default_country else ""
        if default_country and not country:
            raise CommandError(_("%(value)s is not a country.") % {"value": default_country})
        options = ImportOptions(default_country=country, accept_all=accept_changes)
        plan = import_contacts(
            data=data,
            filename=path.name,
            dry_run=dry_run,
            options=options,
            max_rows=None,
            keep_people=False,
        )
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
        self._report_conflicts(plan, accept_changes)
        self.stdout.write(
            _(
                "%(file)s: %(create)s to add, %(update)s to update, %(same)s unchanged, "
                "%(orgs)s new organisations."
            )
            % {
                "file": path.name,
                "create": plan.counts["create"],
                "update": plan.counts["update"],
                "same": plan.counts["unchanged"],
                "orgs": len(plan.new_organisations),
            }
        )
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS(_("Imported.")))

    def _report_conflicts(self, plan, accepted):
        for person in plan.conflicts:
            for label, stored, new in person.conflict_list:
                self.stdout.write(
                    _("line %(line)s, %(person)s: %(field)s “%(stored)s” → “%(new)s”")
                    % {
                        "line": person.line,
                        "person": person.display_name,
                        "field": label,
                        "stored": stored,
                        "new": new,
                    }
                )
        if plan.conflicts and not accepted:
            self.stdout.write(
                _(
                    "The stored values above are kept. Run again with --accept-changes to "
                    "take the file's values."
                )
            )
