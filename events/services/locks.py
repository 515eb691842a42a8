"""Advisory locks on (city, day) blocks, so that concurrent batches see each other's new events.

A batch reads the events near its records (its cities, each record's day ±1), decides which records
duplicate them, and creates events for the rest. Two batches listing the same real-world event must not
both read before either writes, so every batch takes its locks BEFORE the read and holds them until its
transaction commits:

- exclusive on the blocks it may create events in (the UTC day of each record's start, in its city);
- shared on the other blocks its read covers (UTC days L-1 … L+1 around the record's local day L).

A batch that only reads a block runs alongside another that only reads it; a write and a read of the
same block are serialized. All keys are taken in one sorted order, whatever their mode, so two batches
cannot deadlock.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import connection

from events.pipeline.normalize import parse_moment

Block = tuple[int, dt.date]


def block_key(block: Block) -> int:
    # crc32, not hash(): the key must be the same in every worker process; collisions only serialize more.
    return zlib.crc32(f"{block[0]}:{block[1].isoformat()}".encode()) & 0x7FFFFFFF


def record_blocks(record: dict[str, Any], *, fallback_city: int | None) -> tuple[set[Block], set[Block]]:
    """The blocks a record's event may be written to, and those its de-duplication reads."""
    start = parse_moment(record.get("start"))
    if start is None:
        return set(), set()
    if isinstance(start, dt.datetime):
        local = start.date()
        utc = start.astimezone(dt.UTC).date() if start.tzinfo else local
        write_days = {utc}
    else:  # all-day: local midnight, which in UTC is that day or the one before
        local = start
        write_days = {local - dt.timedelta(days=1), local}
    writes: set[Block] = set()
    city = record.get("city_id") or fallback_city
    if city is not None:
        writes = {(city, day) for day in write_days}
    reads: set[Block] = set()
    if record.get("city_id") is not None:  # nearby_events reads only for records a city matched
        reads = {(record["city_id"], local + dt.timedelta(days=offset)) for offset in (-1, 0, 1)}
    return writes, reads


def lock_blocks(*, writes: Iterable[Block], reads: Iterable[Block]) -> int:
    """Take the transaction-scoped advisory locks (PostgreSQL only). Returns how many keys were locked."""
    if connection.vendor != "postgresql":
        return 0
    exclusive = {block_key(block) for block in writes}
    modes = {block_key(block): False for block in reads}
    modes.update(dict.fromkeys(exclusive, True))
    if not modes:
        return 0
    keys = sorted(modes)
    with connection.cursor() as cursor:
        # One round trip; ORDER BY the array position keeps every batch taking its keys in the same order.
        cursor.execute(
            "SELECT CASE WHEN x THEN pg_advisory_xact_lock(%s, k)::text ELSE pg_advisory_xact_lock_shared(%s, k)::text END "
            "FROM unnest(%s::int[], %s::bool[]) WITH ORDINALITY AS t(k, x, n) ORDER BY n",
            [settings.PIPELINE_LOCK_NAMESPACE, settings.PIPELINE_LOCK_NAMESPACE, keys, [modes[k] for k in keys]],
        )
    return len(keys)
