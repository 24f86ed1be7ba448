"""Writes to trips: publishing a report and taking it off the public site."""

from django.db import transaction

from trips.models import Trip


@transaction.atomic
def trip_publish(*, trip: Trip) -> Trip:
    """Make a trip's report public (the first publication time is kept)."""
    trip.publish()
    trip.full_clean()
    trip.save()
    return trip


@transaction.atomic
def trip_withdraw(*, trip: Trip) -> Trip:
    """Take a trip's report off the public site; it can be published again later."""
    trip.is_published = False
    trip.full_clean()
    trip.save()
    return trip
