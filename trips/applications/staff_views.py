"""Staff review of a trip's applications (/preparation/trips/<slug>/applications/)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sme2go.access import check_staff, staff_required
from trips.models import Application, Call

from .forms import FilterForm, ReviewForm
from .selectors import applications_for_review, earlier_trips
from .services import application_decide as decide_application

DECISIONS = {
    "accept": (Application.Status.ACCEPTED, _("%(company)s is accepted; the mail is sent.")),
    "decline": (Application.Status.DECLINED, _("%(company)s is declined; the mail is sent.")),
    "waitlist": (
        Application.Status.WAITLISTED,
        _("%(company)s is on the wait-list; the mail is sent."),
    ),
    "withdraw": (Application.Status.WITHDRAWN, _("%(company)s has withdrawn.")),
}


@staff_required(perm="trips.view_application")
def application_list(request, slug):
    call = get_object_or_404(
        Call.objects.select_related("trip").prefetch_related("sectors"), trip__slug=slug
    )
    everything = call.applications.all()
    countries_seen = sorted(set(everything.values_list("country", flat=True)))
    filters = FilterForm(request.GET or None, countries_seen=countries_seen)
    applications = applications_for_review(call, filters.cleaned_data if filters.is_valid() else {})
    earlier = earlier_trips(applications, call.trip)
    for application in applications:
        application.earlier_trips = earlier[application.pk]
    taken = call.places_taken()
    context = {
        "call": call,
        "trip": call.trip,
        "filters": filters,
        "applications": applications,
        "taken": taken,
        "state_label": Call.State(call.state(taken)).label,
    }
    return render(request, "trips/applications/staff/list.html", context)


@staff_required(perm="trips.view_application")
def application_detail(request, pk):
    application = _application_or_404(pk)
    form = ReviewForm(instance=application)
    status = 200
    if request.method == "POST":
        refused = check_staff(request, "trips.change_application")
        if refused:
            return refused
        form = ReviewForm(request.POST, instance=application)
        if form.is_valid():
            form.save()
            messages.success(request, _("Comment and score saved."))
            return redirect("applications:detail", pk=pk)
        status = 400
    context = {
        "application": application,
        "trip": application.call.trip,
        "form": form,
        "earlier": earlier_trips([application], application.call.trip).get(application.pk, []),
    }
    return render(request, "trips/applications/staff/detail.html", context, status=status)


@require_POST
@staff_required(perm="trips.change_application")
def application_decide(request, pk, decision):
    if decision not in DECISIONS:
        raise Http404
    application = _application_or_404(pk)
    status, done = DECISIONS[decision]
    try:
        changed = decide_application(application=application, decision=status)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"company": application.company_name})
        for moved in changed[1:]:
            messages.info(
                request,
                _("%(company)s moved up from the wait-list and is accepted; the mail is sent.")
                % {"company": moved.company_name},
            )
    return redirect("applications:detail", pk=pk)


def _application_or_404(pk):
    applications = Application.objects.select_related(
        "call__trip", "organisation", "participation"
    ).prefetch_related("sectors", "delegates")
    return get_object_or_404(applications, pk=pk)
