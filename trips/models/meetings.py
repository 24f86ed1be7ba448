"""Meetings on a trip, with the organisations and people met and the companies and delegates
attending."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contacts.models import Organisation, Person

from .choices import PARTICIPANT_ONLY
from .places import Place, Visit
from .programmes import DATE_IN_TRIP_HELP, DatedInTripMixin, Delegate, Trip


class Meeting(DatedInTripMixin, models.Model):
    """A dated encounter on a trip: who met whom, where, and what came of it."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="meetings"
    )
    visit = models.ForeignKey(
        Visit,
        verbose_name=_("visit"),
        on_delete=models.SET_NULL,
        related_name="meetings",
        null=True,
        blank=True,
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="meetings",
        null=True,
        blank=True,
    )
    date = models.DateField(_("date"), help_text=DATE_IN_TRIP_HELP)
    start_time = models.TimeField(_("starts"), null=True, blank=True)
    end_time = models.TimeField(_("ends"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    counterpart_organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("counterpart organisations"),
        through="MeetingCounterpart",
        related_name="meetings_as_counterpart",
    )
    counterpart_persons = models.ManyToManyField(
        Person,
        verbose_name=_("counterpart persons"),
        through="MeetingPerson",
        related_name="meetings",
    )
    attendees = models.ManyToManyField(
        Organisation,
        verbose_name=_("attending participant companies"),
        through="MeetingAttendee",
        related_name="meetings_attended",
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Staff only; never shown outside the admin.")
    )
    public_summary = models.TextField(
        _("public summary"), blank=True, help_text=_("Shown on the published trip report.")
    )
    outcome = models.TextField(_("outcome"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "start_time"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_time__isnull=True)
                | Q(end_time__isnull=True)
                | Q(end_time__gte=F("start_time")),
                name="meeting_ends_after_it_starts",
                violation_error_message=_("The meeting cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title}"

    def clean(self):
        super().clean()
        self._check_dated_in_trip()
        if self.visit_id and self.trip_id and self.visit.trip_id != self.trip_id:
            raise ValidationError({"visit": _("The visit belongs to another trip.")})
        if self.visit_id and self.date and self.visit.date != self.date:
            raise ValidationError({"visit": _("The visit is on another day than the meeting.")})

    @property
    def where(self):
        """The place of the meeting, or of its visit."""
        if self.place_id:
            return self.place
        return self.visit.place if self.visit_id else None


class MeetingCounterpart(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="counterpart_links")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="meeting_counterpart_links",
    )

    class Meta:
        verbose_name = _("counterpart organisation")
        verbose_name_plural = _("counterpart organisations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "organisation"], name="counterpart_once")
        ]

    def __str__(self):
        return str(self.organisation)


class MeetingPerson(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="person_links")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="meeting_links"
    )

    class Meta:
        verbose_name = _("counterpart person")
        verbose_name_plural = _("counterpart persons")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="meeting_person_once")
        ]

    def __str__(self):
        return str(self.person)


class MeetingAttendee(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendee_links")
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="meeting_attendee_links",
        limit_choices_to=PARTICIPANT_ONLY,
    )

    class Meta:
        verbose_name = _("attending company")
        verbose_name_plural = _("attending companies")
        constraints = [models.UniqueConstraint(fields=["meeting", "company"], name="attendee_once")]

    def __str__(self):
        return str(self.company)


class MeetingDelegate(models.Model):
    """A delegate who attended a meeting: a person travelling with one of the trip's companies.

    The delegate's company attends the meeting with them (`meeting_attendance_complete`)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="delegate_links")
    delegate = models.ForeignKey(
        Delegate,
        verbose_name=_("delegate"),
        on_delete=models.PROTECT,
        related_name="meeting_links",
    )

    class Meta:
        verbose_name = _("attending delegate")
        verbose_name_plural = _("attending delegates")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "delegate"], name="meeting_delegate_once")
        ]

    def __str__(self):
        return str(self.delegate)

    def clean(self):
        super().clean()
        known = self.meeting_id and self.delegate_id
        if known and self.delegate.participation.trip_id != self.meeting.trip_id:
            raise ValidationError({"delegate": _("This delegate travelled on another trip.")})
