"""The staged-row write of a source sync: new and changed records upserted on (source, external_id) in
one set-based statement (COPY + INSERT … ON CONFLICT on PostgreSQL, bulk.py), unchanged ones only
re-stamped as seen. The sync decides what changed; this writes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.db import transaction

from events.models import StagedEvent
from events.services.bulk import upsert_rows

ROW_FIELDS = ("external_id", "raw", "content_hash", "status", "reasons")
# Written again when a record changed; first_seen_at and the pipeline's own fields are not.
CHANGED_FIELDS = ("raw", "content_hash", "status", "reasons", "last_seen_at", "updated_at")


def staged_events_write(
    *,
    source_id: int,
    creates: Sequence[StagedEvent],
    updates: Sequence[StagedEvent],
    unchanged_ids: Sequence[int],
    now: dt.datetime,
) -> list[int]:
    """Write a sync's staged rows. Returns the ids of the written rows that wait for processing."""
    rows = [
        {"external_id": staged.external_id, "raw": staged.raw, "content_hash": staged.content_hash,
         "status": staged.status, "reasons": staged.reasons}
        for staged in (*creates, *updates)
    ]  # fmt: skip
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
            returning=("id", "status"),
        )
        if unchanged_ids:
            StagedEvent.objects.filter(pk__in=unchanged_ids).update(last_seen_at=now)
    return [pk for pk, status in written if status == StagedEvent.Status.PENDING]
