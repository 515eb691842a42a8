"""Full-text and typo-tolerant search over events (PostgreSQL only; events/search.py is the one reader).

- ``whatson_search``: a text search configuration, English stemming after unaccent, so "concerts" finds
  "concert" and "fernandez" finds "Fernández" (titles here are English, Spanish, Hindi… names: unaccent helps
  every Latin-script one, and words of other scripts pass through unstemmed but still match exactly).
- ``events_event.search_vector``: a stored generated tsvector (title A; venue name, source category and tags
  B; the first 10,000 characters of the description C). Stored so ranking reads it instead of re-parsing
  every matching description. The model does not declare it: Django never selects or writes it.
- Two GIN indexes, partial on what the public lists read (published, not archived, not merged), so the
  archive growing over the years does not grow them: the tsvector, and ``title gin_trgm_ops`` for the
  trigram fallback ("jaz festivl") and prefix suggestions; and a btree on (start, id) with the same
  condition, for the soonest matches of a broad word.

On SQLite every step is a no-op (events/search.py keeps a LIKE fallback there).
"""

from django.db import migrations

PUBLIC = "moderation_status = 'published' AND archived_at IS NULL AND merged_into_id IS NULL"

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION whatson_search (COPY = pg_catalog.english)",
    "ALTER TEXT SEARCH CONFIGURATION whatson_search "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem",
    """
    ALTER TABLE events_event ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('whatson_search'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('whatson_search'::regconfig,
                                 coalesce(venue_name, '') || ' ' || coalesce(source_category, '')), 'B')
        || setweight(jsonb_to_tsvector('whatson_search'::regconfig, coalesce(tags, '[]'::jsonb), '["string"]'), 'B')
        || setweight(to_tsvector('whatson_search'::regconfig, left(coalesce(description, ''), 10000)), 'C')
    ) STORED
    """,
    f"CREATE INDEX event_search_vector ON events_event USING gin (search_vector) WHERE {PUBLIC}",
    f"CREATE INDEX event_title_trgm ON events_event USING gin (title gin_trgm_ops) WHERE {PUBLIC}",
    # Search ranks the soonest matches of a broad word: walking event_public_start would read every archived
    # event (they start earliest) before the first upcoming one.
    f"CREATE INDEX event_search_start ON events_event (start, id) WHERE {PUBLIC}",
]

# The extensions stay: other objects may use them, and they cost nothing idle.
BACKWARD = [
    "DROP INDEX IF EXISTS event_search_start",
    "DROP INDEX IF EXISTS event_title_trgm",
    "DROP INDEX IF EXISTS event_search_vector",
    "ALTER TABLE events_event DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS whatson_search",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_event_merged_into"),
    ]

    operations = [
        migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False),
    ]
