"""Organisations and the people in them: the contacts a delegation trip makes."""

from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField
from simple_history.models import HistoricalRecords


class Sector(models.Model):
    """A shared keyword for what companies offer and what hosts need (cleantech, water, …)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


class OrganisationQuerySet(models.QuerySet):
    def participants(self):
        return self.filter(kind=Organisation.Kind.PARTICIPANT)

    def public(self):
        """Organisations cleared to be named on public pages."""
        return self.filter(is_public=True)

    def free_slug(self, name, *, fallback="organisation"):
        """The first of "name", "name-2", "name-3", … that no organisation has yet."""
        base = slugify(name)[:180] or fallback
        slug, n = base, 1
        while self.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug


class Organisation(models.Model):
    """Any company or body: a participant SME, an organiser, a city government, a chair maker."""

    class Kind(models.TextChoices):
        PARTICIPANT = "participant", _("Participant company")
        ORGANISER = "organiser", _("Organiser")
        GOVERNMENT = "government", _("Government body")
        ZONE_AUTHORITY = "zone_authority", _("Zone authority")
        LOCAL_COMPANY = "local_company", _("Local company")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    native_name = models.CharField(
        _("name in native script"), max_length=200, blank=True, help_text=_("e.g. 日照市人民政府")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    business_id = models.CharField(
        _("business ID"),
        max_length=40,
        blank=True,
        default="",
        db_index=True,
        help_text=_("The company's registration number, e.g. 1234567-8 (Finland)."),
    )
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), blank=True, related_name="organisations"
    )
    competences = models.TextField(
        _("competences"), blank=True, help_text=_("What the organisation can offer, in words.")
    )
    description = models.TextField(_("description"), blank=True)
    is_public = models.BooleanField(
        _("may be named publicly"),
        default=False,
        help_text=_("Only organisations cleared for it appear by name on public trip reports."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"], name="organisation_unique_name_per_country"
            ),
        ]

    def __str__(self):
        if self.native_name:
            return f"{self.name} ({self.native_name})"
        return self.name

    def save(self, *args, **kwargs):
        self.business_id = normal_business_id(self.business_id)
        super().save(*args, **kwargs)


def normal_business_id(value):
    """A business ID as stored and compared: no surrounding or doubled spaces, upper case
    ("fi 1234567-8 " and "FI 1234567-8" are one company)."""
    return " ".join((value or "").split()).upper()


class PersonQuerySet(models.QuerySet):
    def contactable(self):
        return self.filter(do_not_contact=False)


class Person(models.Model):
    """A person in an organisation: a delegate of a participant company or a counterpart."""

    class LawfulBasis(models.TextChoices):
        CONSENT = "consent", _("Consent")
        LEGITIMATE_INTEREST = "legitimate_interest", _("Legitimate interest")
        CONTRACT = "contract", _("Contract")

    given_name = models.CharField(_("given name"), max_length=100, blank=True)
    family_name = models.CharField(_("family name"), max_length=100, blank=True)
    native_name = models.CharField(
        _("name in native script"), max_length=100, blank=True, help_text=_("e.g. 王丽")
    )
    title = models.CharField(_("title or role"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="people",
        null=True,
        blank=True,
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = PhoneNumberField(
        _("phone"), blank=True, help_text=_("International format, e.g. +358 40 123 4567")
    )
    messaging_id = models.CharField(
        _("messaging ID"), max_length=100, blank=True, help_text=_("e.g. a WeChat ID")
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=ALL_LANGUAGES, blank=True
    )
    notes = models.TextField(_("internal notes"), blank=True)
    lawful_basis = models.CharField(
        _("lawful basis"),
        max_length=30,
        choices=LawfulBasis.choices,
        default=LawfulBasis.LEGITIMATE_INTEREST,
        help_text=_("Why we may hold this person's data (GDPR article 6)."),
    )
    lawful_basis_source = models.CharField(
        _("source of the data"),
        max_length=200,
        blank=True,
        help_text=_("e.g. business card exchanged at a meeting"),
    )
    lawful_basis_date = models.DateField(_("date obtained"), null=True, blank=True)
    do_not_contact = models.BooleanField(_("do not contact"), default=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [
            ("export_person", _("Can export contacts")),
            ("import_person", _("Can import contacts")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(given_name="", family_name="", native_name=""),
                name="person_has_a_name",
                violation_error_message=_("Give the person a name, in Latin or native script."),
            ),
        ]

    def __str__(self):
        return self.display_name

    @property
    def latin_name(self):
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def display_name(self):
        if self.latin_name and self.native_name:
            return f"{self.latin_name} ({self.native_name})"
        return self.latin_name or self.native_name


# Where a search for a person looks: the admin's search box and the directory's plain search
# (without pg_trgm) both search these, so that they find the same people.
PERSON_SEARCH_FIELDS = (
    "given_name",
    "family_name",
    "native_name",
    "email",
    "messaging_id",
    "organisation__name",
    "organisation__native_name",
)


class Membership(models.Model):
    """Links a login to the organisation it represents; a user belongs to one organisation."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )

    class Meta:
        verbose_name = _("company login")
        verbose_name_plural = _("company logins")

    def __str__(self):
        return f"{self.user} → {self.organisation}"


