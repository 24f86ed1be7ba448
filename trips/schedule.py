"""A trip's status follows its dates (planned, ongoing, completed) unless staff cancelled it."""

from django.db.models import Q
from django.utils import timezone

from .models import Trip
from .page_cache import content_changed


def status_for_dates(start_date, end_date, today=None):
    today = today or timezone.localdate()
    if today < start_date:
        return Trip.Status.PLANNED
    if today > end_date:
        return Trip.Status.COMPLETED
    return Trip.Status.ONGOING


def trip_statuses_update(today=None):
    """Move every trip that is not cancelled to the status its dates give; returns how many
    changed. Run daily (`python manage.py update_trip_statuses`)."""
    today = today or timezone.localdate()
    trips = Trip.objects.exclude(status=Trip.Status.CANCELLED)
    by_dates = {
        Trip.Status.PLANNED: Q(start_date__gt=today),
        Trip.Status.ONGOING: Q(start_date__lte=today, end_date__gte=today),
        Trip.Status.COMPLETED: Q(end_date__lt=today),
    }
    changed = sum(
        trips.filter(dates).exclude(status=status).update(status=status)
        for status, dates in by_dates.items()
    )
    if changed:
        content_changed()  # update() sends no signals: the pages show the status
    return changed
