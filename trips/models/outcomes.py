"""What meetings led to: agreements, leads to follow up, and diplomas or awards given."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contacts.models import Organisation, Person

from .choices import (
    PARTICIPANT_ONLY,
    AgreementKind,
    AgreementStatus,
    LeadStatus,
    RecognitionKind,
)
from .meetings import Meeting
from .programmes import DatedInTripMixin, Trip


class Agreement(DatedInTripMixin, models.Model):
    """A signed cooperation agreement, MoU, letter of intent or contract."""

    Kind = AgreementKind
    Status = AgreementStatus

    date_field = "signed_date"

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="agreements",
        limit_choices_to=PARTICIPANT_ONLY,
    )
    counterpart = models.ForeignKey(
        Organisation,
        verbose_name=_("counterpart"),
        on_delete=models.PROTECT,
        related_name="agreements_as_counterpart",
    )
    trip = models.ForeignKey(
        Trip,
        verbose_name=_("trip where signed"),
        on_delete=models.PROTECT,
        related_name="agreements",
        null=True,
        blank=True,
        help_text=_("Leave empty for an agreement signed after the trip."),
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting where signed"),
        on_delete=models.PROTECT,
        related_name="agreements",
        null=True,
        blank=True,
    )
    signed_date = models.DateField(_("signed on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    summary = models.TextField(_("summary"), blank=True)
    is_public = models.BooleanField(
        _("public"), default=False, help_text=_("May be shown on the published trip report.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-signed_date", "pk"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=AgreementStatus.SIGNED) | Q(signed_date__isnull=False),
                name="signed_agreement_has_date",
                violation_error_message=_("A signed agreement needs its signing date."),
            ),
            models.CheckConstraint(
                condition=~Q(company=F("counterpart")),
                name="agreement_between_two_parties",
                violation_error_message=_("The company cannot sign with itself."),
            ),
        ]

    def __str__(self):
        label = self.title or self.get_kind_display()
        return f"{label}: {self.company.name} – {self.counterpart.name}"

    def clean(self):
        super().clean()
        if self.signed_date and self.status == self.Status.DRAFT:
            raise ValidationError(
                {
                    "status": _(
                        "A signing date means the agreement was signed: set the status to "
                        "“Signed” (or “Ended”/“Cancelled”), or remove the date."
                    )
                }
            )
        if self.meeting_id and not self.trip_id:
            self.trip_id = self.meeting.trip_id
        if self.meeting_id and self.meeting.trip_id != self.trip_id:
            raise ValidationError({"meeting": _("The meeting belongs to another trip.")})
        self._check_dated_in_trip()


class Lead(models.Model):
    """A counterpart a participant company will keep talking to, with the next step."""

    Status = LeadStatus

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="leads"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="leads",
        limit_choices_to=PARTICIPANT_ONLY,
    )
    counterpart = models.ForeignKey(
        Organisation,
        verbose_name=_("counterpart organisation"),
        on_delete=models.PROTECT,
        related_name="leads_as_counterpart",
    )
    counterpart_person = models.ForeignKey(
        Person,
        verbose_name=_("counterpart person"),
        on_delete=models.PROTECT,
        related_name="leads",
        null=True,
        blank=True,
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.PROTECT,
        related_name="leads",
        null=True,
        blank=True,
    )
    next_step = models.TextField(_("next step"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        related_name="leads",
        null=True,
        blank=True,
        limit_choices_to={"is_staff": True},  # programme staff follow leads up, not companies
    )
    due_date = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("resulting agreement"),
        on_delete=models.PROTECT,
        related_name="leads",
        null=True,
        blank=True,
    )
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        constraints = [
            models.CheckConstraint(
                condition=~Q(company=F("counterpart")),
                name="lead_between_two_parties",
                violation_error_message=_("A company cannot be its own lead."),
            ),
            models.CheckConstraint(
                condition=Q(status=LeadStatus.AGREEMENT, agreement__isnull=False)
                | (~Q(status=LeadStatus.AGREEMENT) & Q(agreement__isnull=True)),
                name="lead_agreement_matches_status",
                violation_error_message=_(
                    "A lead has a linked agreement exactly when its status is “agreement reached”."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.company.name} → {self.counterpart.name}"

    def clean(self):
        super().clean()
        if self.agreement_id and self.company_id and self.agreement.company_id != self.company_id:
            raise ValidationError({"agreement": _("The agreement is another company's.")})

    @property
    def is_settled(self):
        """Reached an agreement: from then on only staff change it."""
        return self.status == self.Status.AGREEMENT or self.agreement_id is not None

    @property
    def is_overdue(self):
        """Still open (or in discussion) after its due date: the follow-up is late."""
        still_open = self.status in (self.Status.OPEN, self.Status.IN_DISCUSSION)
        return still_open and self.due_date is not None and self.due_date < timezone.localdate()


class Recognition(models.Model):
    """A diploma or award given to an organisation on a trip."""

    Kind = RecognitionKind

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="recognitions"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DIPLOMA)
    recipient = models.ForeignKey(
        Organisation,
        verbose_name=_("recipient"),
        on_delete=models.PROTECT,
        related_name="recognitions",
    )
    awarded_by = models.ManyToManyField(
        Organisation,
        verbose_name=_("awarded by"),
        through="RecognitionAwarder",
        related_name="recognitions_given",
    )
    title = models.CharField(_("title"), max_length=200)
    reason = models.TextField(_("reason"), blank=True)
    date = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        ordering = ["trip", "date", "pk"]
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")

    def __str__(self):
        return f"{self.title}: {self.recipient.name}"


class RecognitionAwarder(models.Model):
    recognition = models.ForeignKey(
        Recognition, on_delete=models.CASCADE, related_name="awarder_links"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="awarder_links",
    )

    class Meta:
        verbose_name = _("awarded by")
        verbose_name_plural = _("awarded by")
        constraints = [
            models.UniqueConstraint(fields=["recognition", "organisation"], name="awarder_once")
        ]

    def __str__(self):
        return str(self.organisation)
