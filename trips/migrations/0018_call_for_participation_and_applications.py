"""Calls for participation on trips and the companies' applications to them; the "Project
staff" group gets the permissions of the three new models."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import django_countries.fields
import phonenumber_field.modelfields
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUP = "Project staff"
MODELS = ["call", "application", "applicationdelegate"]


def _permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="trips", content_type__model__in=MODELS
    )


def grant(apps, schema_editor):
    trips = apps.get_app_config("trips")
    trips.models_module = True  # so that create_permissions sees the new models now
    create_permissions(trips, apps=apps, verbosity=0)
    trips.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0010_indexes_for_a_million_people"),
        ("trips", "0017_practical_notes_and_venue_addresses"),
    ]

    operations = [
        migrations.CreateModel(
            name="Application",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Pending"),
                            ("accepted", "Accepted"),
                            ("waitlisted", "Wait-listed"),
                            ("declined", "Declined"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="pending",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                ("company_name", models.CharField(max_length=200, verbose_name="company name")),
                (
                    "business_id",
                    models.CharField(
                        blank=True,
                        help_text="e.g. 1234567-8 or 556677-8899",
                        max_length=40,
                        verbose_name="business ID",
                    ),
                ),
                (
                    "country",
                    django_countries.fields.CountryField(max_length=2, verbose_name="country"),
                ),
                ("website", models.URLField(blank=True, verbose_name="website")),
                ("competences", models.TextField(verbose_name="what the company offers")),
                ("wants_to_meet", models.TextField(verbose_name="whom the company wants to meet")),
                (
                    "wants_to_achieve",
                    models.TextField(verbose_name="what the company wants to achieve"),
                ),
                ("language", models.CharField(blank=True, max_length=10, verbose_name="language")),
                ("consent_text", models.TextField(verbose_name="consent wording")),
                ("consented_at", models.DateTimeField(verbose_name="consent given")),
                (
                    "submitted_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="submitted"
                    ),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided")),
                ("staff_comment", models.TextField(blank=True, verbose_name="staff comment")),
                (
                    "score",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="1 (weak) to 5 (strong).",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(5),
                        ],
                        verbose_name="score",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        blank=True,
                        help_text="The organisation in the directory this company is, once known.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="applications",
                        to="contacts.organisation",
                        verbose_name="organisation",
                    ),
                ),
                (
                    "participation",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="application",
                        to="trips.participation",
                        verbose_name="participation",
                    ),
                ),
                (
                    "sectors",
                    models.ManyToManyField(
                        blank=True,
                        related_name="applications",
                        to="contacts.sector",
                        verbose_name="sectors",
                    ),
                ),
            ],
            options={
                "verbose_name": "application",
                "verbose_name_plural": "applications",
                "ordering": ["submitted_at", "pk"],
            },
        ),
        migrations.CreateModel(
            name="ApplicationDelegate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("given_name", models.CharField(max_length=100, verbose_name="given name")),
                ("family_name", models.CharField(max_length=100, verbose_name="family name")),
                (
                    "title",
                    models.CharField(blank=True, max_length=200, verbose_name="title or role"),
                ),
                ("email", models.EmailField(max_length=254, verbose_name="e-mail")),
                (
                    "phone",
                    phonenumber_field.modelfields.PhoneNumberField(
                        blank=True,
                        help_text="International format, e.g. +358 40 123 4567",
                        max_length=128,
                        region=None,
                        verbose_name="phone",
                    ),
                ),
                (
                    "application",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="delegates",
                        to="trips.application",
                    ),
                ),
                (
                    "person",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="application_delegates",
                        to="contacts.person",
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name": "applying delegate",
                "verbose_name_plural": "applying delegates",
                "ordering": ["pk"],
            },
        ),
        migrations.CreateModel(
            name="Call",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "offer",
                    models.TextField(
                        help_text="Shown to the public: whom the delegation will meet and why it is worth it.",
                        verbose_name="what the trip offers",
                    ),
                ),
                ("covered", models.TextField(blank=True, verbose_name="what is covered")),
                (
                    "company_pays",
                    models.TextField(blank=True, verbose_name="what the company pays"),
                ),
                ("eligibility", models.TextField(blank=True, verbose_name="who may apply")),
                (
                    "deadline",
                    models.DateField(
                        help_text="Applications are accepted until the end of this day.",
                        verbose_name="deadline",
                    ),
                ),
                (
                    "places",
                    models.PositiveSmallIntegerField(
                        help_text="Participant companies on the trip, including any added by hand.",
                        validators=[django.core.validators.MinValueValidator(1)],
                        verbose_name="number of places",
                    ),
                ),
                (
                    "is_open",
                    models.BooleanField(
                        default=False,
                        help_text="Only an open call is shown to the public.",
                        verbose_name="open",
                    ),
                ),
                (
                    "sectors",
                    models.ManyToManyField(
                        blank=True,
                        related_name="calls",
                        to="contacts.sector",
                        verbose_name="sectors sought",
                    ),
                ),
                (
                    "trip",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="call",
                        to="trips.trip",
                        verbose_name="trip",
                    ),
                ),
            ],
            options={
                "verbose_name": "call for participation",
                "verbose_name_plural": "calls for participation",
            },
        ),
        migrations.AddField(
            model_name="application",
            name="call",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="applications",
                to="trips.call",
                verbose_name="call",
            ),
        ),
        migrations.AddConstraint(
            model_name="call",
            constraint=models.CheckConstraint(
                condition=models.Q(("places__gte", 1)), name="call_has_places"
            ),
        ),
        migrations.AddConstraint(
            model_name="application",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("score__isnull", True),
                    models.Q(("score__gte", 1), ("score__lte", 5)),
                    _connector="OR",
                ),
                name="application_score_1_to_5",
            ),
        ),
        migrations.RunPython(grant, revoke),
    ]
