"""A company's programme of one of its trips, included in the company pages' URLs ("my")."""

from django.urls import path

from . import views

urlpatterns = [
    path("programme/", views.company_programme, name="programme"),
    path("briefing/", views.company_briefing, name="briefing"),
    path("programme.ics", views.company_calendar, name="programme_ics"),
]
