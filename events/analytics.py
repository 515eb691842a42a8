"""View and share counting without a database write per request, and the decayed scores trending reads.

A page view (or a share) is one HINCRBY on a Redis hash keyed by event id. Every minute the beat task
``events.tasks.flush_event_counters`` moves the counts into ``Event.view_count`` / ``share_count`` with one
UPDATE per thousand events, and folds them into the trending scores:

* No lost increments. The flush RENAMEs the live hash to a name of its own before reading it; a view that
  arrives during the flush creates a new live hash, which the next flush picks up. A failed database write
  gives the counts back to the live hash. (Only a process killed between the rename and the write loses them:
  at most a minute of views.)
* Trending is a sorted set of decayed scores (``TRENDING_KEY``): at each flush every score is multiplied by
  ``0.5 ** (hours since the last flush / HALF_LIFE_HOURS)`` and the new counts are added with their kind's
  weight, in one ZUNIONSTORE. The multiplication is guarded by WATCH on the stamp of the last decay, so two
  overlapping flushes never decay the same interval twice.

Without Redis (the embedded mode) the same happens in this process's memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Protocol

import redis
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Case, F, PositiveIntegerField, Value, When
from django.http import HttpRequest
from django.utils import timezone

from events.models import Event

logger = logging.getLogger(__name__)

VIEWS = "views"
SHARES = "shares"
# Saves: events.people.library.services counts each new save with ``record_save`` (after commit). They weigh on
# trending (their weight below); they have no Event column (SavedEvent rows are the count), so ``flush_counters``
# only scores them.
SAVES = "saves"
KINDS = (VIEWS, SHARES, SAVES)
WEIGHTS: Mapping[str, float] = {VIEWS: 1.0, SHARES: 5.0, SAVES: 8.0}
# The Event column each kind's counts are added to (saves: none yet).
COLUMNS: Mapping[str, str] = {VIEWS: "view_count", SHARES: "share_count"}

KEY_PREFIX = "whatson:counters:"
TRENDING_KEY = "whatson:trending"
TRENDING_STAMP_KEY = "whatson:trending:decayed_at"
HALF_LIFE_HOURS = 24.0
# Scores that have decayed below this are dropped, so the sorted set only holds events people still look at.
MIN_SCORE = 0.01
UPDATE_CHUNK = 1000

BOT_AGENTS = re.compile(r"bot|spider|crawl|slurp|scrape|preview|fetch|monitor|headless|curl|wget|python-", re.I)


def is_bot(user_agent: str) -> bool:
    """Obvious machines: no user agent, or one that says bot, spider, crawler, preview, curl…"""
    return not user_agent.strip() or bool(BOT_AGENTS.search(user_agent))


def counts_as_view(request: HttpRequest) -> bool:
    """A person opening the page: a GET (not HEAD), not a bot, not a browser's speculative prefetch."""
    if request.method != "GET":
        return False
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    if "prefetch" in purpose.lower():
        return False
    return not is_bot(request.headers.get("User-Agent", ""))


class CounterStore(Protocol):
    def incr(self, kind: str, event_id: int, amount: int = 1) -> None: ...

    def take(self, kind: str) -> dict[int, int]: ...

    def give_back(self, kind: str, counts: Mapping[int, int]) -> None: ...

    def pending(self, kind: str) -> dict[int, int]: ...

    def decay_and_add(self, additions: Mapping[int, float], *, now: dt.datetime) -> None: ...

    def scores(self, event_ids: Iterable[int]) -> dict[int, float]: ...


def decay_factor(elapsed: dt.timedelta) -> float:
    hours = max(elapsed.total_seconds(), 0.0) / 3600
    return float(0.5 ** (hours / HALF_LIFE_HOURS))


def _ints(raw: Mapping[bytes | str, bytes | str]) -> dict[int, int]:
    return {int(key): int(value) for key, value in raw.items() if int(value)}


class RedisCounters:
    """The counters and scores in Redis (REDIS_URL's database, next to the cache)."""

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    @staticmethod
    def key(kind: str) -> str:
        return f"{KEY_PREFIX}{kind}"

    def incr(self, kind: str, event_id: int, amount: int = 1) -> None:
        self.client.hincrby(self.key(kind), str(event_id), amount)

    def take(self, kind: str) -> dict[int, int]:
        """The counts so far, removed atomically: views arriving meanwhile start a new hash."""
        live = self.key(kind)
        taken = f"{live}:flushing:{uuid.uuid4().hex}"
        try:
            self.client.rename(live, taken)
        except redis.ResponseError:  # "no such key": nothing was counted since the last flush
            return {}
        pipe = self.client.pipeline(transaction=True)
        pipe.hgetall(taken)
        pipe.delete(taken)
        raw, _ = pipe.execute()
        return _ints(raw)

    def give_back(self, kind: str, counts: Mapping[int, int]) -> None:
        pipe = self.client.pipeline(transaction=True)
        for event_id, amount in counts.items():
            pipe.hincrby(self.key(kind), str(event_id), amount)
        pipe.execute()

    def pending(self, kind: str) -> dict[int, int]:
        return _ints(self.client.hgetall(self.key(kind)))

    def decay_and_add(self, additions: Mapping[int, float], *, now: dt.datetime) -> None:
        extra = f"{TRENDING_KEY}:add:{uuid.uuid4().hex}"

        def apply(pipe: redis.client.Pipeline) -> None:
            stamp = pipe.get(TRENDING_STAMP_KEY)
            last = dt.datetime.fromtimestamp(float(stamp), tz=dt.UTC) if stamp else now
            factor = decay_factor(now - last)
            pipe.multi()
            if additions:
                pipe.zadd(extra, {str(event_id): score for event_id, score in additions.items()})
                pipe.zunionstore(TRENDING_KEY, {TRENDING_KEY: factor, extra: 1.0}, aggregate="SUM")
                pipe.delete(extra)
            else:
                pipe.zunionstore(TRENDING_KEY, {TRENDING_KEY: factor}, aggregate="SUM")
            pipe.zremrangebyscore(TRENDING_KEY, "-inf", f"({MIN_SCORE}")
            pipe.set(TRENDING_STAMP_KEY, str(max(now, last).timestamp()))

        # WATCH the stamp: a flush overlapping this one retries rather than decaying the same hours twice.
        self.client.transaction(apply, TRENDING_STAMP_KEY)

    def scores(self, event_ids: Iterable[int]) -> dict[int, float]:
        ids = [str(event_id) for event_id in event_ids]
        found: dict[int, float] = {}
        for start in range(0, len(ids), UPDATE_CHUNK):
            chunk = ids[start : start + UPDATE_CHUNK]
            for event_id, score in zip(chunk, self.client.zmscore(TRENDING_KEY, chunk), strict=True):
                if score is not None:
                    found[int(event_id)] = float(score)
        return found


