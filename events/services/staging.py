"""The staged-row write of a source sync: new and changed records upserted on (source, external_id) in
one set-based statement (COPY + INSERT … ON CONFLICT on PostgreSQL, bulk.py), unchanged ones only
re-stamped as seen. The sync decides what changed; this writes it.

Rows travel as tuples with the record's JSON already serialised: the same canonical text is hashed (the
content hash that tells an unchanged record) and stored, so each record is serialised once, and no model
instance is built per row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import orjson
from django.db import connection, transaction

from events.models import StagedEvent
from events.services.bulk import upsert_rows

ROW_FIELDS = ("external_id", "raw", "content_hash", "status", "reasons")
# Written again when a record changed; first_seen_at and the pipeline's own fields are not.
CHANGED_FIELDS = ("raw", "content_hash", "status", "reasons", "last_seen_at", "updated_at")


class StagedRow(NamedTuple):
    """One staged row to write, in ROW_FIELDS order; ``raw`` and ``reasons`` are JSON text."""

    external_id: str
    raw: str
    content_hash: str
    status: str
    reasons: str


def canonical_json(value: Any) -> str:
    """``value`` as JSON text with sorted keys: the same data always gives the same text."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:  # orjson refuses integers beyond 64 bits, which a feed may hold; json takes them
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def staged_row(
    *, external_id: str, raw: Any, status: str, reasons: Sequence[str], digest: str | None = None
) -> StagedRow:
    """The row for a record; its content hash is that of its canonical JSON unless ``digest`` is given."""
    text = canonical_json(raw)
    return StagedRow(external_id, text, digest or text_hash(text), status, canonical_json(list(reasons)))


def staged_index(*, source_id: int, external_ids: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """The source's staged rows among ``external_ids``: external_id → (id, content_hash, status)."""
    if not external_ids:
        return {}
    rows: Iterable[tuple[int, str, str, str]]
    if connection.vendor == "postgresql":
        # One array parameter: an IN list of tens of thousands of placeholders costs seconds to build.
        table = connection.ops.quote_name(StagedEvent._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, external_id, content_hash, status FROM {table} "  # noqa: S608 - quoted model metadata
                "WHERE source_id = %s AND external_id = ANY(%s)",
                [source_id, list(external_ids)],
            )
            rows = cursor.fetchall()
    else:
        rows = StagedEvent.objects.filter(source_id=source_id, external_id__in=list(external_ids)).values_list(
            "pk", "external_id", "content_hash", "status"
        )
    return {external_id: (pk, digest, status) for pk, external_id, digest, status in rows}


def staged_events_write(
    *, source_id: int, rows: Sequence[StagedRow], unchanged_ids: Sequence[int], now: dt.datetime
) -> list[tuple[int, str]]:
    """Write a sync's staged rows. Returns (id, external_id) of the written rows that wait for processing."""
    constants = {
        "source": source_id, "first_seen_at": now, "last_seen_at": now, "updated_at": now,
        "normalized": {}, "quality_report": {}, "dedup": {},
    }  # fmt: skip
    with transaction.atomic():
        written = upsert_rows(
            StagedEvent,
            rows,
            fields=ROW_FIELDS,
            unique=("source", "external_id"),
            update=CHANGED_FIELDS,
            constants=constants,
            returning=("id", "status", "external_id"),
            prepared=True,
        )
        if unchanged_ids:
            StagedEvent.objects.filter(pk__in=unchanged_ids).update(last_seen_at=now)
    return [(pk, external_id) for pk, status, external_id in written if status == StagedEvent.Status.PENDING]
