"""The call for participation of a planned trip and the companies' applications to it.

An application holds what the applicant typed, as typed: nothing in the contact directory is
written until staff accept it (trips/applications/services.py). It may be linked to an
existing organisation found by business ID or by name and country.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from contacts.models import Organisation, Person, Sector

from .programmes import Participation, Trip


class CallQuerySet(models.QuerySet):
    def open(self):
        """Calls staff have opened whose deadline has not passed (places are not checked)."""
        return self.filter(is_open=True, deadline__gte=timezone.localdate())


class Call(models.Model):
    """A trip's call for participation: what it offers, who may apply, until when, how many."""

    class State(models.TextChoices):
        OPEN = "open", _("Open for applications")
        CLOSED = "closed", _("Applications are closed")
        PAST_DEADLINE = "past_deadline", _("The deadline has passed")
        FULL = "full", _("All places are taken")

    trip = models.OneToOneField(
        Trip, verbose_name=_("trip"), on_delete=models.PROTECT, related_name="call"
    )
    offer = models.TextField(
        _("what the trip offers"),
        help_text=_("Shown to the public: whom the delegation will meet and why it is worth it."),
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors sought"), blank=True, related_name="calls"
    )
    covered = models.TextField(_("what is covered"), blank=True)
    company_pays = models.TextField(_("what the company pays"), blank=True)
    eligibility = models.TextField(_("who may apply"), blank=True)
    deadline = models.DateField(
        _("deadline"), help_text=_("Applications are accepted until the end of this day.")
    )
    places = models.PositiveSmallIntegerField(
        _("number of places"),
        validators=[MinValueValidator(1)],
        help_text=_("Participant companies on the trip, including any added by hand."),
    )
    is_open = models.BooleanField(
        _("open"), default=False, help_text=_("Only an open call is shown to the public.")
    )

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for participation")
        verbose_name_plural = _("calls for participation")
        constraints = [
            models.CheckConstraint(condition=Q(places__gte=1), name="call_has_places"),
        ]

    def __str__(self):
        return str(self.trip)

    def places_taken(self):
        return self.trip.participations.count()

    def state(self, taken=None):
        """Why the call accepts no application, or OPEN. `taken`: places taken, if known."""
        if not self.is_open:
            return self.State.CLOSED
        if self.deadline < timezone.localdate():
            return self.State.PAST_DEADLINE
        if (self.places_taken() if taken is None else taken) >= self.places:
            return self.State.FULL
        return self.State.OPEN


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Wait-listed")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Application(models.Model):
    Status = ApplicationStatus

    call = models.ForeignKey(
        Call, verbose_name=_("call"), on_delete=models.PROTECT, related_name="applications"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="applications",
        null=True,
        blank=True,
        help_text=_("The organisation in the directory this company is, once known."),
    )
    participation = models.OneToOneField(
        Participation,
        verbose_name=_("participation"),
        on_delete=models.SET_NULL,
        related_name="application",
        null=True,
        blank=True,
    )
    company_name = models.CharField(_("company name"), max_length=200)
    business_id = models.CharField(
        _("business ID"), max_length=40, blank=True, help_text=_("e.g. 1234567-8 or 556677-8899")
    )
    country = CountryField(_("country"))
    website = models.URLField(_("website"), blank=True)
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), blank=True, related_name="applications"
    )
    competences = models.TextField(_("what the company offers"))
    wants_to_meet = models.TextField(_("whom the company wants to meet"))
    wants_to_achieve = models.TextField(_("what the company wants to achieve"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    consent_text = models.TextField(_("consent wording"))
    consented_at = models.DateTimeField(_("consent given"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    staff_comment = models.TextField(_("staff comment"), blank=True)
    score = models.PositiveSmallIntegerField(
        _("score"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 (weak) to 5 (strong)."),
    )

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=1, score__lte=5),
                name="application_score_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.company_name} → {self.call}"

    @property
    def contact(self):
        """The first delegate: the mails about the application go to this person."""
        delegates = list(self.delegates.all())  # uses a prefetch when there is one
        return delegates[0] if delegates else None


class ApplicationDelegate(models.Model):
    """A delegate as the applicant named them; becomes a Person when the company is accepted."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="delegates")
    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100)
    title = models.CharField(_("title or role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = PhoneNumberField(
        _("phone"), blank=True, help_text=_("International format, e.g. +358 40 123 4567")
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="application_delegates",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("applying delegate")
        verbose_name_plural = _("applying delegates")

    def __str__(self):
        return f"{self.given_name} {self.family_name}"
