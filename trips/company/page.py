"""A company's trip page, built once per version of its content and cached (trips/page_cache.py).

Cached twice over:
- the whole page as its visitor sees it, for a request that brings nothing of its own (no notice
  of a save, no submitted form): keyed by the login too (the top bar is theirs) and by the full
  path, with a stand-in for every CSRF token, replaced by the visitor's own on every request;
- the page's body as HTML, with the same stand-in, and the records it was built from
  (agreements, leads, matches, the participation, the itinerary as HTML, the unfilled forms as
  HTML). A request that shows a notice of a save, or a submitted form with its errors, renders
  the page from those records instead.
"""

from functools import partial

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_form
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

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
    page = {
        **page,
        "company": company,
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
    for lead in page["leads"]:
        lead.form, lead.form_html, lead.notices = None, page["lead_forms"][lead.pk], []
    body = {**page, "feedback_form": None, "feedback_notices": [], "csrf_token": CSRF_STAND_IN}
    page["body"] = render_to_string("trips/company/_trip_content.html", body, request=request)
    return page


def whole_page(request, company, slug):
    """The whole HTML of the page at `request.get_full_path()` for this login, when the request
    brings nothing of its own, with the visitor's own CSRF token in each form; 404 (and nothing
    cached) unless the company took part in the trip."""
    return cached_whole(
        request, "company-whole", company, partial(_build_whole, request, company, slug)
    )


def cached_whole(request, name, company, build):
    """A company page `name` as this login sees it at `request.get_full_path()`: `build()`'s
    HTML (rendered with CSRF_STAND_IN as its CSRF token) when not cached yet, with the
    visitor's own token put in."""
    key = fragment_key(name, company.pk, request.user.pk, request.get_full_path())
    html = cached_fragment(key, build)
    return html.replace(CSRF_STAND_IN, get_token(request))


def _build_whole(request, company, slug):
    page = cached_page(request, company, slug)
    context = {
        **page,
        "company": company,
        "content": mark_safe(page["body"]),  # noqa: S308 - our template's output, escaped
        "csrf_token": CSRF_STAND_IN,  # in the top bar's forms too
    }
    return render_to_string("trips/company/trip_detail.html", context, request=request)


# Where the cached body holds a form's CSRF token; letters, digits and dashes only, so that HTML
# escaping leaves it as it is.
CSRF_STAND_IN = "csrf-token-stand-in-3c9f0a7e"


def body_for(request, page):
    """The cached body with the visitor's own CSRF token in each form. The body is our template's
    output, escaped when it was rendered; the token is letters and digits."""
    html = page["body"].replace(CSRF_STAND_IN, get_token(request))
    return mark_safe(html)  # noqa: S308 - our template's output, escaped when rendered
