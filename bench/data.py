"""Filling the bench database and the logins the benchmarks browse with."""

import time
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connection


@dataclass
class Fixtures:
    staff_cookie: str
    company_cookie: str
    big_trip: object  # the 500-meeting trip
    big_trip_meetings: int
    demo_trip: object
    big_organisation: object  # the organisation with ~20,000 people
    persons: int
    trips: int


def fill(*, persons, trips, seed):
    from trips.benchdata import generate
    from trips.benchdata.writer import Progress
    from trips.demo import load_demo

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    print(f"Generating {persons:,} people and {trips:,} trips (seed {seed})…", flush=True)
    load_demo(password=_demo_password())  # first: generated names make way for the demo's
    generate(persons=persons, trips=trips, seed=seed, progress=Progress())
    analyse()
    print(f"…done in {time.monotonic() - started:.0f}s", flush=True)


def _demo_password():
    from .setup import DEMO_PASSWORD

    return DEMO_PASSWORD


def analyse():
    """Fresh planner statistics and visibility map, as autovacuum would leave them."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def fixtures():
    """The staff and company logins, the big trip (published) and the big organisation."""
    from django.contrib.auth.models import Group, User
    from django.db.models import Count

    from contacts.models import Membership, Organisation, Person
    from trips.demo import STAFF_GROUP, TRIP_SLUG
    from trips.models import Trip

    big_trip = Trip.objects.annotate(n=Count("meetings")).order_by("-n").first()
    if not big_trip.is_published:
        big_trip.publish()
        big_trip.save()
    staff, _ = User.objects.get_or_create(username="bench-staff", defaults={"is_staff": True})
    staff.groups.add(Group.objects.get(name=STAFF_GROUP))
    company = big_trip.participations.order_by("pk").first().company
    member, _ = User.objects.get_or_create(username="bench-company")
    Membership.objects.update_or_create(user=member, defaults={"organisation": company})
    big_org_id = (
        Person.objects.values("organisation")
        .annotate(n=Count("pk"))
        .order_by("-n")[0]["organisation"]
    )
    return Fixtures(
        staff_cookie=_session(staff),
        company_cookie=_session(member),
        big_trip=big_trip,
        big_trip_meetings=big_trip.n,
        demo_trip=Trip.objects.get(slug=TRIP_SLUG),
        big_organisation=Organisation.objects.get(pk=big_org_id),
        persons=Person.objects.count(),
        trips=Trip.objects.count(),
    )


def _session(user):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