class LocalCounters:
    """The same, in this process's memory: the embedded mode (no Redis), where everything runs in one process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[str, Counter[int]] = {kind: Counter() for kind in KINDS}
        self.trending: dict[int, float] = {}
        self.decayed_at: dt.datetime | None = None

    def incr(self, kind: str, event_id: int, amount: int = 1) -> None:
        with self.lock:
            self.counts[kind][event_id] += amount

    def take(self, kind: str) -> dict[int, int]:
        with self.lock:
            taken, self.counts[kind] = self.counts[kind], Counter()
        return dict(taken)

    def give_back(self, kind: str, counts: Mapping[int, int]) -> None:
        with self.lock:
            self.counts[kind].update(counts)

    def pending(self, kind: str) -> dict[int, int]:
        with self.lock:
            return dict(self.counts[kind])

    def decay_and_add(self, additions: Mapping[int, float], *, now: dt.datetime) -> None:
        with self.lock:
            factor = decay_factor(now - (self.decayed_at or now))
            scores = {event_id: score * factor for event_id, score in self.trending.items()}
            for event_id, score in additions.items():
                scores[event_id] = scores.get(event_id, 0.0) + score
            self.trending = {event_id: score for event_id, score in scores.items() if score >= MIN_SCORE}
            self.decayed_at = max(now, self.decayed_at or now)

    def scores(self, event_ids: Iterable[int]) -> dict[int, float]:
        with self.lock:
            return {event_id: self.trending[event_id] for event_id in event_ids if event_id in self.trending}


_local = LocalCounters()


@functools.lru_cache(maxsize=4)
def _redis_client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def counter_store() -> CounterStore:
    if settings.REDIS_URL:
        return RedisCounters(_redis_client(settings.REDIS_URL))
    return _local


# --- Recording (request path: one Redis command, never a database write) -----------------------------------


def _record(kind: str, event_id: int) -> bool:
    try:
        counter_store().incr(kind, event_id)
    except redis.RedisError:
        logger.warning("could not count a %s of event %s; Redis did not answer", kind, event_id, exc_info=True)
        return False
    return True


def record_view(event_id: int) -> bool:
    return _record(VIEWS, event_id)


def record_share(event_id: int) -> bool:
    return _record(SHARES, event_id)


def record_save(event_id: int) -> bool:
    """A new save (events.people.library): a saved event weighs more in trending than a view or a share."""
    return _record(SAVES, event_id)


# --- Flushing (the beat task, every minute) ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FlushResult:
    events: int
    views: int
    shares: int
    saves: int


def _add_to_column(column: str, counts: Mapping[int, int]) -> None:
    """``UPDATE event SET column = column + CASE id WHEN … END WHERE id IN (…)``, a thousand events at a time."""
    ids = sorted(counts)  # one order for every flush: concurrent updates never wait on each other in a cycle
    for start in range(0, len(ids), UPDATE_CHUNK):
        chunk = ids[start : start + UPDATE_CHUNK]
        increment = Case(
            *[When(pk=event_id, then=Value(counts[event_id])) for event_id in chunk],
            default=Value(0),
            output_field=PositiveIntegerField(),
        )
        Event.objects.filter(pk__in=chunk).update(**{column: F(column) + increment})


def flush_counters(*, now: dt.datetime | None = None) -> FlushResult:
    """Move the counted views and shares into the events and the trending scores. Safe to overlap with itself."""
    now = now or timezone.now()
    store = counter_store()
    taken = {kind: store.take(kind) for kind in KINDS}
    try:
        with transaction.atomic():
            for kind, column in COLUMNS.items():
                if taken[kind]:
                    _add_to_column(column, taken[kind])
    except DatabaseError:
        for kind, counts in taken.items():
            if counts:
                store.give_back(kind, counts)
        raise
    additions: dict[int, float] = {}
    for kind, counts in taken.items():
        for event_id, amount in counts.items():
            additions[event_id] = additions.get(event_id, 0.0) + WEIGHTS[kind] * amount
    store.decay_and_add(additions, now=now)
    return FlushResult(
        events=len(additions),
        views=sum(taken[VIEWS].values()),
        shares=sum(taken[SHARES].values()),
        saves=sum(taken[SAVES].values()),
    )


def trending_scores(event_ids: Iterable[int]) -> dict[int, float]:
    """Decayed scores of the given events (absent: no recent views); empty when Redis cannot answer."""
    try:
        return counter_store().scores(event_ids)
    except redis.RedisError:
        logger.warning("trending scores unavailable; ranking by lifetime counts", exc_info=True)
        return {}