class ExportLog(models.Model):
    """One contact export: who took which list, when, and how many people were in it."""

    class Format(models.TextChoices):
        CSV = "csv", _("CSV")
        VCARD = "vcard", _("vCard")
        ADMIN_CSV = "admin_csv", _("CSV from the admin")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("exported by"),
        on_delete=models.PROTECT,
        related_name="contact_exports",
    )
    created_at = models.DateTimeField(_("exported at"), auto_now_add=True)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    row_count = models.PositiveIntegerField(_("people exported"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact export")
        verbose_name_plural = _("contact exports")

    def __str__(self):
        return f"{self.user} · {self.created_at:%Y-%m-%d %H:%M} · {self.row_count}"


class MergeRecord(models.Model):
    """Two records of one real person were merged: what the merged record held, and what moved."""

    # CASCADE, not PROTECT: the record holds the person's own data (the merged fields), so
    # erasing the person (GDPR article 17) must erase it too; nothing else hangs off it.
    survivor = models.ForeignKey(
        Person,
        verbose_name=_("kept person"),
        on_delete=models.CASCADE,
        related_name="merge_records",
    )
    merged_person_id = models.PositiveBigIntegerField(_("ID of the merged record"))
    merged_name = models.CharField(_("name of the merged record"), max_length=300)
    merged_data = models.JSONField(_("fields of the merged record"), default=dict)
    # Blank allowed: a merged record without links, or with nothing new, is the usual case.
    moved_links = models.JSONField(_("links moved to the kept person"), default=dict, blank=True)
    filled_fields = models.JSONField(
        _("fields filled in on the kept person"), default=list, blank=True
    )
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("merged by"),
        on_delete=models.PROTECT,
        related_name="contact_merges",
        null=True,
        blank=True,
    )
    merged_at = models.DateTimeField(_("merged at"), auto_now_add=True)

    class Meta:
        ordering = ["-merged_at", "-pk"]
        verbose_name = _("merge of duplicate people")
        verbose_name_plural = _("merges of duplicate people")

    def __str__(self):
        return f"{self.merged_name} → {self.survivor}"


class UserProfile(models.Model):
    """What a login prefers, kept across sessions and devices: for now, its language."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, blank=True
    )

    class Meta:
        verbose_name = _("user profile")
        verbose_name_plural = _("user profiles")

    def __str__(self):
        return str(self.user)


# Company logins by invitation and large imports: the models live in their own packages.
from contacts.import_jobs.models import ImportJob  # noqa: E402,F401
from contacts.invitations.models import Invitation  # noqa: E402,F401
