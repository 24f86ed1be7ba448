"""Public pages: the list of published trips and their reports."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string

from sme2go.pagination import paginate
from trips.access import can_preview_trips
from trips.models import Trip
from trips.page_cache import cached_fragment, fragment_key
from trips.public.languages import CONTENT_LANGUAGES, with_report_language
from trips.queries import itinerary
from trips.queries.public_report import public_report, published_trips

TRIPS_PER_PAGE = 12


def home(request):
    page, query = paginate(request, published_trips(), TRIPS_PER_PAGE)
    return render(
        request, "trips/public/home.html", {"page": page, "query": query, "trips": page.object_list}
    )


@with_report_language
def trip_detail(request, slug):
    """The report, rendered once per version of its content (trips/page_cache.py): publishing,
    unpublishing or editing the trip or anything on it changes the version, so a hidden trip is
    "not found" and an edit shows at once."""
    preview_allowed = can_preview_trips(request.user)
    day = itinerary.requested_day(request)
    lang = request.GET.get("lang") if request.GET.get("lang") in CONTENT_LANGUAGES else ""
    key = fragment_key("public", slug, preview_allowed, request.get_host(), lang, day)
    report = cached_fragment(key, lambda: _report(request, slug, preview_allowed, day, lang))
    context = {
        **report,
        "preview": not report["trip"].is_published,
        "share_url": request.build_absolute_uri(report["trip"].get_absolute_url()),
    }
    return render(request, "trips/public/trip_detail.html", context)


def _report(request, slug, preview_allowed, day, lang):
    """The trip, its report's body as HTML, and whether that holds a map (the page then loads
    Leaflet). 404 (and nothing cached) for a trip the visitor may not see."""
    trips = Trip.objects.all() if preview_allowed else Trip.objects.published()
    trip = get_object_or_404(trips.with_key_figures().select_related("programme"), slug=slug)
    data = public_report(trip)
    context = {
        "trip": trip,
        "preview": not trip.is_published,
        "map_tiles": {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION},
        "day_page": itinerary.day_page(data["days"], day),
        "day_query": f"lang={lang}&" if lang else "",
        **data,
    }
    html = render_to_string("trips/public/_report.html", context, request=request)
    return {"trip": trip, "report": html, "has_map": bool(data["map_points"])}
