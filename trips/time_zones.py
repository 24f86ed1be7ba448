"""Time zones a trip can be in: current zones only, and the usual one of each country.

The list comes from the time-zone database's zone.tab (one line per country and zone), not
from every name zoneinfo knows: that has some 600, among them legacy aliases such as
"US/Pacific" or "Asia/Calcutta". Where zone.tab cannot be found, aliases are left out by name.
"""

from functools import cache
from importlib import resources
from pathlib import Path
from zoneinfo import TZPATH, available_timezones

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FALLBACK = "UTC"
_LEGACY_PREFIXES = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")


def _zone_tab():
    try:
        return (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        for folder in TZPATH:
            path = Path(folder) / "zone.tab"
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return ""


@cache
def _by_country():
    """{country code: [zones]}, each country's principal zone first (zone.tab's order)."""
    zones = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        country, _coordinates, zone, *_comment = line.split("\t")
        zones.setdefault(country, []).append(zone)
    return zones


@cache
def current_zones():
    listed = {zone for zones in _by_country().values() for zone in zones}
    if not listed:  # no zone.tab: every region/city name that is not a legacy alias
        listed = {
            zone
            for zone in available_timezones()
            if "/" in zone and not zone.startswith(_LEGACY_PREFIXES)
        }
    return sorted(listed | {FALLBACK})


def zone_for_country(country_code):
    """The usual zone of a country (its capital's, as a rule), or UTC."""
    zones = _by_country().get(str(country_code or "").upper())
    return zones[0] if zones else FALLBACK


def validate_time_zone(value):
    if value not in available_timezones():
        raise ValidationError(
            _("%(zone)s is not a known time zone."), params={"zone": value}, code="invalid"
        )
