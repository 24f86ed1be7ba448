"""Each participating company's own trip pages (/my/).

Access: anonymous users go to the login page; any login that is not a participant company's
(staff included), or a company asking for a trip it did not take part in or a lead it does not
own, gets 404. Everything is fetched through `trips.access`, scoped to the user's company.
"""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from contacts.csv_safe import csv_response, delimiter_from
from contacts.exporting import vcard_response
from sme2go.pagination import paginate
from trips.access import company_or_404, company_trip_or_404
from trips.models import Lead, Participation, Trip
from trips.queries.company_trip import calendar_entries, contacts_met
from trips.services.leads import lead_update_by_company
from trips.services.participations import feedback_give

from .calendars import itinerary_ics
from .forms import FeedbackForm, LeadUpdateForm
from .page import CSRF_STAND_IN, body_for, cached_page, cached_whole, whole_page
from .vcards import person_vcard

TRIPS_PER_PAGE = 20


def _company_trip(request, slug):
    """(company, trip) for a trip the user's company took part in; 404 otherwise."""
    return company_trip_or_404(request.user, slug)


@login_required
def my_trips(request):
    """The company's trips, newest first; cached like its trip pages (trips/page_cache.py)
    unless a notice waits to be shown."""
    company = company_or_404(request.user)
    if _has_messages(request):
        return HttpResponse(_trip_list(request, company))
    build = partial(_trip_list, request, company, csrf_token=CSRF_STAND_IN)
    return HttpResponse(cached_whole(request, "company-trips", company, build))


def _trip_list(request, company, **extra):
    trips = Trip.objects.of_company(company).order_by("-start_date", "-pk")
    page, query = paginate(request, trips, TRIPS_PER_PAGE)
    context = {"company": company, "page": page, "query": query, "trips": page.object_list}
    return render_to_string("trips/company/trip_list.html", {**context, **extra}, request=request)


def _render_trip(request, company, slug, lead_forms=None, feedback_form=None):
    """The company's trip page; `lead_forms`/`feedback_form` carry a submitted form's errors.

    A confirmation is shown in the section it confirms (a lead, the feedback), where the
    browser lands after saving (the redirect's #anchor), not at the top of a long page."""
    if not lead_forms and feedback_form is None and not _has_messages(request):
        return HttpResponse(whole_page(request, company, slug))  # nothing of this request's own
    page = cached_page(request, company, slug)
    lead_forms = lead_forms or {}
    anchors = {"feedback", *(_lead_anchor(lead) for lead in page["leads"])}
    in_place, elsewhere = _messages_by_section(request, anchors)
    for lead in page["leads"]:
        lead.form = lead_forms.get(lead.pk)  # a submitted form with its errors, or None
        lead.form_html = page["lead_forms"][lead.pk]  # the unfilled form, rendered
        lead.notices = in_place.get(_lead_anchor(lead), [])
    context = {
        **page,
        "company": company,
        "feedback_form": feedback_form,
        "feedback_notices": in_place.get("feedback", []),
        "messages": elsewhere,  # base.html shows these at the top, as on every page
    }
    if not lead_forms and feedback_form is None and not in_place:  # nothing of this request's
        context["content"] = body_for(request, page)
    return render(request, "trips/company/trip_detail.html", context)


def _lead_anchor(lead):
    return f"lead-{lead.pk}"


def _has_messages(request):
    """Whether a notice waits to be shown (counting them does not use them up)."""
    return bool(len(messages.get_messages(request)))


def _messages_by_section(request, anchors):
    """({anchor: [message, …]}, [other messages]): a message whose extra tag names a section
    of the page belongs there."""
    in_place, elsewhere = {}, []
    for message in messages.get_messages(request):
        if message.extra_tags in anchors:
            in_place.setdefault(message.extra_tags, []).append(message)
        else:
            elsewhere.append(message)
    return in_place, elsewhere


@login_required
def my_trip(request, slug):
    return _render_trip(request, company_or_404(request.user), slug)


@login_required
@require_http_methods(["GET", "POST"])
def lead_update(request, slug, pk):
    company, trip = _company_trip(request, slug)
    lead = get_object_or_404(
        Lead.objects.select_related("counterpart", "counterpart_person"),
        pk=pk,
        trip=trip,
        company=company,
    )
    if request.method == "GET":
        return redirect(f"{_trip_url(trip)}#{_lead_anchor(lead)}")
    form = LeadUpdateForm.for_lead(lead, request.POST)
    if form.is_valid():
        try:
            lead_update_by_company(lead=lead, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Lead with %(name)s updated.") % {"name": lead.counterpart.name},
                extra_tags=_lead_anchor(lead),
            )
            return redirect(f"{_trip_url(trip)}#{_lead_anchor(lead)}")
    return _render_trip(request, company, slug, lead_forms={lead.pk: form})


@login_required
@require_http_methods(["GET", "POST"])
def feedback(request, slug):
    company, trip = _company_trip(request, slug)
    if request.method == "GET":
        return redirect(f"{_trip_url(trip)}#feedback")
    participation = get_object_or_404(Participation, trip=trip, company=company)
    form = FeedbackForm(request.POST, trip=trip)
    if form.is_valid():
        feedback_give(participation=participation, feedback=form.cleaned_data["feedback"])
        messages.success(request, _("Thank you: your feedback was saved."), extra_tags="feedback")
        return redirect(f"{_trip_url(trip)}#feedback")
    return _render_trip(request, company, slug, feedback_form=form)


@login_required
def contacts_csv(request, slug):
    company, trip = _company_trip(request, slug)
    people = contacts_met(trip, company)
    header = [
        _("Name"),
        _("Name in native script"),
        _("Title or role"),
        _("Organisation"),
        _("Organisation in native script"),
        _("E-mail"),
        _("Phone"),
        _("Messaging ID"),
        _("Met in"),
    ]
    rows = (
        [
            person.latin_name,
            person.native_name,
            person.title,
            person.organisation.name if person.organisation else "",
            person.organisation.native_name if person.organisation else "",
            person.email,
            person.phone.as_international if person.phone else "",
            person.messaging_id,
            "; ".join(m.title for m in person.meetings_with_company),
        ]
        for person in people
    )
    return csv_response(f"{trip.slug}-contacts.csv", header, rows, delimiter_from(request))


@login_required
def contacts_vcf(request, slug):
    company, trip = _company_trip(request, slug)
    cards = (person_vcard(person, trip) for person in contacts_met(trip, company))
    return vcard_response(f"{trip.slug}-contacts.vcf", cards)


@login_required
def itinerary_calendar(request, slug):
    company, trip = _company_trip(request, slug)
    visits, meetings = calendar_entries(trip, company)
    response = HttpResponse(
        itinerary_ics(trip, visits, meetings, host=request.get_host().split(":")[0]),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{trip.slug}.ics")
    return response


def _trip_url(trip):
    return reverse("my:trip", kwargs={"slug": trip.slug})
