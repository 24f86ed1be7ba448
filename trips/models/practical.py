"""Practical notes staff write for the delegation of one trip: hotel, transport, emergency
contacts. Every participant company of the trip reads them in its programme and briefing book."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .programmes import Trip


class PracticalNotes(models.Model):
    """What the delegation needs to know to get around, once per trip."""

    trip = models.OneToOneField(
        Trip,
        verbose_name=_("trip"),
        on_delete=models.CASCADE,
        related_name="practical_notes",
    )
    hotel = models.TextField(
        _("hotel"), blank=True, help_text=_("Name, address (also in the local script), check-in.")
    )
    transport = models.TextField(
        _("transport"), blank=True, help_text=_("Flights, transfers, getting between cities.")
    )
    emergency_contacts = models.TextField(
        _("emergency contacts"),
        blank=True,
        help_text=_("Trip leader's phone, embassy, local emergency numbers."),
    )
    other = models.TextField(
        _("other notes"), blank=True, help_text=_("Visas, money, dress code, language.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("practical notes")
        verbose_name_plural = _("practical notes")

    def __str__(self):
        return str(self.trip)

    @property
    def is_empty(self):
        return not any((self.hotel, self.transport, self.emergency_contacts, self.other))
