from django.core.management.base import BaseCommand

from trips.applications.retention import applications_purge


class Command(BaseCommand):
    help = (
        "Delete the applications of companies not selected (pending, wait-listed, declined) "
        "once their trip has ended, as the consent wording promises. Run once a day."
    )

    def handle(self, *args, **options):
        deleted = applications_purge()
        self.stdout.write(f"{deleted} application(s) of companies not selected deleted.")
