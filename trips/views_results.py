"""Staff pages on needs, matches, host reports and their share links (/results/…)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Case, Count, IntegerField, Max, Prefetch, Q, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from contacts.csv_safe import csv_response, delimiter_from
from contacts.models import Organisation

from . import results
from . import services_results as services
from .access import staff_required
from .forms_results import AddMatchForm, LinkForm, NeedForm, ProposeForm
from .models import HostReportLink, HostReportOpening, Match, Need, Trip
from .pagination import paginate

NEW_LINK_SESSION_KEY = "results_new_share_link"


def _error_text(error):
    return " ".join(error.messages)


# --- Overview ------------------------------------------------------------------------------
@staff_required(perm="trips.view_trip")
def index(request):
    trips = (
        Trip.objects.select_related("programme")
        .annotate(
            need_count=Count("needs", distinct=True),
            accepted_count=Count(
                "needs__matches",
                filter=Q(needs__matches__status=Match.Status.ACCEPTED),
                distinct=True,
            ),
            proposed_count=Count(
                "needs__matches",
                filter=Q(needs__matches__status=Match.Status.PROPOSED),
                distinct=True,
            ),
        )
        .order_by("-start_date", "pk")
    )
    page, query = paginate(request, trips, 25)
    return render(request, "results/index.html", {"page": page, "query": query})


@staff_required(perm="trips.view_trip")
def trip_overview(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    hosts = (
        Organisation.objects.filter(needs__trip=trip)
        .annotate(
            need_count=Count("needs", filter=Q(needs__trip=trip), distinct=True),
        )
        .order_by("name")
    )
    recognitions = trip.recognitions.select_related("recipient").order_by("date", "pk")
    return render(
        request,
        "results/trip.html",
        {
            "trip": trip,
            "hosts": hosts,
            "recognitions": recognitions,
            "needs_without_host": trip.needs.filter(host__isnull=True).count(),
        },
    )


# --- Needs and matches ---------------------------------------------------------------------
@staff_required(perm="trips.view_need")
def needs(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    need_list = (
        trip.needs.select_related("host", "place__parent")
        .prefetch_related("sectors", _matches_prefetch())
        .order_by("title", "pk")
    )
    need_list = list(need_list)
    company_choices = [("", "---------")] + [
        (c.pk, c.name) for c in Organisation.objects.participants().order_by("name")
    ]
    for need in need_list:
        need.propose_form = ProposeForm(auto_id=f"id_need{need.pk}_%s")
        need.add_form = AddMatchForm(auto_id=f"id_need{need.pk}_%s")
        need.add_form.fields["company"].choices = company_choices
    return render(request, "results/needs.html", {"trip": trip, "needs": need_list})


def _matches_prefetch():
    """Proposed first (they wait for a decision), then accepted, then rejected."""
    order = Case(
        When(status=Match.Status.PROPOSED, then=Value(0)),
        When(status=Match.Status.ACCEPTED, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return Prefetch(
        "matches",
        queryset=Match.objects.select_related("company")
        .prefetch_related("company__sectors")
        .order_by(order, "-score", "company__name"),
    )


@staff_required(perm="trips.add_need")
def add_need(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    form = NeedForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        try:
            need = services.record_need(
                trip=trip,
                title=data["title"],
                host=data["host"],
                place=data["place"],
                description=data["description"],
                sectors=data["sectors"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Need “%(need)s” recorded.") % {"need": need.title})
            if data["propose"]:
                created = services.propose_matches(need=need).created
                messages.info(
                    request,
                    ngettext(
                        "%(n)d matching company proposed.",
                        "%(n)d matching companies proposed.",
                        created,
                    )
                    % {"n": created},
                )
            return _back_to_needs(need)
    return render(
        request,
        "results/need_form.html",
        {"trip": trip, "form": form},
        status=400 if form.errors else 200,
    )


def _need_or_404(pk):
    return get_object_or_404(Need.objects.select_related("trip__programme"), pk=pk)


def _back_to_needs(need):
    return redirect(reverse("results:needs", kwargs={"slug": need.trip.slug}) + f"#need-{need.pk}")


@require_POST
@staff_required(perm=["trips.add_match", "trips.change_match"])
def propose(request, pk):
    need = _need_or_404(pk)
    form = ProposeForm(request.POST or None)
    if not form.is_valid():
        messages.error(request, _("Choose which companies to look at."))
        return _back_to_needs(need)
    result = services.propose_matches(need=need, scope=form.cleaned_data["scope"])
    if result.created or result.updated:
        messages.success(
            request,
            _(
                "“%(need)s”: %(created)d new proposal(s), %(updated)d updated; "
                "%(kept)d decided match(es) left as they were."
            )
            % {
                "need": need.title,
                "created": result.created,
                "updated": result.updated,
                "kept": result.kept,
            },
        )
    else:
        messages.info(
            request,
            _("“%(need)s”: no company shares a sector or a word with this need.")
            % {"need": need.title}
            if not result.kept
            else _("“%(need)s”: nothing new; decided matches were left as they were.")
            % {"need": need.title},
        )
    return _back_to_needs(need)


@require_POST
@staff_required(perm="trips.add_match")
def add_match(request, pk):
    need = _need_or_404(pk)
    form = AddMatchForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a participant company to add."))
        return _back_to_needs(need)
    try:
        match = services.add_match(
            need=need, company=form.cleaned_data["company"], reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("%(company)s is matched to “%(need)s”.")
            % {"company": match.company.name, "need": need.title},
        )
    return _back_to_needs(need)


DECISIONS = {
    "accept": Match.Status.ACCEPTED,
    "reject": Match.Status.REJECTED,
    "reset": Match.Status.PROPOSED,
}


@require_POST
@staff_required(perm="trips.change_match")
def decide(request, pk, decision):
    if decision not in DECISIONS:
        raise Http404
    match = get_object_or_404(Match.objects.select_related("need__trip", "company"), pk=pk)
    services.decide_match(match=match, status=DECISIONS[decision])
    messages.success(
        request,
        _("%(company)s for “%(need)s”: %(status)s.")
        % {
            "company": match.company.name,
            "need": match.need.title,
            "status": match.get_status_display(),
        },
    )
    return _back_to_needs(match.need)


# --- Host reports --------------------------------------------------------------------------
def _trip_and_host_or_404(slug, host_slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    host = get_object_or_404(Organisation, slug=host_slug)
    if not results.host_needs(trip, host).exists():
        raise Http404
    return trip, host


@staff_required(perm=["trips.view_need", "trips.view_match"])
def host_report(request, slug, host_slug):
    trip, host = _trip_and_host_or_404(slug, host_slug)
    links = (
        HostReportLink.objects.filter(trip=trip, host=host)
        .select_related("created_by")
        .annotate(opening_count=Count("openings"), last_opened=Max("openings__opened_at"))
        .prefetch_related(
            Prefetch(
                "openings",
                queryset=HostReportOpening.objects.order_by("-opened_at", "-pk")[:5],
                to_attr="recent_openings",
            )
        )
    )
    new_link = request.session.pop(NEW_LINK_SESSION_KEY, None)
    if new_link and not links.filter(pk=new_link.get("pk")).exists():
        new_link = None  # made for another report: not shown here
    undecided = Match.objects.filter(
        need__trip=trip, need__host=host, status=Match.Status.PROPOSED
    ).count()
    return render(
        request,
        "results/host_report.html",
        {
            "trip": trip,
            "host": host,
            "report": results.host_report(trip, host),
            "links": links,
            "undecided": undecided,
            "link_form": LinkForm(),
            "new_link": new_link,
            "shared": False,
        },
    )


@staff_required(perm=["trips.view_need", "trips.view_match"])
def host_report_csv(request, slug, host_slug):
    trip, host = _trip_and_host_or_404(slug, host_slug)
    report = results.host_report(trip, host)
    filename = f"host-report-{trip.slug}-{host.slug}.csv"
    return csv_response(
        filename,
        [str(h) for h in results.HOST_REPORT_CSV_HEADER],
        results.host_report_rows(report),
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
    link, token = services.create_host_report_link(
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


@require_POST
@staff_required(perm="trips.change_hostreportlink")
def revoke_link(request, pk):
    link = get_object_or_404(HostReportLink.objects.select_related("trip", "host"), pk=pk)
    services.revoke_host_report_link(link=link, by=request.user)
    messages.success(
        request,
        _("The link starting with %(hint)s no longer opens the report.")
        % {"hint": link.token_hint},
    )
    return redirect(
        reverse("results:host_report", kwargs={"slug": link.trip.slug, "host_slug": link.host.slug})
        + "#share"
    )
