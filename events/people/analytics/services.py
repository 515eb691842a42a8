"""Writes of the analytics: the buffer's flush into raw interactions and daily counts, retention, forgetting.

Every interaction is counted in ``EventDailyStats`` once, when the flush writes its raw row, in the same
transaction: the dashboards read only the daily counts, so deleting old raw rows (``interactions_rollup``)
changes no figure, and running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Exists, Model, OuterRef, QuerySet
from django.utils import timezone

from events.models import Event
from events.people.analytics import recording
from events.people.models import EventDailyStats, Interaction, InteractionKind

logger = logging.getLogger(__name__)

# The EventDailyStats column each kind is added to, in the order of the upsert's values.
STATS_COLUMNS: dict[str, str] = {
    InteractionKind.VIEW: "views",
    InteractionKind.SAVE: "saves",
    InteractionKind.RSVP: "rsvps",
    InteractionKind.SHARE: "shares",
    InteractionKind.CLICK: "clicks",
}
KIND_INDEX = {kind: index for index, kind in enumerate(STATS_COLUMNS)}
# (event, day) pairs per upsert statement: 7 parameters each, well under SQLite's 32,766.
UPSERT_CHUNK = 1_000
# The upsert's rows on PostgreSQL: one array per column (event, day, then the counts).
UNNEST_COUNTS = "unnest(%s::bigint[], %s::date[], " + ", ".join(["%s::integer[]"] * len(STATS_COLUMNS)) + ")"
INSERT_CHUNK = 1_000
BAD_BATCH_SIZE = "batch_size must be positive, got {value}."

Row = tuple[int, int | None, str, dt.datetime]  # event id, user id, kind, when


# --- Flush ---------------------------------------------------------------------------------------------------


def interactions_flush() -> int:
    """Write everything buffered so far: raw Interaction rows and the daily counts, in one transaction.

    Returns how many interactions were written (records of events deleted since, or unreadable ones, are
    dropped). Lossless on a database error: the records go back to the buffer and the error is raised (the task
    retries). A process killed between the take and the commit loses what it took (at most about a minute of
    interactions); one killed after the commit but before the buffer heard of it loses nothing and counts
    nothing twice, since a taken list is never read again (it expires).
    """
    taken = recording.buffer().take()
    if taken is None:
        return 0
    try:
        with transaction.atomic():
            written = sum(_write(chunk) for chunk in taken.chunks())
            # The taken records are forgotten only once the rows are committed (at once outside a transaction).
            transaction.on_commit(lambda: taken.done(written=written), robust=True)
    except BaseException:
        try:
            taken.give_back()
        except Exception:
            logger.exception("flush failed and %s interactions could not be given back to the buffer", taken.count)
        raise
    return written


def _write(chunk: Sequence[bytes | str]) -> int:
    records = [record for record in map(recording.decode, chunk) if record is not None]
    if not records:
        return 0
    event_ids = {record.event_id for record in records}
    existing = _existing_ids(Event, event_ids)
    user_ids = {record.user_id for record in records if record.user_id}
    users: set[int] = set()
    if user_ids:
        # A person deleted while their interactions waited: their rows are written without them.
        users = _existing_ids(get_user_model(), user_ids)
    stamps: dict[int, dt.datetime] = {}
    rows: list[Row] = []
    for record in records:
        if record.event_id not in existing:
            continue
        when = stamps.get(record.at)
        if when is None:
            when = stamps[record.at] = dt.datetime.fromtimestamp(record.at, tz=dt.UTC)
        rows.append((record.event_id, record.user_id if record.user_id in users else None, record.kind, when))
    if rows:
        _insert_interactions(rows)
        _add_daily_stats(rows)
    return len(rows)


def _existing_ids(model: type[Model], ids: set[int]) -> set[int]:
    """Which of ``ids`` still exist. On PostgreSQL as ``= ANY(array)``: one parameter, where ``IN (…)`` would
    have psycopg parse thousands of placeholders."""
    if connection.vendor != "postgresql":
        return set(model._default_manager.filter(pk__in=ids).values_list("pk", flat=True))
    quote = connection.ops.quote_name
    pk = quote(model._meta.pk.column or "id")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk} FROM {quote(model._meta.db_table)} WHERE {pk} = ANY(%s)", [sorted(ids)])  # noqa: S608 - names are ours
        return {row[0] for row in cursor.fetchall()}


def _insert_interactions(rows: Sequence[Row]) -> None:
    if connection.vendor == "postgresql":
        _copy_interactions(rows)
        return
    Interaction.objects.bulk_create(
        [
            Interaction(event_id=event_id, user_id=user_id, kind=kind, occurred_at=when)
            for event_id, user_id, kind, when in rows
        ],
        batch_size=INSERT_CHUNK,
    )


def _copy_interactions(rows: Sequence[Row]) -> None:
    """COPY … FROM STDIN, PostgreSQL's fastest way in (see events/services/staging.py). Every value is an integer,
    a kind from a fixed set or a timestamp: nothing needs COPY's escaping."""
    quote = connection.ops.quote_name
    meta = Interaction._meta
    columns = ", ".join(quote(name) for name in ("event_id", "user_id", "kind", "occurred_at"))
    text = "".join(
        f"{event_id}\t{user_id if user_id is not None else chr(92) + 'N'}\t{kind}\t{when.isoformat()}\n"
        for event_id, user_id, kind, when in rows
    )
    with connection.cursor() as cursor:
        # psycopg's own cursor (Django's wrapper has no COPY), its errors turned into Django's.
        with (
            connection.wrap_database_errors,
            cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy,
        ):
            copy.write(text)


