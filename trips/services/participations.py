"""Writes to a company's participation in a trip: its feedback."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trips.models import Participation


@transaction.atomic
def feedback_give(*, participation: Participation, feedback: str) -> Participation:
    """A participant company says what the trip gave it; the time of the latest say is kept."""
    if not participation.trip.feedback_is_open:
        raise ValidationError(_("Feedback opens once the trip has started."))
    participation.feedback = feedback.strip()
    participation.feedback_at = timezone.now()
    participation.full_clean()
    participation.save(update_fields=["feedback", "feedback_at"])
    return participation
