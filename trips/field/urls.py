"""The trip on a phone (/field/): programme of the day, meeting notes, offline support."""

from django.urls import path

from . import views

app_name = "field"

urlpatterns = [
    path("", views.home, name="home"),
    path("sw.js", views.service_worker, name="sw"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("trips/<slug:slug>/", views.day, name="day"),
    path("trips/<slug:slug>/meetings/<int:pk>/notes/", views.note_submit, name="note"),
]
