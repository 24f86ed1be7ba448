"""Staff pages on what trips led to (/results/): matches, host reports, follow-ups,
diplomas and the programme dashboard."""

app_name = "results"

urlpatterns = []
