"""`python manage.py anonymise_stale --older-than DAYS [--dry-run]`: storage limitation (GDPR
article 5(1)(e)). Lists, then anonymises, the people with no trip, meeting, lead or edit in the
last DAYS days. Safe from cron: it only ever acts on people stale at the moment it runs, says
what it did by number only, and a second run finds nobody new."""

from django.core.management.base import BaseCommand, CommandError

from contacts.privacy.anonymise import person_anonymise
from contacts.privacy.retention import stale_people


class Command(BaseCommand):
    help = "Anonymise people with no trip, meeting, lead or edit in the last DAYS days."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")
        parser.add_argument(
            "--dry-run", action="store_true", help="list who would be anonymised; change nothing"
        )

    def handle(self, *args, older_than, dry_run, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 day.")
        people = list(stale_people(older_than_days=older_than))
        verb = "Would anonymise" if dry_run else "Anonymising"
        self.stdout.write(
            f"{verb} {len(people)} people with no trip, meeting, lead or edit in {older_than} days"
            + (":" if people else ".")
        )
        for person in people:  # by number: the output may end up in a cron mail
            self.stdout.write(f"  person #{person.pk}")
        if dry_run:
            return
        for person in people:
            person_anonymise(person=person, user=None)
        self.stdout.write(self.style.SUCCESS(f"Anonymised {len(people)} people."))
