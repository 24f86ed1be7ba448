"""Project staff may read the contact export log and the record of merges (both are written only
by the application, never edited by hand)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Project staff"
PERMISSIONS = [("contacts", "view_exportlog"), ("contacts", "view_mergerecord")]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *[Permission.objects.get(content_type__app_label=a, codename=c) for a, c in PERMISSIONS]
    )
    # trips/0003 may have run after 0002 and granted everything in "contacts": the logs stay
    # read-only.
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="contacts",
            content_type__model__in=["exportlog", "mergerecord"],
        ).exclude(codename__startswith="view_")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="contacts",
                codename__in=[c for _, c in PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0003_trigram_search"),
        ("trips", "0003_project_staff_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
