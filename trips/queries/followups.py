"""Follow-ups: the leads staff still have to chase, across trips."""

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from trips.models import Lead

OPEN_STATUSES = (Lead.Status.OPEN, Lead.Status.IN_DISCUSSION)
CLOSED_STATUSES = (Lead.Status.AGREEMENT, Lead.Status.CLOSED)


def open_followups(today=None):
    """Open leads across trips: overdue first (oldest due first), then by due date, then the
    ones without a due date."""
    today = today or timezone.localdate()
    return (
        Lead.objects.filter(status__in=OPEN_STATUSES)
        .annotate(
            urgency=Case(
                When(due_date__lt=today, then=Value(0)),
                When(due_date__isnull=True, then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("trip", "company", "counterpart", "counterpart_person", "owner")
        .order_by("urgency", "due_date", "pk")
    )
