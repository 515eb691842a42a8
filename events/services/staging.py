"""The staged-row write of a source sync: new and changed records upserted on (source, external_id) in
one set-based statement (COPY + INSERT … ON CONFLICT on PostgreSQL, bulk.py), unchanged ones only
re-stamped as seen. The sync decides what changed; this writes it.

Rows travel as tuples with the record's JSON already serialised: the same canonical text is hashed (the
content hash that tells an unchanged record) and stored, so each record is serialised once, and no model
instance is built per row.

Records the sync found no row for (all of them on a first fetch) go straight into the table by one COPY,
their ids taken from the sequence first. The rows are produced while the COPY runs and sent in chunks,
so PostgreSQL parses and indexes one chunk while Python cleans and serialises the next: on two cores the
two halves of the work overlap instead of adding up. Should another writer have inserted one of them
meanwhile, the COPY is rolled back to its savepoint and the same rows take the upsert.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import orjson
from django.db import IntegrityError, connection, models, transaction

from events.models import StagedEvent
from events.services.bulk import upsert_rows

ROW_FIELDS = ("external_id", "raw", "content_hash", "status", "reasons")
# Written again when a record changed; first_seen_at and the pipeline's own fields are not.
CHANGED_FIELDS = ("raw", "content_hash", "status", "reasons", "last_seen_at", "updated_at")
# Rows per COPY message: small enough that PostgreSQL starts on the first while the next is being built.
COPY_CHUNK = 500
# COPY's text format: these four characters are escaped in a value (a backslash first, doubled).
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


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
    *,
    source_id: int,
    rows: Sequence[StagedRow],
    unchanged_ids: Sequence[int],
    now: dt.datetime,
    new_rows: Iterable[StagedRow] = (),
    new_count: int = 0,
) -> list[tuple[int, str]]:
    """Write a sync's staged rows. Returns (id, external_id) of the written rows that wait for processing.

    ``rows`` are upserted. ``new_rows`` (``new_count`` of them, consumed once) are records with no row yet:
    inserted by COPY on PostgreSQL, with an upsert as the fallback when one was inserted meanwhile.
    """
    pending: list[tuple[int, str]] = []
    with transaction.atomic():
        if new_count:
            pending += _insert_new(source_id=source_id, rows=new_rows, count=new_count, now=now)
        if rows:
            pending += _upsert(source_id=source_id, rows=rows, now=now)
        if unchanged_ids:
            _stamp_seen(ids=unchanged_ids, now=now)
    return pending


def _upsert(*, source_id: int, rows: Sequence[StagedRow], now: dt.datetime) -> list[tuple[int, str]]:
    constants = {
        "source": source_id, "first_seen_at": now, "last_seen_at": now, "updated_at": now,
        "normalized": {}, "quality_report": {}, "dedup": {},
    }  # fmt: skip
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
    return [(pk, external_id) for pk, status, external_id in written if status == StagedEvent.Status.PENDING]


def _stamp_seen(*, ids: Sequence[int], now: dt.datetime) -> None:
    if connection.vendor != "postgresql":
        StagedEvent.objects.filter(pk__in=ids).update(last_seen_at=now)
        return
    table = connection.ops.quote_name(StagedEvent._meta.db_table)
    with connection.cursor() as cursor:
        # One array parameter, not an IN list of as many placeholders as rows.
        cursor.execute(f"UPDATE {table} SET last_seen_at = %s WHERE id = ANY(%s)", [now, list(ids)])  # noqa: S608 - quoted model metadata


def _insert_new(*, source_id: int, rows: Iterable[StagedRow], count: int, now: dt.datetime) -> list[tuple[int, str]]:
    """Insert rows that had no row at lookup; the fallback upserts them (another writer got there first)."""
    if connection.vendor != "postgresql":
        return _upsert(source_id=source_id, rows=list(rows), now=now)
    sent: list[StagedRow] = []  # what the COPY consumed, kept for the fallback
    try:
        with transaction.atomic():
            return _copy_new(source_id=source_id, rows=rows, count=count, now=now, sent=sent)
    except IntegrityError:
        sent += rows  # whatever the failed COPY had not consumed yet
        return _upsert(source_id=source_id, rows=sent, now=now)


def _column(name: str) -> str:
    field = StagedEvent._meta.get_field(name)
    assert isinstance(field, models.Field)  # noqa: S101 - every staged field is concrete
    return field.column or name


def _copy_new(
    *, source_id: int, rows: Iterable[StagedRow], count: int, now: dt.datetime, sent: list[StagedRow]
) -> list[tuple[int, str]]:
    quote = connection.ops.quote_name
    table = quote(StagedEvent._meta.db_table)
    names = ("id", *ROW_FIELDS, "source", "first_seen_at", "last_seen_at", "updated_at")
    columns = ", ".join(quote(_column(name)) for name in (*names, "normalized", "quality_report", "dedup"))
    stamp = now.isoformat()
    # The values every row shares, as COPY text: the source, three timestamps, three empty JSON objects.
    tail = f"\t{source_id}\t{stamp}\t{stamp}\t{stamp}\t{{}}\t{{}}\t{{}}\n"
    pending_status = StagedEvent.Status.PENDING
    pending: list[tuple[int, str]] = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [StagedEvent._meta.db_table, _column("id"), count],
        )
        ids = [row[0] for row in cursor.fetchall()]
        # psycopg's own cursor (Django's wrapper has no COPY), its errors turned into Django's (IntegrityError).
        with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            chunk: list[str] = []
            for pk, row in zip(ids, rows, strict=True):
                sent.append(row)
                external_id, raw, digest, status, reasons = row
                # JSON text holds no raw tab, newline or carriage return (JSON escapes them): only backslashes.
                chunk.append(
                    f"{pk}\t{external_id.translate(_COPY_ESCAPES)}\t{raw.replace(chr(92), chr(92) * 2)}\t{digest}"
                    f"\t{status}\t{reasons.replace(chr(92), chr(92) * 2)}{tail}"
                )
                if status == pending_status:
                    pending.append((pk, external_id))
                if len(chunk) == COPY_CHUNK:
                    copy.write("".join(chunk))
                    chunk.clear()
            if chunk:
                copy.write("".join(chunk))
    return pending
