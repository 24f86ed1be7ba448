"""Project staff let companies in: they invite delegates, see, send again and revoke the
invitations, and deactivate company logins. They never delete an invitation (it is the record of
who was let in) and gain nothing on users: staff accounts stay a superuser's business."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Project staff"
GRANTED = ["add_invitation", "change_invitation", "view_invitation", "deactivate_company_login"]
WITHHELD = ["delete_invitation"]


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="contacts", content_type__model="invitation", codename__in=codenames
    )


def grant(apps, schema_editor):
    app_config = apps.get_app_config("contacts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*_permissions(apps, GRANTED))
    group.permissions.remove(*_permissions(apps, WITHHELD))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group:
        group.permissions.remove(*_permissions(apps, GRANTED))


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0006_invitation"),
        ("trips", "0003_project_staff_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
