"""A login's language: saved on its profile when chosen in the menu, restored at login."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.contrib.auth.signals import user_logged_in
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from sme2go.language import SESSION_KEY, interface_language

from .models import UserProfile


@require_POST
def set_language(request):
    """Django's set_language (cookie, redirect back), also remembered for a logged-in user.

    The page returned to loses its `?lang=`, which would otherwise override the new choice.
    """
    code = interface_language(request.POST.get("language"))
    if code is None:
        return django_set_language(request)  # answers the unknown language as Django does
    request.POST = request.POST.copy()
    request.POST["next"] = _without_lang(request.POST.get("next", ""))
    response = django_set_language(request)
    if request.user.is_authenticated:
        UserProfile.objects.update_or_create(user=request.user, defaults={"language": code})
        request.session[SESSION_KEY] = code
    return response


def _without_lang(url):
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "lang"]
    return urlunsplit(parts._replace(query=urlencode(query)))


def restore_language(sender, request, user, **kwargs):
    """At login the profile's language, if any, becomes the session's (sme2go.language)."""
    language = UserProfile.objects.filter(user=user).values_list("language", flat=True).first()
    if interface_language(language) and request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = language


def connect_signals():
    user_logged_in.connect(restore_language, dispatch_uid="contacts.restore_language")
