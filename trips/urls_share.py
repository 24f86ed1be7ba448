"""Host report links that need no login (/share/<token>/)."""

app_name = "share"

urlpatterns = []
