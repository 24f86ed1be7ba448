"""`python manage.py purge_import_jobs [--older-than DAYS]`: close the background imports whose
worker stopped, and delete those that ended more than DAYS (default 30) days ago. Run daily."""

from django.core.management.base import BaseCommand, CommandError

from contacts.import_jobs.jobs import KEPT_DAYS, import_jobs_purge


class Command(BaseCommand):
    help = (
        "Mark background contact imports whose worker stopped as failed (dropping their file), "
        "and delete imports that ended more than DAYS days ago. Run once a day."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=KEPT_DAYS, metavar="DAYS")

    def handle(self, *args, older_than, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 day.")
        closed, deleted = import_jobs_purge(older_than_days=older_than)
        self.stdout.write(
            f"{closed} stopped import(s) marked failed; {deleted} import(s) that ended more "
            f"than {older_than} days ago deleted."
        )
