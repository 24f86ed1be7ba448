"""Admin forms that spare staff a detour: a trip's time zone and status, a place's area."""

from django import forms
from django.utils.translation import gettext_lazy as _

from trips.areas import fitting_unit, in_unit, to_km2
from trips.models import Place, Trip
from trips.schedule import status_for_dates
from trips.time_zones import current_zones, zone_for_country


class TripStatusField(forms.ChoiceField):
    """Follow the dates, or cancelled. A status an older form sends (planned, ongoing,
    completed) is accepted and means "follow the dates"."""

    def valid_value(self, value):
        return value == "" or value in Trip.Status.values


class TripAdminForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Local time zone"),
        required=False,
        help_text=_(
            "Times of visits and meetings are local times in this zone. Left empty, it is the "
            "usual zone of the destination country."
        ),
    )
    status = TripStatusField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("Follows the dates: planned, ongoing, completed")),
            (Trip.Status.CANCELLED, _("Cancelled")),
        ],
    )

    class Meta:
        model = Trip
        fields = [
            *("programme", "title", "slug", "status", "start_date", "end_date", "time_zone"),
            *("destination_country", "destination_region", "summary", "report", "is_published"),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = current_zones()
        stored = self.instance.time_zone if self.instance.pk else ""
        if stored and stored not in zones:
            zones = [stored, *zones]  # a legacy name stays selectable until changed
        self.fields["time_zone"].choices = [
            ("", _("— the destination country's —")),
            *((zone, zone) for zone in zones),
        ]
        self.initial["time_zone"] = stored
        cancelled = self.instance.status == Trip.Status.CANCELLED
        self.initial["status"] = Trip.Status.CANCELLED if cancelled else ""

    def clean(self):
        data = super().clean()
        if not data.get("time_zone"):
            data["time_zone"] = zone_for_country(data.get("destination_country"))
        start, end = data.get("start_date"), data.get("end_date")
        if data.get("status") == Trip.Status.CANCELLED:
            data["status"] = Trip.Status.CANCELLED
        elif start and end:
            data["status"] = status_for_dates(start, end)
        else:
            data["status"] = self.instance.status or Trip.Status.PLANNED
        return data


class PlaceAdminForm(forms.ModelForm):
    area = forms.DecimalField(
        label=_("Area"), required=False, min_value=0, max_digits=14, decimal_places=4
    )
    area_unit = forms.ChoiceField(
        label=_("Unit"), choices=[("ha", _("hectares (ha)")), ("km2", _("square kilometres (km²)"))]
    )

    class Meta:
        model = Place
        fields = [
            "name",
            "native_name",
            "kind",
            "parent",
            "country",
            "area",
            "area_unit",
            "latitude",
            "longitude",
            "address",
            "native_address",
            "description",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = fitting_unit(self.instance.area_km2)
        self.initial["area_unit"] = unit
        if self.instance.area_km2 is not None:
            self.initial["area"] = in_unit(self.instance.area_km2, unit)

    def clean(self):
        data = super().clean()
        area, unit = data.get("area"), data.get("area_unit")
        if area is None:
            self.instance.area_km2 = None
        elif area <= 0 or to_km2(area, unit) <= 0:
            self.add_error("area", _("The area must be positive (at least 0.01 km², 1 ha)."))
        else:
            self.instance.area_km2 = to_km2(area, unit)
        return data