def _add_daily_stats(rows: Iterable[Row]) -> None:
    """``INSERT … ON CONFLICT (event_id, day) DO UPDATE SET views = views + EXCLUDED.views, …`` (PostgreSQL and
    SQLite alike), in one order for every flush so that two overlapping flushes never wait on each other in a
    cycle."""
    counts: dict[tuple[int, dt.date], list[int]] = defaultdict(lambda: [0] * len(STATS_COLUMNS))
    for event_id, _, kind, when in rows:
        counts[(event_id, when.date())][KIND_INDEX[kind]] += 1
    quote = connection.ops.quote_name
    table = quote(EventDailyStats._meta.db_table)
    names = [quote(column) for column in STATS_COLUMNS.values()]
    columns = ", ".join([quote("event_id"), quote("day"), *names])
    updates = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in names)
    conflict = f"ON CONFLICT ({quote('event_id')}, {quote('day')}) DO UPDATE SET {updates}"
    keys = sorted(counts)
    with connection.cursor() as cursor:
        for start in range(0, len(keys), UPSERT_CHUNK):
            chunk = keys[start : start + UPSERT_CHUNK]
            if connection.vendor == "postgresql":
                # One array per column (seven parameters whatever the chunk): psycopg parses the statement's
                # placeholders in Python, and seven thousand of them cost more than the database's work.
                arrays: list[list[Any]] = [[event_id for event_id, _ in chunk], [day for _, day in chunk]]
                arrays += [[counts[key][index] for key in chunk] for index in range(len(STATS_COLUMNS))]
                sql = f"INSERT INTO {table} ({columns}) SELECT * FROM {UNNEST_COUNTS} {conflict}"  # noqa: S608 - names are ours
                cursor.execute(sql, arrays)
                continue
            values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s)"] * len(chunk))
            params: list[Any] = []
            for event_id, day in chunk:
                params += [event_id, connection.ops.adapt_datefield_value(day), *counts[(event_id, day)]]
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {values} {conflict}", params)  # noqa: S608 - names are ours, values are parameters


# --- Retention -------------------------------------------------------------------------------------------------


def _delete_in_batches(queryset: QuerySet[Interaction], *, batch_size: int) -> int:
    """Delete what ``queryset`` matches, ``batch_size`` ids per statement and transaction (locks stay short)."""
    if batch_size <= 0:
        raise ValueError(BAD_BATCH_SIZE.format(value=batch_size))
    total = 0
    while True:
        with transaction.atomic():
            ids = list(queryset.order_by("pk").values_list("pk", flat=True)[:batch_size])
            if ids:
                total += Interaction.objects.filter(pk__in=ids).delete()[0]
        if len(ids) < batch_size:
            return total


def interactions_rollup(*, now: dt.datetime | None = None, batch_size: int | None = None) -> int:
    """Delete raw interactions older than ANALYTICS_RAW_DAYS, and those of events deleted since. Returns how many.

    Their counts are already in EventDailyStats (added by the flush that wrote them), so no dashboard figure
    changes; a second run finds nothing to delete."""
    now = now or timezone.now()
    size = batch_size or settings.RETENTION_BATCH_SIZE
    cutoff = now - dt.timedelta(days=settings.ANALYTICS_RAW_DAYS)
    deleted = _delete_in_batches(Interaction.objects.filter(occurred_at__lt=cutoff), batch_size=size)
    orphans = Interaction.objects.filter(~Exists(Event.objects.filter(pk=OuterRef("event_id"))))
    deleted += _delete_in_batches(orphans, batch_size=size)
    logger.info("analytics roll-up: %s raw interactions deleted (older than %s, or of deleted events)", deleted, cutoff)
    return deleted


def interactions_forget_user(*, user_id: int) -> int:
    """Take the person off their raw interactions (the counts stay: they never named anyone). Returns the rows.

    Call it when the account is deleted; interactions still buffered then are written without them (the flush
    keeps only user ids that still exist)."""
    return Interaction.objects.filter(user_id=user_id).update(user=None)
