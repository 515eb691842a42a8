"""Moderators also decide organizer claims (events/people): they see and change memberships and see submissions.

Adds to the group 0002 made; ``grant`` is also what tests call after a flush (with 0002's ``create_group``).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Moderators"
PERMISSIONS = (
    ("people", "view_organizermembership"),
    ("people", "change_organizermembership"),
    ("people", "view_submission"),
)


def grant(apps, schema_editor):
    config = apps.get_app_config("people")
    previous = getattr(config, "models_module", None)  # unset on migration app stubs: create_permissions skips them
    config.models_module = previous or True
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = previous
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *[Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in PERMISSIONS]
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="people", codename__in=[codename for _, codename in PERMISSIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0004_alter_moderationaction_action"),
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
