"""Staff contact directory, export, import and de-duplication (/contacts/)."""

from django.urls import path

from . import views
from .import_jobs import views as import_job_views

app_name = "contacts"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.vcf", views.export_vcard, name="export_vcard"),
    path("import/", views.import_contacts, name="import"),
    path("import/jobs/<int:pk>/", import_job_views.job_page, name="import_job"),
    path("import/jobs/<int:pk>/status/", import_job_views.job_status, name="import_job_status"),
    path("duplicates/", views.duplicates, name="duplicates"),
    path("merge/<int:first>/<int:second>/", views.merge, name="merge"),
]
