"""Staff overview of what trips led to (/results/): every trip with its needs and matches,
one trip's host reports and diplomas, and a printable diploma."""

from django.shortcuts import get_object_or_404, render

from sme2go.access import staff_required
from sme2go.pagination import paginate
from trips.models import Recognition, Trip
from trips.planning.checks import plan_problems
from trips.queries.needs import hosts_of, trips_with_match_counts

TRIPS_PER_PAGE = 25


@staff_required(perm="trips.view_trip")
def index(request):
    trips = trips_with_match_counts()
    page, query = paginate(request, trips, TRIPS_PER_PAGE)
    return render(request, "trips/results/index.html", {"page": page, "query": query})


@staff_required(perm="trips.view_trip")
def trip_overview(request, slug):
    trip = get_object_or_404(Trip.objects.select_related("programme"), slug=slug)
    hosts = hosts_of(trip)
    recognitions = trip.recognitions.select_related("recipient").order_by("date", "pk")
    return render(
        request,
        "trips/results/trip.html",
        {
            "trip": trip,
            "hosts": hosts,
            "recognitions": recognitions,
            "needs_without_host": trip.needs.filter(host__isnull=True).count(),
            "problems": plan_problems(trip),
        },
    )


@staff_required(perm="trips.view_recognition")
def diploma(request, pk):
    recognition = get_object_or_404(
        Recognition.objects.select_related("trip__programme", "recipient"), pk=pk
    )
    awarders = [
        link.organisation
        for link in recognition.awarder_links.select_related("organisation").order_by(
            "organisation__name"
        )
    ]
    return render(
        request,
        "trips/results/diploma.html",
        {"recognition": recognition, "trip": recognition.trip, "awarders": awarders},
    )
