"""A business card photographed on a trip, from the upload to the contact it became."""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation, Person

from ..cards.storage import card_path, card_storage
from .meetings import Meeting
from .programmes import Trip


class CardCaptureQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see every capture; a company login sees its own delegates' only."""
        from trips.access import company_of

        if user.is_staff:
            return self
        company = company_of(user)
        return self.filter(company=company) if company else self.none()


class CardCapture(models.Model):
    class Status(models.TextChoices):
        READING = "reading", _("Reading the card")
        READ = "read", _("Read, to be reviewed")
        NO_TEXT = "no_text", _("No text found")
        FAILED = "failed", _("Could not be read")
        SAVED = "saved", _("Saved as a contact")

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="card_captures"
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.SET_NULL,
        related_name="card_captures",
        null=True,
        blank=True,
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("captured for company"),
        on_delete=models.PROTECT,
        related_name="card_captures",
        null=True,
        blank=True,
        help_text=_("The participant company whose delegate took the photo; empty for staff."),
    )
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("captured by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
    )
    front = models.FileField(_("front"), storage=card_storage, upload_to=card_path)
    back = models.FileField(_("back"), storage=card_storage, upload_to=card_path, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.READING
    )
    lines = models.JSONField(_("text read"), default=list, blank=True)
    proposal = models.JSONField(_("proposed fields"), default=dict, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.SET_NULL,
        related_name="card_captures",
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CardCaptureQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("business card")
        verbose_name_plural = _("business cards")

    def __str__(self):
        return f"#{self.pk} {self.get_status_display()}"

    @property
    def images(self):
        return [image for image in (self.front, self.back) if image]

    @classmethod
    def forget_people(cls, *, person_ids):
        """Anonymisation: the cards of these people go, images and text read alike."""
        captures = list(cls.objects.filter(person_id__in=person_ids))
        names = [(image.storage, image.name) for c in captures for image in c.images]
        cls.objects.filter(pk__in=[c.pk for c in captures]).delete()
        transaction.on_commit(lambda: [storage.delete(name) for storage, name in names])
        return len(captures)
