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


class LogoutView(auth_views.LogoutView):
    """Django's logout, which also empties what this browser kept of the site: the trip pages
    the phone app (/field/) keeps for offline use, its drafts and queued notes, and the service
    worker. On a shared phone the next person finds none of the last one's programme or notes.
    (Notes still waiting to be sent are lost with them: the field page warns before logging out.)
    """

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
