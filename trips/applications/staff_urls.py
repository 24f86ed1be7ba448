"""Staff pages of the phase before a trip (/preparation/): the applications to its call."""

from django.urls import path

from . import staff_views

app_name = "applications"

urlpatterns = [
    path(
        "trips/<slug:slug>/applications/",
        staff_views.application_list,
        name="list",
    ),
    path("applications/<int:pk>/", staff_views.application_detail, name="detail"),
    path(
        "applications/<int:pk>/<str:decision>/",
        staff_views.application_decide,
        name="decide",
    ),
]
