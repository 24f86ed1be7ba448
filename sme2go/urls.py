"""Root URLs. Each app keeps its own namespaced URL modules."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from contacts.profiles import set_language
from trips.views import LoginView, home

admin.site.site_header = _("SME2GO delegation trips")
admin.site.site_title = _("SME2GO staff")
admin.site.index_title = _("Trips, contacts and what they led to")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", home, name="home"),
    path("", include("trips.urls")),
    path("my/", include("trips.urls_company")),
    path("contacts/", include("contacts.urls")),
    path("results/", include("trips.urls_results")),
    path("share/", include("trips.urls_share")),
]
