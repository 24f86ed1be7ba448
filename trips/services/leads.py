"""Writes to leads: a company updates its own, staff record where a follow-up stands."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trips.models import Lead


@transaction.atomic
def lead_update_by_company(*, lead: Lead, next_step: str, status: str) -> Lead:
    """A participant company updates the next step and status of one of its own leads.

    A lead that reached an agreement is staff's to change, and only staff mark one as reached,
    linking the agreement (lead_update_by_staff)."""
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
def lead_update_by_staff(*, lead, status, next_step, due_date, owner, agreement):
    """Staff record where a follow-up stands. Reaching an agreement links that agreement."""
    errors = {}
    if status == Lead.Status.AGREEMENT and agreement is None:
        errors["agreement"] = _("Choose the agreement this lead reached.")
    if agreement is not None:
        if agreement.company_id != lead.company_id:
            errors["agreement"] = _("The agreement is another company's.")
        elif status != Lead.Status.AGREEMENT:
            errors["status"] = _("A lead with an agreement has the status “Agreement reached”.")
    if errors:
        raise ValidationError(errors)
    lead.status = status
    lead.next_step = next_step
    lead.due_date = due_date
    lead.owner = owner
    lead.agreement = agreement
    lead.full_clean()
    lead.save()
    return lead
