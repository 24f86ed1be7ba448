"""Markup the trip templates repeat: dates as <time>, times of day, organisation names (as
the public may see them, or in full), "host · place", and status badges.

Presentation only: what a page may show is decided by the query that fetched it
(trips/queries/), never here. Every value is escaped by format_html.
"""

import datetime as dt

from django import template
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import time as format_time
from django.utils.html import format_html, format_html_join
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _

from trips.models import HostReportLink, Match
from trips.queries.public_report import PublicName

register = template.Library()

BADGE_COLOURS = {
    Match.Status.ACCEPTED: "success",
    Match.Status.PROPOSED: "warning",
    Match.Status.REJECTED: "secondary",
}


@register.simple_tag
def time_tag(value, display=None, weekday=False):
    """<time datetime="…">…</time>: a date as Y-m-d, a date and time in ISO 8601, shown in the
    active language's format (or `display`, Django's date format characters), with the day of
    the week before it when asked: "maanantai 16.3.2026"."""
    if value is None or value == "":
        return ""
    value = template_localtime(value)
    is_datetime = isinstance(value, dt.datetime)
    machine = r"Y-m-d\TH:i:sO" if is_datetime else "Y-m-d"  # ("c" has microseconds: invalid)
    shown = format_date(value, display or ("DATETIME_FORMAT" if is_datetime else "DATE_FORMAT"))
    if weekday:
        shown = f"{format_date(value, 'l')} {shown}"
    return format_html('<time datetime="{}">{}</time>', format_date(value, machine), shown)


@register.simple_tag
def trip_dates(trip, display=None):
    """A trip's first and last day in the active language's format, e.g. "16.3.2026 – 20.3.2026"."""
    return format_html(
        "{} – {}", time_tag(trip.start_date, display), time_tag(trip.end_date, display)
    )


@register.simple_tag
def trip_destination(trip):
    """e.g. "Shandong, China", or only the country."""
    country = trip.destination_country.name
    return f"{trip.destination_region}, {country}" if trip.destination_region else country


@register.simple_tag
def time_span(item):
    """The local time of a visit or meeting, e.g. "10:00–11:30"; nothing without a start."""
    if not item.start_time:
        return ""
    end = format_html("–{}", format_time(item.end_time, "H:i")) if item.end_time else ""
    return format_html('<span class="time">{}{}</span>', format_time(item.start_time, "H:i"), end)


def _name(name, native_name):
    native = format_html(' <span class="native-name">{}</span>', native_name) if native_name else ""
    return format_html('<span class="org-name">{}</span>{}', name, native)


@register.simple_tag
def public_name(name):
    """An organisation as a public page may name it (a PublicName from the public report):
    its name, or its kind ("a local company") when it is not cleared for public naming."""
    if name is None:
        return ""
    if not isinstance(name, PublicName):
        raise TypeError("public pages name organisations through PublicName only")
    if not name.named:
        return format_html('<span class="org-unnamed">{}</span>', name.name)
    return _name(name.name, name.native_name)


@register.simple_tag
def org_name(organisation):
    """An organisation's name and native name, for pages behind a login."""
    if organisation is None:
        return ""
    return _name(organisation.name, organisation.native_name)


@register.simple_tag
def host_place(host, place):
    """Who expressed a need and where, "host · place", either of them possibly missing. A
    PublicName host is named as a public page may name it."""
    parts = []
    if host is not None:
        parts.append(public_name(host) if isinstance(host, PublicName) else org_name(host))
    if place is not None:
        parts.append(place.full_name)
    return format_html_join(" · ", "{}", ((part,) for part in parts))


@register.simple_tag
def badge(colour, label):
    """A Bootstrap badge: `colour` is one of its colour names (success, warning, danger…)."""
    return format_html('<span class="badge text-bg-{}">{}</span>', colour, label)


@register.simple_tag
def status_badge(item):
    """A match's status, or a share link's state (active, expired, revoked), as a badge."""
    if isinstance(item, HostReportLink):
        if item.revoked_at:
            return badge("secondary", _("Revoked"))
        if not item.usable:
            return badge("secondary", _("Expired"))
        return badge("success", _("Active"))
    return badge(BADGE_COLOURS.get(item.status, "secondary"), item.get_status_display())


@register.simple_tag
def sector_list(sectors):
    """The names of the given sectors as a list of tags; nothing when there are none."""
    items = format_html_join("", "<li>{}</li>", ((sector.name,) for sector in sectors))
    if not items:
        return ""
    return format_html('<ul class="sector-list" aria-label="{}">{}</ul>', _("Sectors"), items)
