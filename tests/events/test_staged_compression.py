"""Migration 0013: on PostgreSQL with lz4 the staged rows' JSON columns compress with lz4, the rest as before; the
stored values read back as written."""

from __future__ import annotations

import pytest
from django.db import connection

from events.models import StagedEvent
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

JSON_COLUMNS = {"raw", "normalized", "reasons", "quality_report", "dedup"}


def _lz4_available() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        row = cursor.fetchone()
    return bool(row and row[0])


def test_staged_json_columns_use_lz4() -> None:
    if connection.vendor != "postgresql" or not _lz4_available():
        pytest.skip("PostgreSQL with lz4 only")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attcompression FROM pg_attribute "
            "WHERE attrelid = 'events_stagedevent'::regclass AND attnum > 0 AND NOT attisdropped"
        )
        methods = dict(cursor.fetchall())
    assert {name for name, method in methods.items() if method == "l"} == JSON_COLUMNS


def test_large_staged_values_read_back() -> None:
    # past the TOAST threshold, so the values are compressed on PostgreSQL
    normalized = {"title": "Harbour Lights Concert", "description": "A long evening of songs. " * 200, "n": [1, 2.5]}
    staged = StagedEvent.objects.create(
        source=SourceFactory(), external_id="x-1", raw={"text": "raw words " * 300}, normalized=normalized,
        reasons=["held"], quality_report={"score": 0.5}, dedup={"band": "distinct"},
    )  # fmt: skip
    stored = StagedEvent.objects.get(pk=staged.pk)
    assert stored.normalized == normalized
    assert stored.raw == {"text": "raw words " * 300}
    assert (stored.reasons, stored.quality_report, stored.dedup) == (["held"], {"score": 0.5}, {"band": "distinct"})
