"""Each participating company's own trip pages (/my/)."""

from django.urls import include, path

from . import views

app_name = "my"

urlpatterns = [
    path("", views.my_trips, name="trips"),
    path("trips/<slug:slug>/", views.my_trip, name="trip"),
    path("trips/<slug:slug>/leads/<int:pk>/", views.lead_update, name="lead"),
    path("trips/<slug:slug>/feedback/", views.feedback, name="feedback"),
    path("trips/<slug:slug>/contacts.csv", views.contacts_csv, name="contacts_csv"),
    path("trips/<slug:slug>/contacts.vcf", views.contacts_vcf, name="contacts_vcf"),
    path("trips/<slug:slug>/wishes/", include("trips.planning.company_urls")),
    path("trips/<slug:slug>/itinerary.ics", views.itinerary_calendar, name="itinerary_ics"),
]
