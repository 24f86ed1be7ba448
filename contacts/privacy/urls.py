"""Staff pages on one person's data (/contacts/privacy/…): its record and its anonymisation."""

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("people/<int:pk>/", views.record, name="record"),
    path("people/<int:pk>/record.json", views.record_json, name="record_json"),
    path("people/<int:pk>/anonymise/", views.anonymise, name="anonymise"),
]
