"""Planning a trip's meetings: whom each participant company wants to meet, and the travel
time staff allow between two places."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation

from .needs import Need
from .places import Place
from .programmes import Participation, Trip


class Wish(models.Model):
    """Whom a participant company wants to meet on a trip: a host, one of a host's needs, or
    someone it names in its own words."""

    participation = models.ForeignKey(
        Participation,
        verbose_name=_("participation"),
        on_delete=models.CASCADE,
        related_name="wishes",
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        on_delete=models.PROTECT,
        related_name="wishes",
        null=True,
        blank=True,
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        on_delete=models.CASCADE,
        related_name="wishes",
        null=True,
        blank=True,
    )
    text = models.TextField(_("wish in your own words"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["participation", "pk"]
        verbose_name = _("meeting wish")
        verbose_name_plural = _("meeting wishes")
        constraints = [
            models.CheckConstraint(
                condition=Q(host__isnull=False) | Q(need__isnull=False) | ~Q(text=""),
                name="wish_names_someone",
                violation_error_message=_("Say whom you want to meet."),
            ),
            models.UniqueConstraint(
                fields=["participation", "need"],
                condition=Q(need__isnull=False),
                name="wish_need_once",
            ),
            models.UniqueConstraint(
                fields=["participation", "host"],
                condition=Q(need__isnull=True, host__isnull=False),
                name="wish_host_once",
            ),
        ]

    def __str__(self):
        if self.need_id:
            return str(self.need)
        if self.host_id:
            return self.host.name
        return self.text

    def clean(self):
        super().clean()
        known = self.need_id and self.participation_id
        if known and self.need.trip_id != self.participation.trip_id:
            raise ValidationError({"need": _("This need belongs to another trip.")})


class TravelTime(models.Model):
    """How long staff allow for travelling between two places of a trip (either way)."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.CASCADE, related_name="travel_times"
    )
    from_place = models.ForeignKey(
        Place, verbose_name=_("from"), on_delete=models.PROTECT, related_name="+"
    )
    to_place = models.ForeignKey(
        Place, verbose_name=_("to"), on_delete=models.PROTECT, related_name="+"
    )
    minutes = models.PositiveIntegerField(_("travel time (minutes)"))

    class Meta:
        ordering = ["trip", "from_place__name", "to_place__name"]
        verbose_name = _("travel time")
        verbose_name_plural = _("travel times")
        constraints = [
            models.UniqueConstraint(
                fields=["trip", "from_place", "to_place"], name="travel_time_once_per_pair"
            ),
            models.CheckConstraint(
                condition=~Q(from_place=F("to_place")),
                name="travel_time_between_two_places",
                violation_error_message=_("Choose two different places."),
            ),
        ]

    def __str__(self):
        return f"{self.from_place.name} – {self.to_place.name}: {self.minutes} min"
