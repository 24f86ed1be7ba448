"""The public trip reports (/trips/<slug>/); the home page is routed in sme2go/urls.py."""

from django.urls import path

from . import views

app_name = "trips"

urlpatterns = [
    path("trips/<slug:slug>/", views.trip_detail, name="detail"),
]
