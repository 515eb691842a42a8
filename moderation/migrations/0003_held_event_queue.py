"""The moderation queue: a proxy of Event for its own admin page (access follows the Event permissions)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_event_archived_at"),
        ("moderation", "0002_moderators_group"),
    ]

    operations = [
        migrations.CreateModel(
            name="HeldEvent",
            fields=[],
            options={
                "verbose_name": "held event",
                "verbose_name_plural": "moderation queue",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("events.event",),
        ),
    ]
