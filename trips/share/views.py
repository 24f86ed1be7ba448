"""The host's view of its report through a share link: no login, nothing but the report."""

import re

from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from trips.models import HostReportLink
from trips.queries.host_reports import host_report as report_of
from trips.services.links import hash_token, host_report_opening_record

TOKEN_FORMAT = re.compile(r"[A-Za-z0-9_-]{20,100}")


def _refuse(request, reason, status):
    response = render(request, "trips/share/refused.html", {"reason": reason}, status=status)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
def host_report(request, token):
    link = None
    if TOKEN_FORMAT.fullmatch(token):
        link = (
            HostReportLink.objects.select_related("trip", "host")
            .filter(token_hash=hash_token(token))
            .first()
        )
    if link is None:
        return _refuse(request, "unknown", 404)
    if link.is_revoked:
        return _refuse(request, "revoked", 410)
    if link.is_expired(timezone.now()):
        return _refuse(request, "expired", 410)
    host_report_opening_record(link=link, user_agent=request.headers.get("User-Agent", ""))
    with translation.override(link.language):  # chosen by staff for this host
        response = render(
            request,
            "trips/share/host_report.html",
            {
                "trip": link.trip,
                "host": link.host,
                "report": report_of(link.trip, link.host),
                "link": link,
                "shared": True,
            },
        )
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
