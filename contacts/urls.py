"""Staff contact directory, export, import and de-duplication (/contacts/)."""

app_name = "contacts"

urlpatterns = []
