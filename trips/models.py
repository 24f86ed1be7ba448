"""Programmes, trips, their itineraries and what the meetings on them led to."""

from zoneinfo import available_timezones

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from contacts.models import Organisation, Person, Sector

TIME_ZONE_CHOICES = [(name, name) for name in sorted(available_timezones())]


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
            n_agreements=count(
                Agreement, status__in=[Agreement.Status.SIGNED, Agreement.Status.ENDED]
            ),
            n_leads=count(Lead),
        )


class Trip(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

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
        choices=TIME_ZONE_CHOICES,
        default="UTC",
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
        return self.status != self.Status.PLANNED

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
        limit_choices_to={"kind": "participant"},
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


class Place(models.Model):
    """A province, city, zone, park or site. Places nest and are reused across trips."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        COUNTY = "county", _("County")
        ECONOMIC_ZONE = "economic_zone", _("Economic zone")
        PARK = "park", _("Park")
        SITE = "site", _("Site")

    name = models.CharField(_("name"), max_length=200)
    native_name = models.CharField(_("name in native script"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("inside"),
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
    )
    country = CountryField(_("country"))
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="place_unique_name_in_parent"),
            models.CheckConstraint(
                condition=Q(area_km2__isnull=True) | Q(area_km2__gt=0),
                name="place_area_positive",
                violation_error_message=_("The area must be positive."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="place_latitude_in_range",
                violation_error_message=_("Latitude must be between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="place_longitude_in_range",
                violation_error_message=_("Longitude must be between -180 and 180."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="place_coordinates_come_in_pairs",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="place_not_inside_itself",
                violation_error_message=_("A place cannot be inside itself."),
            ),
        ]

    def __str__(self):
        return self.full_name

    def ancestors(self):
        """The places this one is inside, nearest first."""
        seen, place = [], self.parent
        while place is not None and place not in seen:
            seen.append(place)
            place = place.parent
        return seen

    @property
    def full_name(self):
        """e.g. "Weifang High-Tech Zone, Weifang" (the nearest enclosing place)."""
        if self.parent_id:
            return f"{self.name}, {self.parent.name}"
        return self.name

    def clean(self):
        super().clean()
        if self.pk and any(a.pk == self.pk for a in self.ancestors()):
            raise ValidationError({"parent": _("A place cannot be inside itself.")})


def _trip_date_constraint_help():
    return _("Must fall inside the trip's dates.")


class Visit(DatedInTripMixin, models.Model):
    """A stop of a trip's itinerary: a place on a date."""

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.CASCADE, related_name="visits"
    )
    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.PROTECT, related_name="visits"
    )
    date = models.DateField(_("date"), help_text=_trip_date_constraint_help())
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    notes = models.TextField(_("internal notes"), blank=True)

    class Meta:
        ordering = ["date", "start_time"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_time__isnull=True)
                | Q(end_time__isnull=True)
                | Q(end_time__gte=F("start_time")),
                name="visit_ends_after_it_starts",
                violation_error_message=_("The visit cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title or self.place.name}"

    def clean(self):
        super().clean()
        self._check_dated_in_trip()


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
    date = models.DateField(_("date"), help_text=_trip_date_constraint_help())
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
        limit_choices_to={"kind": "participant"},
    )

    class Meta:
        verbose_name = _("attending company")
        verbose_name_plural = _("attending companies")
        constraints = [models.UniqueConstraint(fields=["meeting", "company"], name="attendee_once")]

    def __str__(self):
        return str(self.company)


class Agreement(DatedInTripMixin, models.Model):
    """A signed cooperation agreement, MoU, letter of intent or contract."""

    class Kind(models.TextChoices):
        COOPERATION = "cooperation", _("Cooperation agreement")
        MOU = "mou", _("Memorandum of understanding")
        LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
        CONTRACT = "contract", _("Contract")

    class Status(models.TextChoices):
        DRAFT = "draft", _("In preparation")
        SIGNED = "signed", _("Signed")
        ENDED = "ended", _("Ended")
        CANCELLED = "cancelled", _("Cancelled")

    date_field = "signed_date"

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="agreements",
        limit_choices_to={"kind": "participant"},
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
                condition=~Q(status="signed") | Q(signed_date__isnull=False),
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
        if self.meeting_id and not self.trip_id:
            self.trip_id = self.meeting.trip_id
        if self.meeting_id and self.meeting.trip_id != self.trip_id:
            raise ValidationError({"meeting": _("The meeting belongs to another trip.")})
        self._check_dated_in_trip()


class Lead(models.Model):
    """A counterpart a participant company will keep talking to, with the next step."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_DISCUSSION = "in_discussion", _("In discussion")
        AGREEMENT = "agreement", _("Agreement reached")
        CLOSED = "closed", _("Closed without result")

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="leads"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("participant company"),
        on_delete=models.PROTECT,
        related_name="leads",
        limit_choices_to={"kind": "participant"},
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
    )
    due_date = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default="open")
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
                condition=Q(status="agreement", agreement__isnull=False)
                | (~Q(status="agreement") & Q(agreement__isnull=True)),
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

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    need = models.ForeignKey(
        Need, verbose_name=_("need"), on_delete=models.CASCADE, related_name="matches"
    )
    company = models.ForeignKey(
        Organisation,
        verbose_name=_("company"),
        on_delete=models.PROTECT,
        related_name="matches",
        limit_choices_to={"kind": "participant"},
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


class Recognition(models.Model):
    """A diploma or award given to an organisation on a trip."""

    class Kind(models.TextChoices):
        DIPLOMA = "diploma", _("Diploma")
        AWARD = "award", _("Award")

    trip = models.ForeignKey(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="recognitions"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default="diploma")
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
