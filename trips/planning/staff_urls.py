"""Staff pages for planning a trip's meetings, included under /preparation/."""

from django.urls import path

from . import staff_views

app_name = "planning"

urlpatterns = [
    path("trips/<slug:slug>/grid/", staff_views.grid, name="grid"),
    path("trips/<slug:slug>/meetings/new/", staff_views.plan_meeting, name="plan_meeting"),
    path("trips/<slug:slug>/travel-times/", staff_views.travel_time, name="travel_time"),
]
