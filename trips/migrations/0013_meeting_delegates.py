"""Meetings record which delegates attended, not only which companies; the "Project staff"
group gets the permissions of the new link model."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUP = "Project staff"


def _permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="trips", content_type__model="meetingdelegate"
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
        ("trips", "0012_history_of_leads_needs_matches_participations"),
    ]

    operations = [
        migrations.CreateModel(
            name="MeetingDelegate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "delegate",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="meeting_links",
                        to="trips.delegate",
                        verbose_name="delegate",
                    ),
                ),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="delegate_links",
                        to="trips.meeting",
                    ),
                ),
            ],
            options={
                "verbose_name": "attending delegate",
                "verbose_name_plural": "attending delegates",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("meeting", "delegate"), name="meeting_delegate_once"
                    )
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
