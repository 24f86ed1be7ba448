"""What staff and delegates send from their phones during a trip, also after being offline.

`MeetingNote`: notes taken at a meeting, with the people met there. `DeviceSubmission`: a request
a device queued (in IndexedDB) and sent later, remembered by the key the device made for it, so
that a retry answers with the first result instead of writing a second time. It is generic: any
queued request (meeting notes today, a business card photographed offline later) names its kind.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation, Person

from .choices import PARTICIPANT_ONLY
from .meetings import Meeting


class MeetingNote(models.Model):
    """Internal notes one person took at a meeting, on behalf of a company or of the staff."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.PROTECT, related_name="notes"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="meeting_notes",
        limit_choices_to=PARTICIPANT_ONLY,
        null=True,
        blank=True,
        help_text=_("Empty when staff took the notes."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        related_name="meeting_notes",
        null=True,
        blank=True,
    )
    text = models.TextField(_("internal notes"), blank=True)
    people_met = models.ManyToManyField(
        Person,
        verbose_name=_("people met"),
        through="MeetingNotePerson",
        related_name="meeting_notes",
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("meeting note")
        verbose_name_plural = _("meeting notes")

    def __str__(self):
        return f"{self.meeting}: {self.text[:40]}"


class MeetingNotePerson(models.Model):
    note = models.ForeignKey(MeetingNote, on_delete=models.CASCADE, related_name="person_links")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="note_links"
    )

    class Meta:
        verbose_name = _("person met")
        verbose_name_plural = _("people met")
        constraints = [models.UniqueConstraint(fields=["note", "person"], name="note_person_once")]

    def __str__(self):
        return str(self.person)


class DeviceSubmission(models.Model):
    """A queued request from a device, remembered by its idempotency key with its first answer."""

    class Kind(models.TextChoices):
        MEETING_NOTE = "meeting_note", _("meeting notes")

    key = models.UUIDField(_("idempotency key"), unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.CASCADE,
        related_name="device_submissions",
    )
    status_code = models.PositiveSmallIntegerField(_("answer status"), default=201)
    response = models.JSONField(_("answer"), default=dict)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("device submission")
        verbose_name_plural = _("device submissions")

    def __str__(self):
        return f"{self.get_kind_display()} {self.key}"
