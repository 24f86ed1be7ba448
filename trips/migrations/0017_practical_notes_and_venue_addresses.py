"""Practical notes per trip (hotel, transport, emergency contacts) for the companies'
programmes, and venue addresses (also in the native script) on places; the "Project staff"
group gets the permissions of the new model."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUP = "Project staff"


def _permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="trips", content_type__model="practicalnotes"
    )


def grant(apps, schema_editor):
    trips = apps.get_app_config("trips")
    trips.models_module = True  # so that create_permissions sees the new model now
    create_permissions(trips, apps=apps, verbosity=0)
    trips.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("trips", "0016_business_cards"),
    ]

    operations = [
        migrations.AddField(
            model_name="place",
            name="address",
            field=models.CharField(
                blank=True,
                help_text="For a venue: street and number.",
                max_length=300,
                verbose_name="address",
            ),
        ),
        migrations.AddField(
            model_name="place",
            name="native_address",
            field=models.CharField(
                blank=True,
                help_text="As a local driver reads it, e.g. 山东省日照市东港区烟台路1号",
                max_length=300,
                verbose_name="address in native script",
            ),
        ),
        migrations.CreateModel(
            name="PracticalNotes",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "hotel",
                    models.TextField(
                        blank=True,
                        help_text="Name, address (also in the local script), check-in.",
                        verbose_name="hotel",
                    ),
                ),
                (
                    "transport",
                    models.TextField(
                        blank=True,
                        help_text="Flights, transfers, getting between cities.",
                        verbose_name="transport",
                    ),
                ),
                (
                    "emergency_contacts",
                    models.TextField(
                        blank=True,
                        help_text="Trip leader's phone, embassy, local emergency numbers.",
                        verbose_name="emergency contacts",
                    ),
                ),
                (
                    "other",
                    models.TextField(
                        blank=True,
                        help_text="Visas, money, dress code, language.",
                        verbose_name="other notes",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                (
                    "trip",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="practical_notes",
                        to="trips.trip",
                        verbose_name="trip",
                    ),
                ),
            ],
            options={
                "verbose_name": "practical notes",
                "verbose_name_plural": "practical notes",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
