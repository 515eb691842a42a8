"""The staged rows' JSON columns compressed with lz4 on PostgreSQL (14 or later, built with lz4).

A staged row (raw, normalized, quality report, dedup: ~2.2 KB) is past PostgreSQL's TOAST threshold (~2 KB), so every
insert and every pipeline UPDATE compresses its largest values inline, with pglz by default: a third of the staged
UPDATE's backend CPU. lz4 compresses them to about the same size for less. Only new values are written so; stored ones
stay readable as they are. No change on SQLite or where the server has no lz4."""

from django.db import migrations

COLUMNS = ("raw", "normalized", "reasons", "quality_report", "dedup")


def _set(schema_editor, method: str) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        row = cursor.fetchone()
    if not (row and row[0]):
        return
    alters = ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in COLUMNS)
    schema_editor.execute(f"ALTER TABLE events_stagedevent {alters}")


def forward(apps, schema_editor):
    _set(schema_editor, "lz4")


def backward(apps, schema_editor):
    _set(schema_editor, "default")


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0012_listing_source_latest"),
    ]

    operations = [migrations.RunPython(forward, backward)]
