"""The host's view of its report through a share link: no login, nothing but the report."""

import re

from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from . import results
from . import services_results as services
from .models import HostReportLink

TOKEN_FORMAT = re.compile(r"[A-Za-z0-9_-]{20,100}")


def _refuse(request, reason, status):
    response = render(request, "results/share_refused.html", {"reason": reason}, status=status)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
def host_report(request, token):
    link = None
    if TOKEN_FORMAT.fullmatch(token):
        link = (
            HostReportLink.objects.select_related("trip", "host")
            .filter(token_hash=services.hash_token(token))
            .first()
        )
    if link is None:
        return _refuse(request, "unknown", 404)
    if link.is_revoked:
        return _refuse(request, "revoked", 410)
    if link.is_expired(timezone.now()):
        return _refuse(request, "expired", 410)
    services.record_opening(link=link, user_agent=request.headers.get("User-Agent", ""))
    with translation.override(link.language):  # chosen by staff for this host
        response = render(
            request,
            "results/share_host_report.html",
            {
                "trip": link.trip,
                "host": link.host,
                "report": results.host_report(link.trip, link.host),
                "link": link,
                "shared": True,
            },
        )
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
