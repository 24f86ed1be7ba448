"""Areas of places: stored in km², entered in hectares or km², shown in a fitting unit."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

HECTARES_PER_KM2 = Decimal(100)
UNITS = {"km2": Decimal(1), "ha": 1 / HECTARES_PER_KM2}


def to_km2(value, unit):
    """`value` in `unit` ("km2" or "ha") as km², rounded to the stored two decimals."""
    return (Decimal(value) * UNITS[unit]).quantize(Decimal("0.01"))


def fitting_unit(area_km2):
    """Below 1 km² an area reads better in hectares (36 ha, not 0.36 km²)."""
    return "ha" if area_km2 is not None and area_km2 < 1 else "km2"


def in_unit(area_km2, unit):
    """The area in `unit`, without trailing zeros or an exponent (120, not 1.2E+2)."""
    value = (Decimal(area_km2) / UNITS[unit]).normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def format_area(area_km2):
    if area_km2 is None:
        return ""
    unit = fitting_unit(area_km2)
    shown = number_format(in_unit(area_km2, unit), decimal_pos=None)
    if unit == "ha":
        return _("%(area)s ha") % {"area": shown}
    return _("%(area)s km²") % {"area": shown}
