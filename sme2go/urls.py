"""Root URLs. Each app keeps its own namespaced URL modules."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from contacts.profiles import set_language
from sme2go.accounts import LoginView, LogoutView
from sme2go.health import healthz
from sme2go.password_reset import PasswordResetView
from trips.public.views import home

admin.site.site_header = _("SME2GO delegation trips")
admin.site.site_title = _("SME2GO staff")
admin.site.index_title = _("Staff admin")  # as the top bar calls it

handler500 = "sme2go.errors.server_error"  # 503 with Retry-After when the database is gone

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/logout/", LogoutView.as_view(), name="logout"),
    path("accounts/invitation/", include("contacts.invitations.urls")),
    path("accounts/password_reset/", PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", home, name="home"),
    path("", include("trips.public.urls")),
    path("my/", include("trips.company.urls")),
    path("contacts/", include("contacts.urls")),
    path("contacts/privacy/", include("contacts.privacy.urls")),
    path("results/", include("trips.results.urls")),
    path("share/", include("trips.share.urls")),
    path("preparation/", include("trips.planning.staff_urls")),
    path("cards/", include("trips.cards.urls")),
    path("preparation/", include("trips.programme.staff_urls")),
    path("preparation/", include("trips.applications.staff_urls")),
    path("field/", include("trips.field.urls")),
]
