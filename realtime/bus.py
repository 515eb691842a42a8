"""The realtime bus: how a change made anywhere (a Celery worker, a web worker, a shell) reaches every live
connection on every WebSocket server process.

A publisher appends one entry to a bounded Redis stream (``XADD … MAXLEN ~ REALTIME_REPLAY_MAXLEN``): one
round trip, whatever the number of listeners. Each server process reads the stream with one blocking
``XREAD`` loop and matches the entry against its own connections' subscriptions in memory (``realtime.hub``).
The same stream is the replay buffer behind SSE's ``Last-Event-ID``: its ids are the events' ids.

Reading a stream rather than a pub/sub channel means a reader that lost its connection to Redis resumes from
the last id it saw, without a gap, and that there is only one place messages are kept.

An entry holds the topic, a routing key (a venue id, a city slug), the facts the subscription filters are
matched against (events only) and the message itself, already serialised to JSON once by the publisher: a
server never re-serialises a message per connection.

Without Redis (embedded mode: ``make run`` with no REDIS_URL) the bus is an in-process deque with the same
interface: everything then runs in one process anyway.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import orjson
import redis
import redis.asyncio as aioredis
from django.conf import settings

from realtime import packing

logger = logging.getLogger(__name__)

TOPICS = ("events", "places", "weather", "moderation", "me")
STREAM_KEY = "whatson:realtime:stream"
READ_BATCH = 1_000
READ_BLOCK_MS = 5_000
# The reader's socket must outwait a blocking XREAD that finds nothing (redis-py's default would time it out).
READ_SOCKET_TIMEOUT = READ_BLOCK_MS / 1000 + 10
# Publishing happens on the write path (after a pipeline batch, a moderation action): a Redis that hangs may cost
# it this long once, then publishing is skipped for PUBLISH_PAUSE seconds instead of stalling every write.
PUBLISH_TIMEOUT = 1.0
PUBLISH_PAUSE = 10.0
RECONNECT_DELAYS = (0.1, 0.5, 1.0, 2.0, 5.0)
UNKNOWN_TOPIC = "Unknown realtime topic {topic!r}."
# A gap: pushes may have been lost here (a publisher could not reach Redis, or a reader lost it for a while). A
# publisher that failed puts a marker in the stream before its next message; a reader that lost Redis makes one up
# when it is back. Every connection that meets one is told ``resync`` (docs/realtime.md): reload what you show.
GAP_TOPIC = "bus"
GAP_FIELDS = {"t": GAP_TOPIC, "y": "resync", "k": "", "f": "", "m": '{"type":"resync"}'}
# orjson writes the JSON value json.dumps(separators=(",", ":"), default=str) writes (non-ASCII as UTF-8 rather than
# escaped; NaN as null, where json.dumps writes NaN, which no JSON parser reads) at half the cost; datetimes and
# dataclasses go to str() as with json.dumps. A value orjson refuses (an integer beyond 64 bits, a lone
# surrogate) takes json.dumps.
JSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    id: str
    topic: str
    key: str | None
    facts: Mapping[str, Any] | None
    type: str  # the message's "type", readable without parsing the message
    message: str  # JSON object text: {"type": …, …}


def id_tuple(entry_id: str) -> tuple[int, int]:
    """A stream id ("1700000000000-3") as a comparable pair; anything unreadable sorts first."""
    first, _, second = entry_id.partition("-")
    try:
        return int(first), int(second or 0)
    except ValueError:
        return (-1, -1)


def valid_id(entry_id: str) -> bool:
    """A stream id Redis accepts: two unsigned 64-bit numbers."""
    if len(entry_id) > 41:
        return False
    first, second = id_tuple(entry_id)
    return 0 <= first < 2**64 and 0 <= second < 2**64


def _fields(topic: str, message: Mapping[str, Any], key: Any, facts: Mapping[str, Any] | None) -> dict[str, str]:
    if topic not in TOPICS:
        raise ValueError(UNKNOWN_TOPIC.format(topic=topic))
    return {
        "t": topic,
        "y": str(message.get("type", "")),
        "k": "" if key is None else str(key),
        "f": "" if facts is None else _json(facts),
        "m": _json(message),
    }


def _json(value: Mapping[str, Any]) -> str:
    try:
        return orjson.dumps(value, default=str, option=JSON_OPTIONS).decode()
    except TypeError:
        return json.dumps(value, separators=(",", ":"), default=str)


def _entry(entry_id: str | bytes, fields: Mapping[Any, Any]) -> Entry:
    def text(name: str) -> str:
        value = fields.get(name, fields.get(name.encode(), b""))
        return value.decode() if isinstance(value, bytes) else str(value)

    facts = text("f")
    key = text("k")
    return Entry(
        id=entry_id.decode() if isinstance(entry_id, bytes) else entry_id,
        topic=text("t"),
        type=text("y"),
        key=key or None,
        facts=json.loads(facts) if facts else None,
        message=text("m"),
    )


def _text_id(entry_id: str | bytes) -> str:
    return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)


def _entries(rows: Any) -> list[Entry]:
    """Entries from stream rows; one that cannot be read is logged and skipped, never fatal for the rest."""
    entries = []
    for entry_id, fields in rows:
        try:
            entries.append(_entry(entry_id, fields))
        except (ValueError, TypeError, AttributeError):
            logger.warning("realtime: skipping unreadable bus entry %s", _text_id(entry_id), exc_info=True)
    return entries


# --- Redis -----------------------------------------------------------------------------------------------------

_sync_client: redis.Redis | None = None
_sync_lock = threading.Lock()


def _client() -> redis.Redis:
    global _sync_client
    if _sync_client is None:
        with _sync_lock:
            if _sync_client is None:
                _sync_client = redis.Redis.from_url(
                    settings.REDIS_URL,
                    socket_timeout=PUBLISH_TIMEOUT,
                    socket_connect_timeout=PUBLISH_TIMEOUT,
                    command_packer=packing.packer(),  # the same bytes in one step (packing.py)
                )
    return _sync_client


def redis_client() -> redis.Redis:
    """The bus's Redis client (for small shared state beside the stream; only with REDIS_URL)."""
    return _client()


