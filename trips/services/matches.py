"""Writes to the matches between hosts' needs and participant companies.

Each function takes keyword-only arguments, runs in one transaction and validates with
full_clean() before saving.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trips.models import Match
from trips.queries.needs import SCOPE_TRIP, rank_companies, rank_need


@dataclass
class ProposeResult:
    created: int = 0
    updated: int = 0
    kept: int = 0  # already accepted or rejected: staff decisions are never overwritten


@transaction.atomic
def matches_propose(*, need, scope=SCOPE_TRIP):
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
def match_decide(*, match, status):
    """Accept or reject a match (or put it back to proposed)."""
    if status not in Match.Status.values:
        raise ValidationError(_("Unknown match status."))
    match.status = status
    match.full_clean()
    match.save(update_fields=["status"])
    return match


@transaction.atomic
def match_add(*, need, company, reason=""):
    """Staff pair a company with a need by hand: the match is accepted at once.

    Without a reason in words, the matcher's explanation is used (if it finds one)."""
    if need.matches.filter(company=company).exists():
        raise ValidationError(
            _("%(company)s is already matched to this need.") % {"company": company.name}
        )
    score = None
    if not reason:
        ranked = rank_companies(need, [company])
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
