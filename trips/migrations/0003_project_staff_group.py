"""The "Project staff" group: the permissions organisers need to work in the admin.

Staff users are put in this group and work without being superusers. Later migrations that add
models grant their permissions to the same group.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Project staff"
FULL_ACCESS_APPS = ("trips", "contacts")
VIEW_ONLY = {("contacts", "membership")}
EXTRA = [("contacts", "export_person"), ("contacts", "import_person"), ("auth", "view_user")]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    perms = Permission.objects.filter(content_type__app_label__in=FULL_ACCESS_APPS)
    chosen = []
    for perm in perms.select_related("content_type"):
        ct = perm.content_type
        if ct.model.startswith("historical"):
            continue
        if (ct.app_label, ct.model) in VIEW_ONLY and not perm.codename.startswith("view_"):
            continue
        chosen.append(perm)
    chosen += [Permission.objects.get(content_type__app_label=a, codename=c) for a, c in EXTRA]
    group.permissions.add(*chosen)


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("contacts", "0001_initial"),
        ("trips", "0002_dated_in_trip_triggers"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
