"""The login page: Django's own, landing each audience on its start page."""

from django.contrib.auth import views as auth_views
from django.urls import reverse

from trips.access import company_of


class LoginView(auth_views.LoginView):
    """Django's login, landing each audience on its own start page unless ?next= says where."""

    def get_default_redirect_url(self):
        user = self.request.user
        if user.is_staff:
            return reverse("admin:index")
        if company_of(user) is not None:
            return reverse("my:trips")
        return super().get_default_redirect_url()
