"""Staff pages on host reports and their share links (/results/trips/<slug>/hosts/…)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from contacts.csv_safe import csv_response, delimiter_from
from contacts.models import Organisation
from sme2go.access import staff_required
from trips.models import HostReportLink, Trip
from trips.queries import host_reports
from trips.services.links import host_report_link_create, host_report_link_revoke

from ..forms import LinkForm

NEW_LINK_SESSION_KEY = "results_new_share_link"


def _trip_and_host_or_404(slug, host_slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    host = get_object_or_404(Organisation, slug=host_slug)
    if not host_reports.host_needs(trip, host).exists():
        raise Http404
    return trip, host


@staff_required(perm=["trips.view_need", "trips.view_match"])
def host_report(request, slug, host_slug):
    trip, host = _trip_and_host_or_404(slug, host_slug)
    links = host_reports.host_report_links(trip, host)
    new_link = request.session.pop(NEW_LINK_SESSION_KEY, None)
    if new_link and not links.filter(pk=new_link.get("pk")).exists():
        new_link = None  # made for another report: not shown here
    return render(
        request,
        "trips/results/host_report.html",
        {
            "trip": trip,
            "host": host,
            "report": host_reports.host_report(trip, host),
            "links": links,
            "undecided": host_reports.undecided_matches(trip, host),
            "link_form": LinkForm(),
            "new_link": new_link,
            "shared": False,
        },
    )


@staff_required(perm=["trips.view_need", "trips.view_match"])
def host_report_csv(request, slug, host_slug):
    trip, host = _trip_and_host_or_404(slug, host_slug)
    report = host_reports.host_report(trip, host)
    filename = f"host-report-{trip.slug}-{host.slug}.csv"
    return csv_response(
        filename,
        [str(h) for h in host_reports.HOST_REPORT_CSV_HEADER],
        host_reports.host_report_rows(report),
        delimiter=delimiter_from(request),
    )


@require_POST
@staff_required(perm="trips.add_hostreportlink")
def create_link(request, slug, host_slug):
    trip, host = _trip_and_host_or_404(slug, host_slug)
    back = reverse("results:host_report", kwargs={"slug": trip.slug, "host_slug": host.slug})
    form = LinkForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back + "#share")
    link, token = host_report_link_create(
        trip=trip,
        host=host,
        created_by=request.user,
        valid_days=form.cleaned_data["valid_days"],
        note=form.cleaned_data["note"],
        language=form.cleaned_data["language"],
    )
    # The link is shown once, on the next page; only its hash stays in the database.
    request.session[NEW_LINK_SESSION_KEY] = {
        "pk": link.pk,
        "url": request.build_absolute_uri(reverse("share:host_report", kwargs={"token": token})),
    }
    messages.success(
        request,
        ngettext(
            "Share link made, valid for %(days)d day.",
            "Share link made, valid for %(days)d days.",
            form.cleaned_data["valid_days"],
        )
        % {"days": form.cleaned_data["valid_days"]},
    )
    return redirect(back + "#share")


@require_http_methods(["GET", "POST"])
@staff_required(perm="trips.change_hostreportlink")
def revoke_link(request, pk):
    """GET asks for confirmation (a page: it works without JavaScript); POST revokes."""
    link = get_object_or_404(HostReportLink.objects.select_related("trip", "host"), pk=pk)
    back = (
        reverse("results:host_report", kwargs={"slug": link.trip.slug, "host_slug": link.host.slug})
        + "#share"
    )
    if request.method == "GET":
        return render(request, "trips/results/revoke_link.html", {"link": link, "back": back})
    host_report_link_revoke(link=link, by=request.user)
    messages.success(
        request,
        _("The link starting with %(hint)s no longer opens the report.")
        % {"hint": link.token_hint},
    )
    return redirect(back)
