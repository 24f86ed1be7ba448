"""Public pages: the list of published trips and their reports."""

from django.shortcuts import get_object_or_404, render

from .models import Trip


def home(request):
    trips = Trip.objects.published().select_related("programme").order_by("-start_date")
    return render(request, "trips/home.html", {"trips": trips})


def trip_detail(request, slug):
    trip = get_object_or_404(Trip.objects.published().select_related("programme"), slug=slug)
    return render(request, "trips/trip_detail.html", {"trip": trip})
