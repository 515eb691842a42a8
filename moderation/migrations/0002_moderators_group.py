"""The "Moderators" group with exactly what moderation needs: events and the audit trail, sources read-only.

Not in it: changing sources, schedules (django_celery_beat), users and groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Moderators"
PERMISSIONS = (
    ("events", "view_event"),
    ("events", "change_event"),
    ("events", "view_eventlisting"),
    ("events", "view_stagedevent"),
    ("events", "change_stagedevent"),
    ("moderation", "view_moderationaction"),
    ("sources", "view_source"),
    ("sources", "view_fetchrun"),
)


def create_group(apps, schema_editor):
    # Permissions are made after migrate (post_migrate); on a fresh database they don't exist yet.
    for label in ("events", "moderation", "sources"):
        config = apps.get_app_config(label)
        previous = getattr(config, "models_module", None)  # unset on migration app stubs: create_permissions skips them
        config.models_module = previous or True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = previous
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    wanted = [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in PERMISSIONS]
    group.permissions.set(wanted)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0005_pipeline_fields"),
        ("sources", "0003_fetchrun_refused_skipped"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
