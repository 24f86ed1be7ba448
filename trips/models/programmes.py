"""Programmes and their trips: who organises a trip and which companies take part in it."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from contacts.models import Organisation, Person

from ..time_zones import validate_time_zone
from .choices import PARTICIPANT_ONLY, SIGNED_STATUSES, TripStatus

# Help text of the date of anything dated inside a trip (visits, meetings).
DATE_IN_TRIP_HELP = _("Must fall inside the trip's dates.")


class Programme(models.Model):
    """A funded internationalisation project that runs trips, e.g. SME2GO."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    partner_countries = CountryField(_("partner countries"), multiple=True, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name


class TripQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def of_company(self, organisation):
        """Trips the given participant company took part in."""
        return self.filter(participations__company=organisation).distinct()

    def with_key_figures(self):
        """Annotate the key figures of a trip report, one subquery each (no row multiplication).

        companies, meetings, counterparts (organisations met), agreements (signed or ended)
        and leads; counts only, so nothing here names anyone.
        """
        # These modules import Trip from this one, so they are imported when first needed.
        from .meetings import Meeting, MeetingCounterpart
        from .outcomes import Agreement, Lead

        def count(model, field="trip", distinct=None, **filters):
            rows = model.objects.filter(**{field: OuterRef("pk")}, **filters)
            column = distinct or "pk"
            rows = rows.order_by().values(field).annotate(n=Count(column, distinct=True))
            return Coalesce(Subquery(rows.values("n")[:1]), 0)

        return self.annotate(
            n_companies=count(Participation),
            n_meetings=count(Meeting),
            n_counterparts=count(
                MeetingCounterpart, field="meeting__trip", distinct="organisation"
            ),
            n_agreements=count(Agreement, status__in=SIGNED_STATUSES),
            n_leads=count(Lead),
        )


class Trip(models.Model):
    Status = TripStatus

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="trips"
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    destination_country = CountryField(_("destination country"))
    destination_region = models.CharField(
        _("destination region"), max_length=100, blank=True, help_text=_("e.g. Shandong")
    )
    time_zone = models.CharField(
        _("local time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Times of visits and meetings are local times in this zone."),
    )
    organisers = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisers"),
        through="TripOrganiser",
        related_name="organised_trips",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    summary = models.TextField(_("summary"), blank=True)
    report = models.TextField(_("public report text"), blank=True)
    language = models.CharField(
        _("main language"),
        max_length=10,
        choices=[(c, n) for c, n in settings.LANGUAGES if c in settings.MODELTRANSLATION_LANGUAGES],
        default="en",
        help_text=_("The language the report is written in first; others may follow."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = TripQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("trip")
        verbose_name_plural = _("trips")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="trip_ends_after_it_starts",
                violation_error_message=_("The trip cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("trips:detail", kwargs={"slug": self.slug})

    @property
    def duration_days(self):
        return (self.end_date - self.start_date).days + 1

    def contains(self, day):
        return self.start_date <= day <= self.end_date

    def publish(self):
        self.is_published = True
        self.published_at = self.published_at or timezone.now()

    @property
    def feedback_is_open(self):
        """Participants can say what the trip gave them once it has started."""
        return self.status in (self.Status.ONGOING, self.Status.COMPLETED)

    def clean(self):
        super().clean()
        if not (self.pk and self.start_date and self.end_date):
            return
        if self.end_date < self.start_date:
            return  # the check constraint reports it
        outside = [
            *(str(v) for v in self.visits.exclude(date__range=self._range())),
            *(str(m) for m in self.meetings.exclude(date__range=self._range())),
            *(
                str(a)
                for a in self.agreements.filter(signed_date__isnull=False).exclude(
                    signed_date__range=self._range()
                )
            ),
        ]
        if outside:
            raise ValidationError(
                _("These would fall outside the new dates; move them first: %(items)s"),
                params={"items": "; ".join(outside)},
            )

    def _range(self):
        return (self.start_date, self.end_date)


class TripOrganiser(models.Model):
    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="organiser_links")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="organiser_links",
    )

    class Meta:
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")
        constraints = [
            models.UniqueConstraint(fields=["trip", "organisation"], name="trip_organiser_once")
        ]

    def __str__(self):
        return str(self.organisation)


class DatedInTripMixin:
    """Validation for records whose date must fall inside their trip's dates.

    The database enforces the same rule with triggers (migration trips/0002)."""

    date_field = "date"

    def _check_dated_in_trip(self):
        day = getattr(self, self.date_field)
        try:
            trip = self.trip
        except ObjectDoesNotExist:  # no trip chosen yet: the form reports that field
            trip = None
        if day and trip and not trip.contains(day):
            raise ValidationError(
                {
                    self.date_field: _("%(day)s is outside the trip (%(start)s – %(end)s).")
                    % {"day": day, "start": trip.start_date, "end": trip.end_date}
                }
            )


class Participation(models.Model):
    """A participant company on a trip, with its delegates, goals and feedback."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="participations"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("company"),
        on_delete=models.PROTECT,
        related_name="participations",
        limit_choices_to=PARTICIPANT_ONLY,
    )
    delegates = models.ManyToManyField(
        Person, verbose_name=_("delegates"), through="Delegate", related_name="delegations"
    )
    goals = models.TextField(_("goals"), blank=True)
    feedback = models.TextField(
        _("feedback"), blank=True, help_text=_("What the company says the trip gave it.")
    )
    feedback_at = models.DateTimeField(_("feedback given"), null=True, blank=True)

    class Meta:
        ordering = ["company__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["trip", "company"], name="participation_once_per_trip")
        ]

    def __str__(self):
        return f"{self.company} @ {self.trip}"


class Delegate(models.Model):
    participation = models.ForeignKey(
        Participation, on_delete=models.CASCADE, related_name="delegate_links"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="delegate_links"
    )

    class Meta:
        verbose_name = _("delegate")
        verbose_name_plural = _("delegates")
        constraints = [
            models.UniqueConstraint(fields=["participation", "person"], name="delegate_once")
        ]

    def __str__(self):
        return str(self.person)
