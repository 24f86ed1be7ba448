"""Companies say whom they want to meet (wishes); staff set travel times between places. The
"Project staff" group gets the permissions of both new models."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUP = "Project staff"
MODELS = ("wish", "traveltime")


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
        ("trips", "0013_meeting_delegates"),
    ]

    operations = [
        migrations.CreateModel(
            name="TravelTime",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("minutes", models.PositiveIntegerField(verbose_name="travel time (minutes)")),
                (
                    "from_place",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="trips.place",
                        verbose_name="from",
                    ),
                ),
                (
                    "to_place",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="trips.place",
                        verbose_name="to",
                    ),
                ),
                (
                    "trip",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="travel_times",
                        to="trips.trip",
                        verbose_name="trip",
                    ),
                ),
            ],
            options={
                "verbose_name": "travel time",
                "verbose_name_plural": "travel times",
                "ordering": ["trip", "from_place__name", "to_place__name"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("trip", "from_place", "to_place"), name="travel_time_once_per_pair"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("from_place", models.F("to_place")), _negated=True),
                        name="travel_time_between_two_places",
                        violation_error_message="Choose two different places.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Wish",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(blank=True, verbose_name="wish in your own words")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                (
                    "host",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="wishes",
                        to="contacts.organisation",
                        verbose_name="host organisation",
                    ),
                ),
                (
                    "need",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="wishes",
                        to="trips.need",
                        verbose_name="need",
                    ),
                ),
                (
                    "participation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="wishes",
                        to="trips.participation",
                        verbose_name="participation",
                    ),
                ),
            ],
            options={
                "verbose_name": "meeting wish",
                "verbose_name_plural": "meeting wishes",
                "ordering": ["participation", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("host__isnull", False),
                            ("need__isnull", False),
                            models.Q(("text", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="wish_names_someone",
                        violation_error_message="Say whom you want to meet.",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("need__isnull", False)),
                        fields=("participation", "need"),
                        name="wish_need_once",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("host__isnull", False), ("need__isnull", True)),
                        fields=("participation", "host"),
                        name="wish_host_once",
                    ),
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
