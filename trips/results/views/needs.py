"""Staff pages on hosts' needs and the companies matched to them (/results/…/needs/)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from contacts.models import Organisation
from sme2go.access import staff_required
from trips.models import Match, Need, Trip
from trips.queries.needs import needs_with_matches
from trips.services.matches import match_add, match_decide, matches_propose
from trips.services.needs import need_record

from ..forms import AddMatchForm, NeedForm, ProposeForm


def _error_text(error):
    return " ".join(error.messages)


@staff_required(perm="trips.view_need")
def needs(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    need_list = list(needs_with_matches(trip))
    company_choices = [("", "---------")] + [
        (c.pk, c.name) for c in Organisation.objects.participants().order_by("name")
    ]
    for need in need_list:
        need.propose_form = ProposeForm(auto_id=f"id_need{need.pk}_%s")
        need.add_form = AddMatchForm(auto_id=f"id_need{need.pk}_%s")
        need.add_form.fields["company"].choices = company_choices
    return render(request, "trips/results/needs.html", {"trip": trip, "needs": need_list})


@staff_required(perm="trips.add_need")
def add_need(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    form = NeedForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        try:
            need = need_record(
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
                created = matches_propose(need=need).created
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
        "trips/results/need_form.html",
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
    result = matches_propose(need=need, scope=form.cleaned_data["scope"])
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
        match = match_add(
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
    match_decide(match=match, status=DECISIONS[decision])
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
