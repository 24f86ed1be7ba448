"""Storage limitation for applications: the consent wording promises that the data of a company
not selected are deleted after the trip. `purge_applications` (daily, see docs/operations.md)
keeps that promise."""

from django.db import transaction
from django.utils import timezone

from trips.models import Application

NOT_SELECTED = (
    Application.Status.PENDING,
    Application.Status.WAITLISTED,
    Application.Status.DECLINED,
)


@transaction.atomic
def applications_purge(*, today=None):
    """Delete, with their delegates, the applications never accepted whose trip has ended.
    Returns how many were deleted. Accepted and withdrawn ones stay: those companies were
    selected, and their people are in the directory under its own retention rules."""
    today = today or timezone.localdate()
    stale = Application.objects.filter(call__trip__end_date__lt=today, status__in=NOT_SELECTED)
    count = stale.count()
    stale.delete()
    return count
