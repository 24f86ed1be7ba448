"""Each language version of a public trip report has its own URL: /trips/<slug>/?lang=sv.

Staff and company pages follow the visitor's language (sme2go/language.py); a report link
names its language, so that it can be shared, indexed (hreflang) and read as written. A report
asked for in a language it was not written in shows the page in that language and the texts in
the first language that has them, with a notice saying which versions exist.
"""

from functools import wraps

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

CONTENT_LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)
FALLBACK_ORDER = tuple(settings.MODELTRANSLATION_FALLBACK_LANGUAGES)


def with_report_language(view):
    """Serve the view in the language its `?lang=` names, when a report can be written in it."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        code = request.GET.get("lang")
        if code not in CONTENT_LANGUAGES:
            return view(request, *args, **kwargs)
        with translation.override(code):
            response = view(request, *args, **kwargs)
        response.headers["Content-Language"] = code
        return response

    return wrapper


def written_in(trip):
    """The languages the trip's report is written in, its main language first."""
    found = [
        code
        for code in CONTENT_LANGUAGES
        if getattr(trip, f"title_{code}", None)
        and (getattr(trip, f"report_{code}", None) or getattr(trip, f"summary_{code}", None))
    ]
    found.sort(key=lambda code: (code != trip.language, CONTENT_LANGUAGES.index(code)))
    return found


def content_language(trip, requested):
    """The language the page's texts will actually be read in (modeltranslation's fallback)."""
    written = written_in(trip)
    for code in (requested, *FALLBACK_ORDER):
        if code in written:
            return code
    return trip.language


def language_names(codes):
    """ "Swedish and English", "Swedish, Finnish and English" in the active language."""
    names = [str(translation.get_language_info(code)["name_translated"]) for code in codes]
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}