class RedisBus:
    def publish(self, fields: dict[str, str]) -> str:
        entry_id = _client().xadd(STREAM_KEY, fields, maxlen=settings.REALTIME_REPLAY_MAXLEN, approximate=True)  # type: ignore[arg-type]
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)

    def publish_many(self, many: list[dict[str, str]]) -> list[str]:
        """Several entries in one round trip (a pipeline batch's worth of changes)."""
        pipe = _client().pipeline(transaction=False)
        for fields in many:
            pipe.xadd(STREAM_KEY, fields, maxlen=settings.REALTIME_REPLAY_MAXLEN, approximate=True)  # type: ignore[arg-type]
        return [value.decode() if isinstance(value, bytes) else str(value) for value in pipe.execute()]

    async def listen(self, deliver: Callable[[list[Entry]], None], ready: asyncio.Event) -> None:
        """Read new entries until cancelled, reconnecting (from the last id seen) when Redis goes away.

        ``ready`` is set once the starting point is fixed: anything published after that is delivered."""
        last = ""
        attempts = 0
        client = aioredis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=5, socket_timeout=READ_SOCKET_TIMEOUT
        )
        try:
            while True:
                try:
                    if attempts:  # back after an outage? What was published meanwhile (a restart wipes it) may be lost
                        await client.ping()
                        attempts = 0
                        logger.warning("realtime: reading the bus again; live connections are told to resync")
                        deliver([_entry("", GAP_FIELDS)])
                    if not last:
                        last = await self._last_id(client)
                        ready.set()
                    found: Any = await client.xread({STREAM_KEY: last}, count=READ_BATCH, block=READ_BLOCK_MS)
                except asyncio.CancelledError:
                    raise
                except Exception:  # Redis away, or answering oddly: never end this process's pushes
                    delay = RECONNECT_DELAYS[min(attempts, len(RECONNECT_DELAYS) - 1)]
                    attempts += 1
                    logger.warning("realtime: reading the bus failed; again in %.1f s", delay, exc_info=True)
                    await asyncio.sleep(delay)
                    continue
                for _stream, rows in found or ():
                    entries = _entries(rows)
                    if rows:
                        last = _text_id(rows[-1][0])
                    if entries:
                        deliver(entries)
        finally:
            await client.aclose()

    @staticmethod
    async def _last_id(client: aioredis.Redis) -> str:
        newest = await client.xrevrange(STREAM_KEY, count=1)
        if not newest:
            return "0-0"
        entry_id = newest[0][0]
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)

    async def since(self, last_id: str, topic: str) -> tuple[list[Entry], bool]:
        """Entries of ``topic`` after ``last_id``, and whether that is everything (False: some were trimmed)."""
        client = aioredis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=5)
        try:
            rows: Any = await client.xrange(
                STREAM_KEY, min=f"({last_id}", max="+", count=settings.REALTIME_REPLAY_MAXLEN
            )
            try:
                info = await client.xinfo_stream(STREAM_KEY)
            except redis.ResponseError:  # no stream yet: nothing was ever published, nothing is missing
                info = {}
            complete = _reaches_back(info, last_id)
        finally:
            await client.aclose()
        return [entry for entry in _entries(rows) if entry.topic in (topic, GAP_TOPIC)], complete

    def clear(self) -> None:
        _client().delete(STREAM_KEY)


def _reaches_back(info: Mapping[Any, Any], last_id: str) -> bool:
    """Whether the stream still holds every entry after ``last_id``. The id a client resumes from came from this
    stream, so the oldest entry kept is no newer than it, unless what lay between is gone: trimmed (MAXLEN does
    not record what it removed), or lost with the whole stream in a Redis restart (no stream any more, or one
    begun afresh since). ``0-0``, from the very start, is complete unless something was trimmed."""

    def field(name: str) -> Any:
        return info.get(name, info.get(name.encode()))

    first = field("recorded-first-entry-id") or (field("first-entry") or [b""])[0]
    first = first.decode() if isinstance(first, bytes) else str(first)
    if first and (0, 0) < id_tuple(first) <= id_tuple(last_id):
        return True
    if id_tuple(last_id) > (0, 0):
        return False
    added, length = field("entries-added"), field("length")
    return not info or added is None or length is None or int(added) <= int(length)


