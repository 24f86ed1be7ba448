"""Writes for what trips led to: matches, host report links, follow-ups.

Each function takes keyword-only arguments, runs in one transaction and validates with
full_clean() before saving. (Kept apart from trips/services.py so that features merge cleanly.)
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Organisation

from . import matching
from .models import HostReportLink, HostReportOpening, Lead, Match, Need

SCOPE_TRIP = "trip"
SCOPE_PROGRAMME = "programme"
MAX_LINK_DAYS = 90


# --- Matches -------------------------------------------------------------------------------
def candidate_companies(need, *, scope=SCOPE_TRIP):
    """Participant companies to weigh against a need: of its trip, or of its whole programme."""
    companies = Organisation.objects.participants()
    if scope == SCOPE_PROGRAMME:
        companies = companies.filter(participations__trip__programme_id=need.trip.programme_id)
    else:
        companies = companies.filter(participations__trip_id=need.trip_id)
    return companies.distinct().prefetch_related("sectors")


def _rank(need, companies):
    """Rank companies (their sectors prefetched, ideally) against a need."""
    candidates = [
        matching.Candidate(
            id=c.pk,
            name=c.name,
            sector_names=frozenset(s.name for s in c.sectors.all()),
            competences=c.competences,
            obj=c,
        )
        for c in companies
    ]
    return matching.rank(
        need_title=need.title,
        need_text=need.description,
        need_sectors=[s.name for s in need.sectors.all()],
        candidates=candidates,
    )


def rank_need(need, *, scope=SCOPE_TRIP):
    """The ranked proposals for a need (nothing is saved)."""
    return _rank(need, candidate_companies(need, scope=scope))


@dataclass
class ProposeResult:
    created: int = 0
    updated: int = 0
    kept: int = 0  # already accepted or rejected: staff decisions are never overwritten


@transaction.atomic
def propose_matches(*, need, scope=SCOPE_TRIP):
    """Save the ranked proposals for a need as proposed matches.

    New companies get a proposed match; proposed matches get a fresh score and reason;
    accepted and rejected matches are left as staff decided them."""
    result = ProposeResult()
    existing = {m.company_id: m for m in need.matches.select_for_update()}
    for proposal in rank_need(need, scope=scope):
        match = existing.get(proposal.candidate.id)
        if match is None:
            match = Match(
                need=need,
                company=proposal.candidate.obj,
                score=proposal.score,
                reason=proposal.reason,
            )
            match.full_clean()
            match.save()
            result.created += 1
        elif match.status == Match.Status.PROPOSED:
            match.score, match.reason = proposal.score, proposal.reason
            match.full_clean()
            match.save(update_fields=["score", "reason"])
            result.updated += 1
        else:
            result.kept += 1
    return result


@transaction.atomic
def decide_match(*, match, status):
    """Accept or reject a match (or put it back to proposed)."""
    if status not in Match.Status.values:
        raise ValidationError(_("Unknown match status."))
    match.status = status
    match.full_clean()
    match.save(update_fields=["status"])
    return match


@transaction.atomic
def add_match(*, need, company, reason=""):
    """Staff pair a company with a need by hand: the match is accepted at once.

    Without a reason in words, the matcher's explanation is used (if it finds one)."""
    if need.matches.filter(company=company).exists():
        raise ValidationError(
            _("%(company)s is already matched to this need.") % {"company": company.name}
        )
    score = None
    if not reason:
        ranked = _rank(need, [company])
        if ranked:
            reason, score = ranked[0].reason, ranked[0].score
    match = Match(
        need=need,
        company=company,
        reason=reason or _("Added by hand."),
        score=score,
        status=Match.Status.ACCEPTED,
    )
    match.full_clean()
    match.save()
    return match


@transaction.atomic
def record_need(*, trip, title, host=None, place=None, description="", sectors=()):
    """A host's need on a trip. Returns the saved need."""
    need = Need(trip=trip, title=title, host=host, place=place, description=description)
    need.full_clean()
    need.save()
    need.sectors.set(sectors)
    return need


# --- Host report links ---------------------------------------------------------------------
def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@transaction.atomic
def create_host_report_link(*, trip, host, created_by, valid_days, note="", language="en"):
    """Make a share link for one host's report on one trip. Returns (link, token).

    The token is returned only here; the database keeps its hash."""
    if not Need.objects.filter(trip=trip, host=host).exists():
        raise ValidationError(_("This host expressed no needs on this trip."))
    if not 1 <= valid_days <= MAX_LINK_DAYS:
        raise ValidationError(_("A link is valid for 1 to %(max)d days.") % {"max": MAX_LINK_DAYS})
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    link = HostReportLink(
        trip=trip,
        host=host,
        token_hash=hash_token(token),
        token_hint=token[:6],
        note=note,
        language=language,
        created_at=now,
        created_by=created_by,
        expires_at=now + timedelta(days=valid_days),
    )
    link.full_clean()
    link.save()
    return link, token


@transaction.atomic
def revoke_host_report_link(*, link, by):
    """Withdraw a link at once; revoking twice keeps the first time."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.revoked_by = by
        link.full_clean()
        link.save(update_fields=["revoked_at", "revoked_by"])
    return link


@transaction.atomic
def record_opening(*, link, user_agent=""):
    opening = HostReportOpening(link=link, user_agent=(user_agent or "")[:200])
    opening.full_clean()
    opening.save()
    return opening


# --- Follow-ups ----------------------------------------------------------------------------
@transaction.atomic
def update_lead(*, lead, status, next_step, due_date, owner, agreement):
    """Record where a follow-up stands. Reaching an agreement links that agreement."""
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
