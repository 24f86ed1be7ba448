"""Each participating company's own trip pages (/my/)."""

app_name = "my"

urlpatterns = []
