"""The public trip reports (/trips/<slug>/); the home page is routed in sme2go/urls.py."""

from django.urls import path

from ..applications import views as applications
from . import views

app_name = "trips"

urlpatterns = [
    path("trips/<slug:slug>/", views.trip_detail, name="detail"),
    path("trips/<slug:slug>/apply/", applications.apply, name="apply"),
    path("trips/<slug:slug>/apply/sent/", applications.apply_done, name="apply_done"),
]
