"""Public pages: the list of published trips and their reports."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render

from sme2go.pagination import paginate
from trips.access import can_preview_trips
from trips.applications.views import public_call
from trips.models import Trip
from trips.public.languages import with_report_language
from trips.queries.public_report import public_report, published_trips

TRIPS_PER_PAGE = 12


def home(request):
    page, query = paginate(request, published_trips(), TRIPS_PER_PAGE)
    return render(
        request, "trips/public/home.html", {"page": page, "query": query, "trips": page.object_list}
    )


@with_report_language
def trip_detail(request, slug):
    trips = Trip.objects.all() if can_preview_trips(request.user) else Trip.objects.published()
    trips = trips.with_key_figures().select_related("programme", "call")
    trip = get_object_or_404(trips, slug=slug)
    context = {
        "trip": trip,
        "preview": not trip.is_published,
        "call": public_call(trip),
        "share_url": request.build_absolute_uri(trip.get_absolute_url()),
        "map_tiles": {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION},
        **public_report(trip),
    }
    return render(request, "trips/public/trip_detail.html", context)
