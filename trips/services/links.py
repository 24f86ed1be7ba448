"""Writes to the share links of host reports: made, revoked, opened.

The token is shown once, when the link is made; the database keeps only its hash.
"""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trips.models import HostReportLink, HostReportOpening, Need

MAX_LINK_DAYS = 90


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@transaction.atomic
def host_report_link_create(*, trip, host, created_by, valid_days, note="", language="en"):
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
def host_report_link_revoke(*, link, by):
    """Withdraw a link at once; revoking twice keeps the first time."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.revoked_by = by
        link.full_clean()
        link.save(update_fields=["revoked_at", "revoked_by"])
    return link


@transaction.atomic
def host_report_opening_record(*, link, user_agent=""):
    opening = HostReportOpening(link=link, user_agent=(user_agent or "")[:200])
    opening.full_clean()
    opening.save()
    return opening
