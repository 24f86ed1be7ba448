"""Places (provinces, cities, zones, sites) and the visits of a trip's itinerary to them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ..areas import format_area
from .choices import PlaceKind
from .programmes import DATE_IN_TRIP_HELP, DatedInTripMixin, Trip


class Place(models.Model):
    """A province, city, zone, park or site. Places nest and are reused across trips."""

    Kind = PlaceKind

    name = models.CharField(_("name"), max_length=200)
    native_name = models.CharField(_("name in native script"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("inside"),
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
    )
    country = CountryField(_("country"))
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    address = models.CharField(
        _("address"), max_length=300, blank=True, help_text=_("For a venue: street and number.")
    )
    native_address = models.CharField(
        _("address in native script"),
        max_length=300,
        blank=True,
        help_text=_("As a local driver reads it, e.g. 山东省日照市东港区烟台路1号"),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="place_unique_name_in_parent"),
            models.CheckConstraint(
                condition=Q(area_km2__isnull=True) | Q(area_km2__gt=0),
                name="place_area_positive",
                violation_error_message=_("The area must be positive."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="place_latitude_in_range",
                violation_error_message=_("Latitude must be between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="place_longitude_in_range",
                violation_error_message=_("Longitude must be between -180 and 180."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="place_coordinates_come_in_pairs",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="place_not_inside_itself",
                violation_error_message=_("A place cannot be inside itself."),
            ),
        ]

    def __str__(self):
        return self.full_name

    def ancestors(self):
        """The places this one is inside, nearest first."""
        seen, place = [], self.parent
        while place is not None and place not in seen:
            seen.append(place)
            place = place.parent
        return seen

    @property
    def area_display(self):
        """The area in a fitting unit: "120 km²", "36 ha"."""
        return format_area(self.area_km2)

    @property
    def full_name(self):
        """e.g. "Weifang High-Tech Zone, Weifang" (the nearest enclosing place)."""
        if self.parent_id:
            return f"{self.name}, {self.parent.name}"
        return self.name

    def clean(self):
        super().clean()
        if self.pk and any(a.pk == self.pk for a in self.ancestors()):
            raise ValidationError({"parent": _("A place cannot be inside itself.")})


class Visit(DatedInTripMixin, models.Model):
    """A stop of a trip's itinerary: a place on a date."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.CASCADE, related_name="visits"
    )
    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.PROTECT, related_name="visits"
    )
    date = models.DateField(_("date"), help_text=DATE_IN_TRIP_HELP)
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    notes = models.TextField(_("internal notes"), blank=True)

    class Meta:
        ordering = ["date", "start_time"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_time__isnull=True)
                | Q(end_time__isnull=True)
                | Q(end_time__gte=F("start_time")),
                name="visit_ends_after_it_starts",
                violation_error_message=_("The visit cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title or self.place.name}"

    def clean(self):
        super().clean()
        self._check_dated_in_trip()
