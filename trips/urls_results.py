"""Staff pages on what trips led to (/results/): matches, host reports, follow-ups,
diplomas and the programme dashboard."""

from django.urls import path

from . import views_dashboard, views_followups, views_results

app_name = "results"

urlpatterns = [
    path("", views_results.index, name="index"),
    path("trips/<slug:slug>/", views_results.trip_overview, name="trip"),
    path("trips/<slug:slug>/needs/", views_results.needs, name="needs"),
    path("trips/<slug:slug>/needs/new/", views_results.add_need, name="add_need"),
    path("needs/<int:pk>/propose/", views_results.propose, name="propose"),
    path("needs/<int:pk>/matches/", views_results.add_match, name="add_match"),
    path("matches/<int:pk>/<str:decision>/", views_results.decide, name="decide"),
    path(
        "trips/<slug:slug>/hosts/<slug:host_slug>/",
        views_results.host_report,
        name="host_report",
    ),
    path(
        "trips/<slug:slug>/hosts/<slug:host_slug>/report.csv",
        views_results.host_report_csv,
        name="host_report_csv",
    ),
    path(
        "trips/<slug:slug>/hosts/<slug:host_slug>/links/",
        views_results.create_link,
        name="create_link",
    ),
    path("links/<int:pk>/revoke/", views_results.revoke_link, name="revoke_link"),
    path("follow-ups/", views_followups.followups, name="followups"),
    path("follow-ups/<int:pk>/", views_followups.lead_edit, name="lead"),
    path("recognitions/<int:pk>/diploma/", views_followups.diploma, name="diploma"),
    path("dashboard/", views_dashboard.dashboard, name="dashboard"),
    path("dashboard.csv", views_dashboard.dashboard_csv, name="dashboard_csv"),
]
