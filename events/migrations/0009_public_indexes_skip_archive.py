"""The public partial indexes (the city page's (city, start) and the lists' (start)) leave out archived and merged
events, as the lists do (selectors.upcoming_q): the archive grows every day, and a list reading from now on would
otherwise step over all of it.

On PostgreSQL they also carry INCLUDE columns (the city one: end, category, subcategory; the start one: end, city),
so a list's count ("has it ended?") and its category choices are index-only scans. SQLite has no INCLUDE: there
the plain partial indexes are built. The model state (events/models.py Meta) is the plain form on every database,
as the index name and condition are what Django compares.
"""

from django.db import migrations, models

PUBLIC = models.Q(archived_at__isnull=True, merged_into__isnull=True, moderation_status="published")
PUBLIC_SQL = "archived_at IS NULL AND merged_into_id IS NULL AND moderation_status = 'published'"
OLD = models.Q(moderation_status="published")

CITY_START = models.Index(fields=["city", "start"], name="event_public_city_start", condition=PUBLIC)
START = models.Index(fields=["start"], name="event_public_start", condition=PUBLIC)
OLD_CITY_START = models.Index(fields=["city", "start"], name="event_public_city_start", condition=OLD)
OLD_START = models.Index(fields=["start"], name="event_public_start", condition=OLD)

POSTGRES_FORWARD = [
    "DROP INDEX IF EXISTS event_public_city_start",
    "DROP INDEX IF EXISTS event_public_start",
    'CREATE INDEX event_public_city_start ON events_event (city_id, start) INCLUDE ("end", category_id, '
    f"subcategory_id) WHERE {PUBLIC_SQL}",
    f'CREATE INDEX event_public_start ON events_event (start) INCLUDE ("end", city_id) WHERE {PUBLIC_SQL}',
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)
        return
    event = apps.get_model("events", "Event")
    for old, new in ((OLD_CITY_START, CITY_START), (OLD_START, START)):
        schema_editor.remove_index(event, old)
        schema_editor.add_index(event, new)


def backward(apps, schema_editor):
    event = apps.get_model("events", "Event")
    for old, new in ((OLD_CITY_START, CITY_START), (OLD_START, START)):
        schema_editor.remove_index(event, new)  # by name: drops the INCLUDE form on PostgreSQL too
        schema_editor.add_index(event, old)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0008_event_search"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveIndex(model_name="event", name="event_public_city_start"),
                migrations.RemoveIndex(model_name="event", name="event_public_start"),
                migrations.AddIndex(model_name="event", index=CITY_START),
                migrations.AddIndex(model_name="event", index=START),
            ],
            database_operations=[migrations.RunPython(forward, backward, elidable=False)],
        ),
    ]
