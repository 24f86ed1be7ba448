"""No-login links that show a host its report of a trip, and a log of their openings."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation

from .programmes import Trip


class HostReportLink(models.Model):
    """A no-login link that shows one host its report for one trip, and nothing else.

    Only a SHA-256 hash of the token is stored: the full link is shown once, when it is made.
    """

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.CASCADE, related_name="host_report_links"
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        on_delete=models.PROTECT,
        related_name="host_report_links",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    token_hint = models.CharField(
        _("link starts with"), max_length=8, editable=False, help_text=_("To tell links apart.")
    )
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("e.g. who the link was sent to")
    )
    language = models.CharField(
        _("language of the page"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("host report link")
        verbose_name_plural = _("host report links")
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=F("created_at")),
                name="host_report_link_expires_after_creation",
                violation_error_message=_("The link must expire after it is made."),
            ),
        ]

    def __str__(self):
        return f"{self.host.name} / {self.trip.title} ({self.token_hint}…)"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    def is_expired(self, now=None):
        return self.expires_at <= (now or timezone.now())

    def is_usable(self, now=None):
        return not self.is_revoked and not self.is_expired(now)

    @property
    def usable(self):
        return self.is_usable()


class HostReportOpening(models.Model):
    """One opening of a host report link (no IP address is kept)."""

    link = models.ForeignKey(
        HostReportLink,
        verbose_name=_("link"),
        on_delete=models.CASCADE,
        related_name="openings",
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    user_agent = models.CharField(_("browser"), max_length=200, blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("host report opening")
        verbose_name_plural = _("host report openings")

    def __str__(self):
        return f"{self.link} @ {self.opened_at:%Y-%m-%d %H:%M}"
