from django.urls import path

from . import views

app_name = "trips"

urlpatterns = [
    path("trips/<slug:slug>/", views.trip_detail, name="detail"),
]
