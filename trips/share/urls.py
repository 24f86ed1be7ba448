"""Host report links that need no login (/share/<token>/)."""

from django.urls import path

from . import views

app_name = "share"

urlpatterns = [
    path("<str:token>/", views.host_report, name="host_report"),
]
