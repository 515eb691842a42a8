"""Recording interactions cheaply: one Redis command per interaction on the request path (two for a signed-in
person's save, RSVP, share or click: those count once a day, see ``record``), never a database write.

``record(kind, event_id=…, user_id=…)`` appends a compact text record ``<code><event id>:<user id or 0>:<unix
time>`` (``v123:0:1767225600``) to a live Redis list, through a tiny Lua script that refuses to grow the list past
``BUFFER_MAX`` records (the refused record is counted as dropped): one round trip, atomic, bounded. Without Redis
(the embedded mode, one process) the same happens in a list in this process's memory, under a lock.

The flush (``services.interactions_flush``, beat every minute) takes the whole live list at once (RENAME to a key
of its own: a record arriving meanwhile starts a new live list) and writes it to the database in one transaction.
The taken list is deleted only after the commit; a failed write moves its records back to the live list.

Recording never raises into the request: a Redis error (or anything else) is logged, at most once a minute per
process, and the interaction is dropped and counted (``stats().dropped``).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Protocol

import redis
from django.conf import settings
from django.core.cache import caches
from redis.commands.core import Script

from events.people.models import InteractionKind

logger = logging.getLogger(__name__)

# One letter per kind in the buffer (records stay ~20 bytes).
CODES: dict[str, str] = {
    InteractionKind.VIEW: "v",
    InteractionKind.SAVE: "s",
    InteractionKind.RSVP: "r",
    InteractionKind.SHARE: "h",
    InteractionKind.CLICK: "c",
}
KINDS_BY_CODE: dict[str, str] = {code: str(kind) for kind, code in CODES.items()}

LIVE_KEY = "whatson:interactions:live"
TAKEN_PREFIX = "whatson:interactions:flushing:"
DROPPED_KEY = "whatson:interactions:dropped"
FLUSHED_KEY = "whatson:interactions:flushed"
# At most this many records wait in the buffer (about 25 MB of Redis at ~25 bytes a record): if the flush stops,
# new interactions are dropped and counted rather than filling Redis, which also holds the cache and the broker.
BUFFER_MAX = settings.ANALYTICS_BUFFER_MAX
# A taken list whose flush died between the take and the commit is kept this long (for an operator to look at),
# then expires: it is never written later, since nothing can tell whether its transaction committed.
TAKEN_TTL_SECONDS = 24 * 3600
# Records read from Redis (and written to the database) per round.
READ_CHUNK = 5_000
# Records moved back to the live list per Lua call when a flush gives them back (keeps Redis responsive).
MOVE_CHUNK = 10_000
ERROR_LOG_EVERY_SECONDS = 60.0
# Kinds a signed-in person counts at most once per event and UTC day, remembered in the cache under ONCE_PREFIX
# until the day ends (views are counted as they come: the page's own view counter has its rules).
ONCE_A_DAY = frozenset({InteractionKind.SAVE, InteractionKind.RSVP, InteractionKind.SHARE, InteractionKind.CLICK})
ONCE_PREFIX = "people_interaction_once_"
DAY_SECONDS = 24 * 3600

# KEYS[1] live list, KEYS[2] dropped counter; ARGV[1] record, ARGV[2] bound. 1 when kept, 0 when dropped.
PUSH_BOUNDED = """
if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[2]) then
  redis.call('INCR', KEYS[2])
  return 0
end
redis.call('RPUSH', KEYS[1], ARGV[1])
return 1
"""
# KEYS[1] taken list, KEYS[2] live list; ARGV[1] how many. Each record moves atomically (never in both lists).
MOVE_BACK = """
local moved = 0
for _ = 1, tonumber(ARGV[1]) do
  if not redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT') then break end
  moved = moved + 1
