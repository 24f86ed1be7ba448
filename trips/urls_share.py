"""Host report links that need no login (/share/<token>/)."""

from django.urls import path

from . import views_share

app_name = "share"

urlpatterns = [
    path("<str:token>/", views_share.host_report, name="host_report"),
]
