"""What the realtime side publishes when events change: one bus entry per changed event, and the moderation
queue's counts when they moved.

``events_broadcast`` listens to ``events.services.changes`` (registered in ``RealtimeConfig.ready``), which
calls it once the transaction that changed the events has committed, from the one path every change takes
(the pipeline's writes, moderation actions, a source withdrawing events). Views never publish.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

import redis
from django.conf import settings
from django.db import DatabaseError, transaction

from events.api.representation import LIST_FIELDS, event_dict, page_url_builder
from events.models import Event, EventStatus
from realtime import bus
from realtime.matching import FACT_EXPRESSIONS, FACT_FIELDS, facts_of, listing_sources

logger = logging.getLogger(__name__)

CHUNK = 500
# An event whose first publication is this close to its last change is new ("event.published"), not updated.
FRESH = dt.timedelta(seconds=60)
STATE_FIELDS = ("moderation_status", "archived_at", "merged_into_id", "published_at", "updated_at")
COLUMNS = tuple(dict.fromkeys((*LIST_FIELDS, *STATE_FIELDS, *FACT_FIELDS)))


def public_state(row: dict[str, Any]) -> str:
    """What the public sees of an event: "live", "cancelled" (listed as cancelled) or "gone" (not listed)."""
    visible = (
        row["moderation_status"] == Event.ModerationStatus.PUBLISHED
        and row["archived_at"] is None
        and row["merged_into_id"] is None
    )
    if not visible:
        return "gone"
    return "cancelled" if row["status"] == EventStatus.CANCELLED else "live"


def message_type(row: dict[str, Any], previous: str | None) -> str | None:
    """The change this row is for the public, given what it was last told (``previous``; None: no record), or
    None when there is nothing to tell (an event the public never saw, still unseen)."""
    state = public_state(row)
    if previous is None:  # no record: never announced since tracking began (or its announcement failed)
        return _guess(row, state)
    if state == "gone":
        return None if previous == "gone" else "event.removed"
    if previous == "gone":
        return "event.cancelled" if state == "cancelled" else "event.published"
    if state == "cancelled" and previous != "cancelled":
        return "event.cancelled"
    return "event.updated"


def _guess(row: dict[str, Any], state: str) -> str | None:
    if state == "gone":
        return "event.removed" if row["published_at"] is not None else None
    if state == "cancelled":
        return "event.cancelled"
    published, updated = row["published_at"], row["updated_at"]
    if published is not None and updated is not None and updated - published < FRESH:
        return "event.published"
    return "event.updated"


def events_broadcast(event_ids: Iterable[int]) -> int:
    """Publish the changes of these events (after commit). Returns how many messages went out."""
    ids = sorted(set(event_ids))
    sent = 0
    page_url = page_url_builder()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        # One query for the representation, the state and the facts (plus one for the listings' sources).
        rows = Event.objects.filter(pk__any=chunk).values(*COLUMNS, **FACT_EXPRESSIONS)
        sources = listing_sources(chunk)
        previous = announced_states(chunk)
        messages: list[tuple[str, dict[str, Any], Any, dict[str, Any] | None]] = []
        states: dict[int, str] = {}
        for row in rows:
            kind = message_type(row, previous.get(row["id"]))
            if kind is None:
                continue
            states[row["id"]] = public_state(row)
            messages.append(
                (
                    "events",
                    {"type": kind, "event": event_dict(row, page_url=page_url)},
                    None,
                    facts_of(row, sources.get(row["id"], ())),
                )
            )
        published = bus.publish_many(messages)
        sent += len(published)
        if published:  # what was said is what clients now believe
            remember_announced(states, previous)
    moderation_broadcast()
    return sent


def announced_states(ids: list[int]) -> dict[int, str]:
    """What live clients were last told about each of these events (``AnnouncedEvent``; absent: nothing yet)."""
    from realtime.models import AnnouncedEvent

    return dict(AnnouncedEvent.objects.filter(pk__any=ids).values_list("pk", "state"))


def remember_announced(states: dict[int, str], previous: dict[int, str]) -> None:
    """Record the states just pushed, writing only those that changed (an edit of a live event writes nothing).
    A failure loses the record only: the next change is then classified from the row alone (``_guess``)."""
    from realtime.models import AnnouncedEvent

    changed = [AnnouncedEvent(event_id=pk, state=state) for pk, state in states.items() if previous.get(pk) != state]
    if not changed:
        return
    # One statement, atomic by itself; inside a caller's transaction a savepoint keeps a failure from breaking it.
    guard = transaction.atomic() if transaction.get_connection().in_atomic_block else contextlib.nullcontext()
    try:
        with guard:
            AnnouncedEvent.objects.bulk_create(
                changed, update_conflicts=True, unique_fields=["event"], update_fields=["state"]
            )
    except DatabaseError:  # an event deleted since it was read, or the database gone: the push itself went out
        logger.warning("realtime: could not record what was announced for %d events", len(changed), exc_info=True)


def moderation_counts() -> dict[str, Any]:
    """The moderation queue's size: held events and records not yet processed (two indexed counts: this runs
    after every pipeline batch; the admin dashboard has the breakdown by reason)."""
    from events.models import StagedEvent
    from moderation.selectors import held_events

    return {
        "held": held_events().count(),
        "pending_records": StagedEvent.objects.filter(status=StagedEvent.Status.PENDING).count(),
    }


# Coalescing the queue counts (Redis keys shared by every process): the pending count walks every pending record
# (~30 ms at 20,000, ~70 ms at 100,000), and the pipeline finishes several batches a second.
COUNTS_CHANGED_KEY = "whatson:realtime:moderation:changed"  # how many changes asked for the counts (INCR)
COUNTS_SENT_KEY = "whatson:realtime:moderation:sent"  # the highest such number that published counts covered
COUNTS_SLOT_KEY = "whatson:realtime:moderation:slot"  # held for the interval after counts were published
COUNTS_TRAILING_KEY = "whatson:realtime:moderation:trailing"  # a trailing publish is scheduled
COUNTS_KEYS = (COUNTS_CHANGED_KEY, COUNTS_SENT_KEY, COUNTS_SLOT_KEY, COUNTS_TRAILING_KEY)
# 1: publish now (the slot was free); 2: schedule the trailing publish; 0: one is scheduled already.
_ASK = """
local changed = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 86400)
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return {1, changed} end
if redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[1]) then return {2, changed} end
return {0, changed}
"""
# The trailing publish: the changes not covered yet (0: none), taking the slot when there are. It ends its own
# schedule first, so a change after it schedules the next one.
_DUE = """
redis.call('DEL', KEYS[4])
local changed = tonumber(redis.call('GET', KEYS[1]) or '0')
local sent = tonumber(redis.call('GET', KEYS[2]) or '0')
if sent >= changed then return 0 end
redis.call('SET', KEYS[3], '1', 'PX', ARGV[1])
return changed
"""
_SENT = """
if tonumber(redis.call('GET', KEYS[1]) or '0') < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', 86400)
end
"""


def moderation_broadcast() -> None:
    """Publish the queue counts, at most once per ``REALTIME_MODERATION_COUNTS_SECONDS`` across all processes
    (a Redis slot), and always once more after the last change: a change that finds the slot taken schedules a
    trailing publish (``realtime.tasks.publish_moderation_counts``, one per interval) that reads the counts
    after it, unless a publish since already covered it. So the counts clients see are exact and at most about an
    interval late. Without Redis (the in-process bus), with an interval of 0, or when Redis does not answer:
    every time, as before. (Never a per-process "unchanged" memo: it would go stale when another process
    published different counts meanwhile; clients just show the latest.)"""
    interval = settings.REALTIME_MODERATION_COUNTS_SECONDS
    if interval <= 0 or not isinstance(bus.get_bus(), bus.RedisBus):
        _publish_counts()
        return
    milliseconds = max(1, round(interval * 1000))
    try:
        action, changed = bus.redis_client().eval(
            _ASK, 3, COUNTS_CHANGED_KEY, COUNTS_SLOT_KEY, COUNTS_TRAILING_KEY, milliseconds
        )
    except (redis.RedisError, OSError):
        _publish_counts()
        return
    if action == 1:
        _publish_counts(int(changed))
    elif action == 2:
        from realtime.tasks import publish_moderation_counts

        try:  # not before the slot frees: it reads the counts after every change that found the slot taken
            publish_moderation_counts.apply_async(countdown=interval * 1.1)
        except Exception:
            logger.warning("realtime: trailing moderation counts not scheduled; publishing now", exc_info=True)
            _publish_counts(int(changed))


def moderation_counts_flush() -> bool:
    """The trailing publish: the counts, if changes since the last publish asked for them. True if published."""
    interval = settings.REALTIME_MODERATION_COUNTS_SECONDS
    if interval <= 0 or not isinstance(bus.get_bus(), bus.RedisBus):
        return _publish_counts()
    try:
        changed = int(
            bus.redis_client().eval(
                _DUE,
                4,
                COUNTS_CHANGED_KEY,
                COUNTS_SENT_KEY,
                COUNTS_SLOT_KEY,
                COUNTS_TRAILING_KEY,
                max(1, round(interval * 1000)),
            )
        )
    except (redis.RedisError, OSError):
        return _publish_counts()
    return _publish_counts(changed) if changed else False


def _publish_counts(covers: int | None = None) -> bool:
    try:
        counts = moderation_counts()
    except Exception:
        logger.warning("realtime: moderation counts unavailable", exc_info=True)
        return False
    if bus.publish("moderation", {"type": "moderation.queue", "counts": counts}) is None:
        return False
    if covers is not None:
        try:
            bus.redis_client().eval(_SENT, 1, COUNTS_SENT_KEY, covers)
        except (redis.RedisError, OSError):
            logger.warning("realtime: could not record the published moderation counts", exc_info=True)
    return True


def person_notify(user_id: int, payload: dict[str, Any]) -> None:
    """Push ``payload`` (a JSON object with a "type") to one person's open pages (the "me" topic), once the
    current transaction commits; nothing is sent if it rolls back. A bus that is down loses the push only."""
    message = dict(payload)
    transaction.on_commit(lambda: bus.publish("me", message, key=str(int(user_id))), robust=True)
