"""A company's trip page, built once per version of its content and cached (trips/page_cache.py).

The itinerary and the people met are rendered to HTML; the rest (agreements, leads, matches,
the participation) is kept as records, with the lead and feedback forms rendered unfilled, so
that the page itself adds per request only what is the visitor's own: the CSRF tokens, the
notices of a save, and a submitted form with its errors.
"""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django.template.loader import render_to_string

from trips.access import trip_of_company_or_404
from trips.page_cache import cached_fragment, fragment_key
from trips.queries import itinerary
from trips.queries.company_trip import company_itinerary, company_trip_page

from .forms import FeedbackForm, LeadUpdateForm


def cached_page(request, company, slug):
    """What the company's page of the trip `slug` shows, the trip included; 404 (and nothing
    cached) unless the company took part in it. The key holds the company: one company's page
    is never served to another; and the content version: a participation added or removed
    changes it, so that the access decided when the page was built still holds."""
    day = itinerary.requested_day(request)
    key = fragment_key("company", company.pk, slug, day)
    return cached_fragment(key, lambda: _build(request, company, slug, day))


def _build(request, company, slug, day):
    trip = trip_of_company_or_404(company, slug)
    data = company_itinerary(trip, company)
    context = {"trip": trip, "day_page": itinerary.day_page(data["days"], day), **data}
    page = company_trip_page(trip, company)
    feedback = FeedbackForm(initial={"feedback": page["participation"].feedback}, trip=trip)
    return {
        **page,
        "trip": trip,
        "itinerary": render_to_string(
            "trips/company/_itinerary_column.html", context, request=request
        ),
        "lead_forms": {
            lead.pk: as_crispy_form(LeadUpdateForm.for_lead(lead)) for lead in page["leads"]
        },
        "feedback_html": as_crispy_form(feedback),
        "feedback_open": feedback.is_open,
    }
