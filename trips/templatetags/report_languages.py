"""{% report_versions trip as versions %}: the language versions of a public report."""

from django import template
from django.urls import reverse
from django.utils import translation

from trips.public.languages import content_language, language_names, written_in

register = template.Library()


@register.simple_tag(takes_context=True)
def report_versions(context, trip):
    request = context["request"]
    current = translation.get_language()
    url = reverse("trips:detail", kwargs={"slug": trip.slug})
    versions = [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": request.build_absolute_uri(f"{url}?lang={code}"),
        }
        for code in written_in(trip)
    ]
    shown_in = content_language(trip, current)
    return {
        "versions": versions,
        "main_url": versions[0]["url"] if versions else request.build_absolute_uri(url),
        "content_language": shown_in,
        "missing": bool(versions) and shown_in != current,
        "names": language_names([v["code"] for v in versions]),
    }
