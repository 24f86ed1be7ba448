"""Writes to trips that touch more than one field or model: one function per action.

Keyword-only arguments, one transaction, `full_clean()` before saving, so that a write from a
form and a write from anywhere else obey the same rules.
"""

from django.db import transaction
from django.utils import timezone

from .models import Lead, Participation


@transaction.atomic
def update_lead(*, lead: Lead, next_step: str, status: str) -> Lead:
    """A participant company updates the next step and status of one of its own leads."""
    lead.next_step = next_step.strip()
    lead.status = status
    lead.full_clean()
    lead.save(update_fields=["next_step", "status", "updated_at"])
    return lead


@transaction.atomic
def give_feedback(*, participation: Participation, feedback: str) -> Participation:
    """A participant company says what the trip gave it; the time of the latest say is kept."""
    participation.feedback = feedback.strip()
    participation.feedback_at = timezone.now()
    participation.full_clean()
    participation.save(update_fields=["feedback", "feedback_at"])
    return participation