end
return moved
"""


def encode(kind: str, event_id: int, user_id: int | None, at: float) -> str:
    return f"{CODES[kind]}{int(event_id)}:{int(user_id or 0)}:{int(at)}"


@dataclasses.dataclass(frozen=True)
class Record:
    kind: str
    event_id: int
    user_id: int | None
    at: int  # unix seconds


def decode(raw: bytes | str) -> Record | None:
    """The record, or None when it is not one (never written by ``encode``): dropped by the flush."""
    text = raw.decode("ascii", "replace") if isinstance(raw, bytes) else raw
    kind = KINDS_BY_CODE.get(text[:1])
    parts = text[1:].split(":")
    if kind is None or len(parts) != 3:
        return None
    try:
        event_id, user_id, at = (int(part) for part in parts)
    except ValueError:
        return None
    if event_id <= 0 or user_id < 0 or at < 0:
        return None
    return Record(kind=kind, event_id=event_id, user_id=user_id or None, at=at)


@dataclasses.dataclass(frozen=True)
class BufferStats:
    pending: int  # waiting in the live buffer
    flushed: int  # written to the database since Redis (or this process) started
    dropped: int  # refused (buffer full), unreadable, or lost to a Redis error


class Taken(Protocol):
    """One flush's share of the buffer: read it in chunks, then ``done()`` after the commit or ``give_back()``."""

    count: int

    def chunks(self) -> Iterator[list[bytes | str]]: ...

    def done(self, *, written: int) -> None: ...

    def give_back(self) -> None: ...


class Buffer(Protocol):
    def push(self, record: str) -> bool: ...

    def take(self) -> Taken | None: ...

    def stats(self) -> BufferStats: ...

    def count_dropped(self, amount: int) -> None: ...


# --- Redis -------------------------------------------------------------------------------------------------


class RedisTaken:
    def __init__(self, client: redis.Redis, key: str, count: int) -> None:
        self.client, self.key, self.count = client, key, count

    def chunks(self) -> Iterator[list[bytes | str]]:
        for start in range(0, self.count, READ_CHUNK):
            yield list(self.client.lrange(self.key, start, start + READ_CHUNK - 1))

    def done(self, *, written: int) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(self.key)
        pipe.incrby(FLUSHED_KEY, written)
        if self.count > written:
            pipe.incrby(DROPPED_KEY, self.count - written)
        pipe.execute()

    def give_back(self) -> None:
        # Nothing arrived since the take: the list simply becomes the live one again (atomic, O(1)).
        if self.client.renamenx(self.key, LIVE_KEY):
            return
        move = _script(self.client, MOVE_BACK)
        while int(move(keys=[self.key, LIVE_KEY], args=[MOVE_CHUNK])) == MOVE_CHUNK:
            pass


class RedisBuffer:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def push(self, record: str) -> bool:
        return bool(_script(self.client, PUSH_BOUNDED)(keys=[LIVE_KEY, DROPPED_KEY], args=[record, BUFFER_MAX]))

    def take(self) -> RedisTaken | None:
        taken = f"{TAKEN_PREFIX}{uuid.uuid4().hex}"
        pipe = self.client.pipeline(transaction=True)
        pipe.rename(LIVE_KEY, taken)
        pipe.expire(taken, TAKEN_TTL_SECONDS)
        pipe.llen(taken)
        renamed, _, count = pipe.execute(raise_on_error=False)
        if isinstance(renamed, redis.ResponseError):  # "no such key": nothing recorded since the last flush
            return None
        return RedisTaken(self.client, taken, int(count))

    def stats(self) -> BufferStats:
        pipe = self.client.pipeline(transaction=False)
        pipe.llen(LIVE_KEY)
        pipe.get(FLUSHED_KEY)
        pipe.get(DROPPED_KEY)
        pending, flushed, dropped = pipe.execute()
        return BufferStats(
            pending=int(pending), flushed=int(flushed or 0), dropped=int(dropped or 0) + _local_drops.value
        )

    def count_dropped(self, amount: int) -> None:
        self.client.incrby(DROPPED_KEY, amount)


_scripts: dict[tuple[int, str], Script] = {}


def _script(client: redis.Redis, source: str) -> Script:
    """The script bound to ``client`` (EVALSHA; redis-py loads it again after a SCRIPT FLUSH). Clients live as
    long as the process (events.analytics keeps them), so their ids stay theirs."""
    key = (id(client), source)
    script = _scripts.get(key)
    if script is None:
        script = _scripts[key] = client.register_script(source)
    return script


# --- In process (embedded mode) ------------------------------------------------------------------------------


class _Count:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value = 0

    def add(self, amount: int) -> None:
        with self.lock:
            self.value += amount


# Interactions lost to a Redis error: Redis cannot count them, so this process does.
_local_drops = _Count()


