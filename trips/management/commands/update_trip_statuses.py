from django.core.management.base import BaseCommand

from trips.schedule import trip_statuses_update


class Command(BaseCommand):
    help = (
        "Set each trip's status from its dates (planned, ongoing, completed); cancelled trips "
        "stay cancelled. Run once a day, e.g. from cron."
    )

    def handle(self, *args, **options):
        changed = trip_statuses_update()
        self.stdout.write(f"{changed} trip(s) changed status.")
