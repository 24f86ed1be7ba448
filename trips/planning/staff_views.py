"""Staff planning of a trip's meetings (/preparation/trips/<slug>/…): the grid of companies ×
hosts, planning a meeting from a cell, travel times, and the problems of the plan."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from sme2go.access import staff_required
from trips.models import Trip

from .checks import plan_problems
from .forms import MeetingPlanForm, TravelTimeForm
from .queries import planned_meetings, planning_grid, travel_times
from .services import meeting_plan, travel_time_set


def _trip(slug):
    return get_object_or_404(Trip.objects.select_related("programme"), slug=slug)


def _grid_context(trip, travel_form=None):
    meetings = planned_meetings(trip)
    hosts, rows = planning_grid(trip, meetings)
    return {
        "trip": trip,
        "hosts": hosts,
        "rows": rows,
        "problems": plan_problems(trip, meetings),
        "travel_times": travel_times(trip),
        "travel_form": travel_form or TravelTimeForm(trip=trip),
    }


@staff_required(perm="trips.view_meeting")
def grid(request, slug):
    trip = _trip(slug)
    return render(request, "trips/planning/grid.html", _grid_context(trip))


@staff_required(perm=["trips.add_meeting", "trips.view_meeting"])
@require_http_methods(["GET", "POST"])
def plan_meeting(request, slug):
    trip = _trip(slug)
    initial = {"host": request.GET.get("host"), "companies": request.GET.getlist("company")}
    data = request.POST if request.method == "POST" else None
    form = MeetingPlanForm(data, trip=trip, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meeting_plan(trip=trip, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Meeting “%(title)s” planned.") % {"title": meeting.title})
            for problem in plan_problems(trip):
                if meeting in problem.meetings:
                    messages.warning(request, problem.message)
            return redirect("planning:grid", slug=trip.slug)
    status = 400 if form.is_bound else 200
    context = {"trip": trip, "form": form}
    return render(request, "trips/planning/plan_meeting.html", context, status=status)


@staff_required(perm=["trips.add_traveltime", "trips.change_traveltime"])
@require_POST
def travel_time(request, slug):
    trip = _trip(slug)
    form = TravelTimeForm(request.POST, trip=trip)
    if form.is_valid():
        try:
            time = travel_time_set(trip=trip, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Travel time saved: %(time)s.") % {"time": time})
            return redirect(reverse("planning:grid", kwargs={"slug": trip.slug}) + "#travel")
    context = _grid_context(trip, travel_form=form)
    return render(request, "trips/planning/grid.html", context, status=400)
