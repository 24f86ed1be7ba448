"""Writes to trips that touch more than one field or model: one function per action.

Keyword-only arguments, one transaction, `full_clean()` before saving, so that a write from a
form and a write from anywhere else obey the same rules.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Lead, Participation, Trip


@transaction.atomic
def update_lead(*, lead: Lead, next_step: str, status: str) -> Lead:
    """A participant company updates the next step and status of one of its own leads.

    A lead that reached an agreement is staff's to change, and only staff mark one as reached,
    linking the agreement (trips.services_results.update_lead)."""
    if lead.is_settled:
        raise ValidationError(
            _("This lead reached an agreement; ask the organisers if it needs changing.")
        )
    if status == Lead.Status.AGREEMENT:
        raise ValidationError(
            _("Tell the organisers about the agreement; they record it and mark the lead.")
        )
    lead.next_step = next_step.strip()
    lead.status = status
    lead.full_clean()
    lead.save(update_fields=["next_step", "status", "updated_at"])
    return lead


@transaction.atomic
def give_feedback(*, participation: Participation, feedback: str) -> Participation:
    """A participant company says what the trip gave it; the time of the latest say is kept."""
    if not participation.trip.feedback_is_open:
        raise ValidationError(_("Feedback opens once the trip has started."))
    participation.feedback = feedback.strip()
    participation.feedback_at = timezone.now()
    participation.full_clean()
    participation.save(update_fields=["feedback", "feedback_at"])
    return participation


@transaction.atomic
def publish_trip(*, trip: Trip) -> Trip:
    """Make a trip's report public (the first publication time is kept)."""
    trip.publish()
    trip.full_clean()
    trip.save()
    return trip


@transaction.atomic
def withdraw_trip(*, trip: Trip) -> Trip:
    """Take a trip's report off the public site; it can be published again later."""
    trip.is_published = False
    trip.full_clean()
    trip.save()
    return trip
