"""Which language a request is served in, and date inputs that say what they expect.

The order: a language in the URL's `?lang=` (public reports and host links choose their own,
see trips/public/languages.py), else a logged-in user's saved language (copied from their
profile into the session at login, see contacts/profiles.py), else the language cookie set by
the menu in the top bar, else the browser's Accept-Language, else English.
"""

import datetime as dt

from django import forms
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import formats, translation
from django.utils.functional import lazy
from django.utils.translation import gettext

SESSION_KEY = "language"
# The languages of the whole interface (the menu). Simplified Chinese covers the pages hosts
# read and is chosen by their share link, not by a browser's preference.
INTERFACE_LANGUAGES = ("en", "sv", "fi", "et")
EXAMPLE_DATE = dt.date(2026, 3, 16)


def interface_language(code):
    """`code` as listed in LANGUAGES if the whole interface speaks it, else None."""
    try:
        code = translation.get_supported_language_variant(code) if code else None
    except LookupError:
        return None
    return code if code in INTERFACE_LANGUAGES else None


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, with the user's saved language first and English instead of a
    language only the host pages speak."""

    def process_request(self, request):
        session = getattr(request, "session", None)
        saved = interface_language(session.get(SESSION_KEY)) if session is not None else None
        if saved:
            translation.activate(saved)
            request.LANGUAGE_CODE = saved
            return
        super().process_request(request)
        if request.LANGUAGE_CODE not in INTERFACE_LANGUAGES:
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE

    def process_response(self, request, response):
        response = super().process_response(request, response)
        session = getattr(request, "session", None)
        saved = interface_language(session.get(SESSION_KEY)) if session is not None else None
        # Keep the cookie in step with the profile, so the language stays after logging out.
        if saved and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != saved:
            set_language_cookie(response, saved)
        return response


def set_language_cookie(response, code):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


def date_example():
    """16 March 2026 written in the active language's first input format, e.g. 16.03.2026."""
    return EXAMPLE_DATE.strftime(formats.get_format("DATE_INPUT_FORMATS")[0])


def _invalid_date():
    local, iso = date_example(), EXAMPLE_DATE.isoformat()
    if local == iso:
        return gettext("Enter a valid date. Use the form %(example)s.") % {"example": iso}
    return gettext("Enter a valid date. Use the form %(example)s or %(iso)s.") % {
        "example": local,
        "iso": iso,
    }


def _invalid_datetime():
    return gettext("Enter a valid date and time. Use the form %(example)s 14:30.") % {
        "example": date_example()
    }


def explain_invalid_dates():
    """Every date field's "invalid" message names the format it expects in the active
    language ("Enter a valid date. Use the form 16.03.2026 or 2026-03-16."), admin included.

    Django's default message ("Enter a valid date.") does not say which form is meant, and the
    conventions differ between the languages of this site. The message is lazy: it is worked
    out in the language active when the form is validated.
    """
    forms.DateField.default_error_messages["invalid"] = lazy(_invalid_date, str)()
    forms.DateTimeField.default_error_messages["invalid"] = lazy(_invalid_datetime, str)()


class LocalDateInput(forms.DateInput):
    """A date typed the way the page's language writes it (16.3.2026, 2026-03-16), shown with
    an example in that form. Browsers' own date pickers follow the computer's locale, not the
    page's, and showed Nordic staff US dates."""

    def __init__(self, attrs=None):
        attrs = {"placeholder": lazy(date_example, str)(), "autocomplete": "off", **(attrs or {})}
        super().__init__(attrs=attrs)
