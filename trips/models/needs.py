"""Needs that hosts express on a trip, and the participant companies matched to them."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation, Sector

from .choices import PARTICIPANT_ONLY, MatchStatus
from .places import Place
from .programmes import Trip


class Need(models.Model):
    """An interest or need a host expresses on a trip, with the sectors it touches."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="needs"
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        on_delete=models.PROTECT,
        related_name="needs",
        null=True,
        blank=True,
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="needs",
        null=True,
        blank=True,
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), blank=True, related_name="needs"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["trip", "title"]
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        constraints = [
            models.CheckConstraint(
                condition=Q(host__isnull=False) | Q(place__isnull=False),
                name="need_has_host_or_place",
                violation_error_message=_("Say who expressed the need: a host or a place."),
            ),
        ]

    def __str__(self):
        return self.title


class Match(models.Model):
    """A need paired with a participant company whose competence fits it."""

    Status = MatchStatus

    need = models.ForeignKey(
        Need, verbose_name=_("need"), on_delete=models.CASCADE, related_name="matches"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("company"),
        on_delete=models.PROTECT,
        related_name="matches",
        limit_choices_to=PARTICIPANT_ONLY,
    )
    reason = models.TextField(_("reason"), blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["need", "-score", "pk"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [
            models.UniqueConstraint(fields=["need", "company"], name="match_once_per_need")
        ]

    def __str__(self):
        return f"{self.need} ↔ {self.company.name}"
