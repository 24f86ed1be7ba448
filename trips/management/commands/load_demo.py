from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from trips.demo import STAFF_GROUP, load_demo
from trips.demo.translations import demo_link_path

DEBUG_PASSWORD = "sme2go-demo"
MIN_LENGTH = 8


class Command(BaseCommand):
    help = (
        "Load the demo story (SME2GO's delegation to Shandong, and a planned trip) and the demo "
        "logins. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help=f"Password for every demo login. Required when DJANGO_DEBUG is off; "
            f"defaults to {DEBUG_PASSWORD!r} in debug.",
        )

    def handle(self, *args, password=None, **options):
        if password is None:
            if not settings.DEBUG:
                raise CommandError(_("--password is required when DJANGO_DEBUG is off."))
            password = DEBUG_PASSWORD
        if len(password) < MIN_LENGTH or not password.strip():
            raise CommandError(
                _("--password must be at least %(n)s characters long.") % {"n": MIN_LENGTH}
            )
        if not Group.objects.filter(name=STAFF_GROUP).exists():
            raise CommandError(
                _("The “%(group)s” group is missing: run “python manage.py migrate” first.")
                % {"group": STAFF_GROUP}
            )
        logins = load_demo(password=password)
        self.stdout.write(self.style.SUCCESS(_("Demo data loaded. Demo logins:")))
        for login in logins:
            where = "/admin/" if login.is_staff else "/my/"
            self.stdout.write(f"  {login.username:<28} {login.organisation:<34} {where}")
        self.stdout.write(
            "  " + _("password for all of them: %(password)s") % {"password": password}
        )
        self.stdout.write(
            "  " + _("Rizhao's host report, in Chinese: %(path)s") % {"path": demo_link_path()}
        )
