"""Staff pages on what trips led to (/results/): matches, host reports, follow-ups,
diplomas and the programme dashboard."""

from django.urls import path

from .views import dashboard, followups, hosts, needs, overview

app_name = "results"

HOST = "trips/<slug:slug>/hosts/<slug:host_slug>/"  # one host's report on one trip

urlpatterns = [
    path("", overview.index, name="index"),
    path("trips/<slug:slug>/", overview.trip_overview, name="trip"),
    path("trips/<slug:slug>/needs/", needs.needs, name="needs"),
    path("trips/<slug:slug>/needs/new/", needs.add_need, name="add_need"),
    path("needs/<int:pk>/propose/", needs.propose, name="propose"),
    path("needs/<int:pk>/matches/", needs.add_match, name="add_match"),
    path("matches/<int:pk>/<str:decision>/", needs.decide, name="decide"),
    path(HOST, hosts.host_report, name="host_report"),
    path(HOST + "report.csv", hosts.host_report_csv, name="host_report_csv"),
    path(HOST + "links/", hosts.create_link, name="create_link"),
    path("links/<int:pk>/revoke/", hosts.revoke_link, name="revoke_link"),
    path("follow-ups/", followups.followups, name="followups"),
    path("follow-ups/<int:pk>/", followups.lead_edit, name="lead"),
    path("recognitions/<int:pk>/diploma/", overview.diploma, name="diploma"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard.csv", dashboard.dashboard_csv, name="dashboard_csv"),
]
