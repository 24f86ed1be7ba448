"""The programme pages, for a company (/my/trips/<slug>/…) and for staff (/preparation/…).

Access is decided in one place per audience: `trips.access.company_trip_or_404` for a company
(only a trip it takes part in, only the meetings it attends); `sme2go.access.staff_required`
for staff, who may open any company's programme of a trip, or the trip leader's combined one.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from sme2go.access import staff_required
from trips.access import company_trip_or_404
from trips.models import Participation, Trip

from .calendars import programme_ics_response
from .queries import programme

STAFF_PERMS = ["trips.view_trip", "trips.view_meeting"]


def _render(request, template, trip, company, links, **extra):
    context = {"trip": trip, "company": company, "links": links, **programme(trip, company)}
    return render(request, template, {**context, **extra})


# --- A company's own programme ------------------------------------------------------------
def _company_trip(request, slug):
    return company_trip_or_404(request.user, slug, Trip.objects.select_related("programme"))


def _company_links(trip):
    kwargs = {"slug": trip.slug}
    return {
        "page": reverse("my:programme", kwargs=kwargs),
        "briefing": reverse("my:briefing", kwargs=kwargs),
        "ics": reverse("my:programme_ics", kwargs=kwargs),
        "back": reverse("my:trip", kwargs=kwargs),
    }


@login_required
def company_programme(request, slug):
    company, trip = _company_trip(request, slug)
    return _render(request, "trips/programme/programme.html", trip, company, _company_links(trip))


@login_required
def company_briefing(request, slug):
    company, trip = _company_trip(request, slug)
    return _render(request, "trips/programme/briefing.html", trip, company, _company_links(trip))


@login_required
def company_calendar(request, slug):
    company, trip = _company_trip(request, slug)
    return programme_ics_response(
        request,
        trip,
        programme(trip, company),
        name=f"{trip.title} · {company.name}",
        filename=f"{trip.slug}-programme.ics",
    )


# --- Staff: any company's programme, and the trip leader's combined one ---------------------
def _staff_trip(slug):
    return get_object_or_404(Trip.objects.select_related("programme"), slug=slug)


def _staff_company(trip, company_slug):
    participation = get_object_or_404(
        Participation.objects.select_related("company"), trip=trip, company__slug=company_slug
    )
    return participation.company


def _staff_links(trip, company=None):
    if company is None:
        kwargs = {"slug": trip.slug}
        names = ("trip", "trip_briefing", "trip_ics")
    else:
        kwargs = {"slug": trip.slug, "company_slug": company.slug}
        names = ("company", "company_briefing", "company_ics")
    links = {
        key: reverse(f"programme:{name}", kwargs=kwargs)
        for key, name in zip(("page", "briefing", "ics"), names, strict=True)
    }
    back = "programme:trip" if company else "results:trip"
    return {**links, "back": reverse(back, kwargs={"slug": trip.slug})}


@staff_required(perm=STAFF_PERMS)
def trip_programme(request, slug):
    trip = _staff_trip(slug)
    links = _staff_links(trip)
    return _render(request, "trips/programme/programme.html", trip, None, links, staff=True)


@staff_required(perm=STAFF_PERMS)
def trip_briefing(request, slug):
    trip = _staff_trip(slug)
    links = _staff_links(trip)
    return _render(request, "trips/programme/briefing.html", trip, None, links, staff=True)


@staff_required(perm=STAFF_PERMS)
def trip_calendar(request, slug):
    trip = _staff_trip(slug)
    return programme_ics_response(
        request,
        trip,
        programme(trip),
        name=_("%(trip)s · whole delegation") % {"trip": trip.title},
        filename=f"{trip.slug}-delegation.ics",
    )


@staff_required(perm=STAFF_PERMS)
def staff_company_programme(request, slug, company_slug):
    trip = _staff_trip(slug)
    company = _staff_company(trip, company_slug)
    links = _staff_links(trip, company)
    return _render(request, "trips/programme/programme.html", trip, company, links, staff=True)


@staff_required(perm=STAFF_PERMS)
def staff_company_briefing(request, slug, company_slug):
    trip = _staff_trip(slug)
    company = _staff_company(trip, company_slug)
    links = _staff_links(trip, company)
    return _render(request, "trips/programme/briefing.html", trip, company, links, staff=True)


@staff_required(perm=STAFF_PERMS)
def staff_company_calendar(request, slug, company_slug):
    trip = _staff_trip(slug)
    company = _staff_company(trip, company_slug)
    return programme_ics_response(
        request,
        trip,
        programme(trip, company),
        name=f"{trip.title} · {company.name}",
        filename=f"{trip.slug}-{company.slug}-programme.ics",
    )