# --- In process (embedded mode) --------------------------------------------------------------------------------


class LocalBus:
    def __init__(self) -> None:
        self._entries: collections.deque[Entry] = collections.deque(maxlen=settings.REALTIME_REPLAY_MAXLEN)
        self._trimmed: str | None = None
        self._listeners: list[tuple[asyncio.AbstractEventLoop, Callable[[list[Entry]], None]]] = []
        self._lock = threading.Lock()
        self._sequence = itertools.count()

    def publish(self, fields: dict[str, str]) -> str:
        with self._lock:
            entry = _entry(f"{time.time_ns() // 1_000_000}-{next(self._sequence)}", fields)
            if len(self._entries) == self._entries.maxlen:
                self._trimmed = self._entries[0].id
            self._entries.append(entry)
            listeners = list(self._listeners)
        for loop, deliver in listeners:
            try:
                loop.call_soon_threadsafe(deliver, [entry])
            except RuntimeError:  # that loop has closed: forget it
                self._forget(loop, deliver)
        return entry.id

    def publish_many(self, many: list[dict[str, str]]) -> list[str]:
        return [self.publish(fields) for fields in many]

    async def listen(self, deliver: Callable[[list[Entry]], None], ready: asyncio.Event) -> None:
        pair = (asyncio.get_running_loop(), deliver)
        with self._lock:
            self._listeners.append(pair)
        ready.set()
        try:
            await asyncio.Event().wait()  # until cancelled
        finally:
            self._forget(*pair)

    def _forget(self, loop: asyncio.AbstractEventLoop, deliver: Callable[[list[Entry]], None]) -> None:
        with self._lock:
            if (loop, deliver) in self._listeners:
                self._listeners.remove((loop, deliver))

    async def since(self, last_id: str, topic: str) -> tuple[list[Entry], bool]:
        after = id_tuple(last_id)
        with self._lock:
            entries = [entry for entry in self._entries if id_tuple(entry.id) > after]
            # As _reaches_back: a client's id newer than none kept came from an earlier process (a restart).
            kept = bool(self._entries) and id_tuple(self._entries[0].id) <= after
            trimmed = self._trimmed
            complete = kept or (after <= (0, 0) if trimmed is None else id_tuple(trimmed) <= after)
        return [entry for entry in entries if entry.topic in (topic, GAP_TOPIC)], complete

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._trimmed = None


_bus: RedisBus | LocalBus | None = None


def get_bus() -> RedisBus | LocalBus:
    global _bus
    if _bus is None:
        _bus = RedisBus() if settings.REDIS_URL else LocalBus()
    return _bus


def reset_bus() -> None:
    """Forget the bus (tests that switch settings)."""
    global _bus, _sync_client
    _bus = None
    _sync_client = None
    _pause_until[0] = 0.0
    _owed[0] = False


def publish(
    topic: str, message: Mapping[str, Any], *, key: Any = None, facts: Mapping[str, Any] | None = None
) -> str | None:
    """Append one message for every live connection; returns its id, or None when the bus is unreachable.

    Call it after the change committed (``events.services.changes`` listeners already run then). A bus that
    is down loses the push, never the change: it is logged and the caller carries on.
    """
    fields = _fields(topic, message, key, facts)
    if _paused():
        return None
    try:
        ids = get_bus().publish_many([GAP_FIELDS, fields]) if _owed[0] else [get_bus().publish(fields)]
    except (redis.RedisError, OSError):
        _pause()
        logger.warning("realtime: could not publish a %s message", topic, exc_info=True)
        return None
    _owed[0] = False
    return ids[-1]


def publish_many(messages: Sequence[tuple[str, Mapping[str, Any], Any, Mapping[str, Any] | None]]) -> list[str]:
    """``publish`` for many (topic, message, key, facts) at once: one Redis round trip. [] when unreachable."""
    if not messages:
        return []
    many = [_fields(topic, message, key, facts) for topic, message, key, facts in messages]
    if _paused():
        return []
    owed = _owed[0]
    try:
        ids = get_bus().publish_many([GAP_FIELDS, *many] if owed else many)
    except (redis.RedisError, OSError):
        _pause()
        logger.warning("realtime: could not publish %d messages", len(many), exc_info=True)
        return []
    _owed[0] = False
    return ids[1:] if owed else ids


_pause_until: list[float] = [0.0]
# True once this process lost a push (failed, or skipped while paused): its next publish starts with a gap marker.
_owed: list[bool] = [False]


def _paused() -> bool:
    return time.monotonic() < _pause_until[0]


def _pause() -> None:
    """After a failed publish, skip publishing for PUBLISH_PAUSE seconds: the writes themselves go on."""
    _pause_until[0] = time.monotonic() + PUBLISH_PAUSE
    _owed[0] = True
