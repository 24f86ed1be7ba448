"""Give the "Project staff" group the permissions of the host report link models."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Project staff"
MODELS = ("hostreportlink", "hostreportopening")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("trips")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    perms = Permission.objects.filter(
        content_type__app_label="trips", content_type__model__in=MODELS
    )
    # Openings are a record of what happened: staff see them but do not edit them.
    group.permissions.add(
        *(
            perm
            for perm in perms.select_related("content_type")
            if perm.content_type.model == "hostreportlink" or perm.codename.startswith("view_")
        )
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="trips", content_type__model__in=MODELS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("trips", "0003_project_staff_group"),
        ("trips", "0004_host_report_links"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