class LocalTaken:
    def __init__(self, buffer: LocalBuffer, records: list[str]) -> None:
        self.buffer, self.records, self.count = buffer, records, len(records)

    def chunks(self) -> Iterator[list[bytes | str]]:
        for start in range(0, self.count, READ_CHUNK):
            yield list(self.records[start : start + READ_CHUNK])

    def done(self, *, written: int) -> None:
        with self.buffer.lock:
            self.buffer.flushed += written
            self.buffer.dropped += self.count - written

    def give_back(self) -> None:
        with self.buffer.lock:
            self.buffer.records[:0] = self.records


class LocalBuffer:
    """The same buffer in this process's memory: the embedded mode (no Redis), where one process does it all."""

    def __init__(self, max_records: int | None = None) -> None:
        self.lock = threading.Lock()
        self.records: list[str] = []
        self.max_records = max_records  # None: BUFFER_MAX
        self.flushed = 0
        self.dropped = 0

    def push(self, record: str) -> bool:
        with self.lock:
            if len(self.records) >= (self.max_records or BUFFER_MAX):
                self.dropped += 1
                return False
            self.records.append(record)
            return True

    def take(self) -> LocalTaken | None:
        with self.lock:
            records, self.records = self.records, []
        return LocalTaken(self, records) if records else None

    def stats(self) -> BufferStats:
        with self.lock:
            return BufferStats(
                pending=len(self.records), flushed=self.flushed, dropped=self.dropped + _local_drops.value
            )

    def count_dropped(self, amount: int) -> None:
        with self.lock:
            self.dropped += amount

    def reset(self) -> None:
        """Forget everything, and this process's count of Redis failures (tests)."""
        with self.lock:
            self.records, self.flushed, self.dropped = [], 0, 0
        with _local_drops.lock:
            _local_drops.value = 0


_local = LocalBuffer()


def local_buffer() -> LocalBuffer:
    return _local


def buffer() -> Buffer:
    """Redis (REDIS_URL's database, through the client the view counters already share) or this process."""
    if settings.REDIS_URL:
        from events.analytics import _redis_client  # one client (and pool) per process for both counters

        return RedisBuffer(_redis_client(settings.REDIS_URL))
    return _local


# --- The request path ------------------------------------------------------------------------------------------

_last_error_log = 0.0


def _log_failure(kind: str, event_id: int) -> None:
    """A warning at most once a minute per process: with Redis down, every page view would log otherwise."""
    global _last_error_log
    now = time.monotonic()
    if now - _last_error_log >= ERROR_LOG_EVERY_SECONDS:
        _last_error_log = now
        logger.warning("interaction %s of event %s dropped: the buffer did not answer", kind, event_id, exc_info=True)


def first_today(kind: str, *, event_id: int, user_id: int, at: float) -> bool:
    """Whether this is the person's first ``kind`` with the event on ``at``'s UTC day (and remember that it was).
    True when the cache does not answer: a figure a little high beats a figure missing."""
    day = int(at // DAY_SECONDS)
    key = f"{ONCE_PREFIX}{encode(kind, event_id, user_id, day)}"
    until_tomorrow = (day + 1) * DAY_SECONDS - int(at)
    try:
        return bool(caches["default"].add(key, 1, until_tomorrow + 60))
    except Exception:  # noqa: BLE001 - the cache away must not drop the interaction too
        # Not logged here: the cache is the buffer's Redis, whose failure the push that follows logs (once a minute).
        return True


def record(kind: str, *, event_id: int, user_id: int | None = None) -> None:
    """Record one interaction of ``kind`` (events.people.models.InteractionKind) with ``event_id``.

    A signed-in person's save, RSVP, share and click count once per event and UTC day (ONCE_A_DAY): replying
    and cancelling, or saving and unsaving, in a loop must not inflate the figures. One Redis round trip for
    the rest (or an append in memory), two for those; never raises. Safe anywhere on the request path."""
    try:
        now = time.time()
        if user_id and kind in ONCE_A_DAY and not first_today(kind, event_id=event_id, user_id=user_id, at=now):
            return
        buffer().push(encode(kind, event_id, user_id, now))
    except Exception:  # noqa: BLE001 - an analytics failure must never become the visitor's error
        _local_drops.add(1)
        _log_failure(kind, event_id)


def stats() -> BufferStats:
    """What is waiting, flushed and dropped (for /metrics)."""
    return buffer().stats()
