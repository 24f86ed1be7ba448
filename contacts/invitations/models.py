"""An invitation to log in for one company: the record staff see and the link's state."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long an invitation link works after it was (last) sent.
VALID_FOR = timedelta(days=7)


class InvitationQuerySet(models.QuerySet):
    def open(self):
        """Neither accepted nor revoked (the link may still have expired)."""
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True)


class Invitation(models.Model):
    """A person of a participant company invited by e-mail to set a password and log in."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the invitee")
        EXPIRED = "expired", _("Link expired")
        ACCEPTED = "accepted", _("Accepted")
        REVOKED = "revoked", _("Revoked")

    # CASCADE: the invitation holds the person's e-mail address; erasing the person erases it.
    person = models.ForeignKey(
        "contacts.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    organisation = models.ForeignKey(
        "contacts.Organisation",
        verbose_name=_("company"),
        on_delete=models.PROTECT,
        related_name="invitations",
        limit_choices_to={"kind": "participant"},
    )
    email = models.EmailField(_("e-mail"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.PROTECT,
        related_name="invitations_sent",
    )
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    times_sent = models.PositiveSmallIntegerField(_("times sent"), default=0)
    # Part of the signed link; a new one on every sending, cleared when the link is used or
    # revoked, so that only the newest link works and only once.
    nonce = models.CharField(max_length=64, blank=True, editable=False)
    login = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.SET_NULL,
        related_name="invitations",
        null=True,
        blank=True,
        help_text=_("The login the invitation gave a password to."),
    )
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("invitation to log in")
        verbose_name_plural = _("invitations to log in")
        permissions = [("deactivate_company_login", _("Can deactivate company logins"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(accepted_at__isnull=True) | Q(revoked_at__isnull=True),
                name="invitation_accepted_or_revoked_not_both",
                violation_error_message=_("An invitation cannot be both accepted and revoked."),
            ),
        ]

    def __str__(self):
        return f"{self.person} · {self.email}"

    def clean(self):
        super().clean()
        person = self.person if self.person_id else None
        if person and self.organisation_id and person.organisation_id != self.organisation_id:
            raise ValidationError(
                {
                    "person": _("%(person)s is not recorded as a person of %(company)s.")
                    % {"person": person, "company": self.organisation}
                }
            )

    @property
    def expires_at(self):
        return self.sent_at + VALID_FOR if self.sent_at else None

    def status(self, now=None):
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.revoked_at:
            return self.Status.REVOKED
        if self.sent_at is None or self.expires_at <= (now or timezone.now()):
            return self.Status.EXPIRED
        return self.Status.PENDING

    @property
    def is_open(self):
        return self.accepted_at is None and self.revoked_at is None
