"""Public pages: the list of published trips and their reports."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from .access import can_preview_trips, company_of
from .models import Trip
from .pagination import paginate
from .report import public_report
from .report_languages import with_report_language

TRIPS_PER_PAGE = 12


def home(request):
    trips = (
        Trip.objects.published()
        .with_key_figures()
        .select_related("programme")
        .order_by("-start_date", "-pk")
    )
    page, query = paginate(request, trips, TRIPS_PER_PAGE)
    return render(
        request, "trips/home.html", {"page": page, "query": query, "trips": page.object_list}
    )


@with_report_language
def trip_detail(request, slug):
    trips = Trip.objects.all() if can_preview_trips(request.user) else Trip.objects.published()
    trip = get_object_or_404(trips.with_key_figures().select_related("programme"), slug=slug)
    context = {
        "trip": trip,
        "preview": not trip.is_published,
        "share_url": request.build_absolute_uri(trip.get_absolute_url()),
        "map_tiles": {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION},
        **public_report(trip),
    }
    return render(request, "trips/trip_detail.html", context)


class LoginView(auth_views.LoginView):
    """Django's login, landing each audience on its own start page unless ?next= says where."""

    def get_default_redirect_url(self):
        user = self.request.user
        if user.is_staff:
            return reverse("admin:index")
        if company_of(user) is not None:
            return reverse("my:trips")
        return super().get_default_redirect_url()
