"""Rows for the host's share links (/share/<token>/): no login, everyone answered alike."""

import datetime as dt

from django.utils import timezone

from tests.matrix import NOT_FOUND, OK, Row, everyone
from trips.models import HostReportLink
from trips.services.links import host_report_link_create

GONE = 410


def make_link(w, **changes):
    """(link, token) for the host report of the world's published trip."""
    link, token = host_report_link_create(
        trip=w["published"], host=w["counterpart"], created_by=None, valid_days=7
    )
    if changes:
        HostReportLink.objects.filter(pk=link.pk).update(**changes)
    return link, token


def _expired(w):
    now = timezone.now()
    _link_obj, token = make_link(
        w, created_at=now - dt.timedelta(days=10), expires_at=now - dt.timedelta(days=1)
    )
    return {"token": token}


ROWS = [
    # The host's link needs no login and answers everyone alike.
    Row("share:host_report", lambda w: {"token": make_link(w)[1]}, everyone(OK), "valid"),
    Row("share:host_report", _expired, everyone(GONE), "expired"),
    Row(
        "share:host_report",
        lambda w: {"token": make_link(w, revoked_at=timezone.now())[1]},
        everyone(GONE),
        "revoked",
    ),
    Row("share:host_report", {"token": "not-a-real-token-at-all-xyz"}, everyone(NOT_FOUND), "bad"),
]
