"""Staff preparing a trip (/preparation/): each company's programme and the trip leader's
combined one, as pages, briefing books and calendars."""

from django.urls import path

from . import views

app_name = "programme"

TRIP = "trips/<slug:slug>/"
COMPANY = TRIP + "programme/<slug:company_slug>/"

urlpatterns = [
    path(TRIP + "programme/", views.trip_programme, name="trip"),
    path(TRIP + "briefing/", views.trip_briefing, name="trip_briefing"),
    path(TRIP + "programme.ics", views.trip_calendar, name="trip_ics"),
    path(COMPANY, views.staff_company_programme, name="company"),
    path(COMPANY + "briefing/", views.staff_company_briefing, name="company_briefing"),
    path(COMPANY + "programme.ics", views.staff_company_calendar, name="company_ics"),
]
