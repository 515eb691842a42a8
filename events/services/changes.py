"""The one announcement that public events changed: published, updated, cancelled, unpublished, merged.

Every path that changes what visitors see (the pipeline's writes, moderation actions, a source withdrawing
events) calls ``events_changed``. Nothing happens until the transaction commits: then the public cache
generation moves on (cached pages, API answers and feeds are keyed by it, so they are rebuilt on the next
request) and registered listeners get the ids. A rolled-back change announces nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

GENERATION_KEY = "whatson:public:generation"
# How long a process trusts the generation it read (seconds): one cache read per this long, not per request.
GENERATION_TTL = 1.0

Listener = Callable[[list[int]], object]
_listeners: list[Listener] = []
_seen: dict[str, tuple[float, object]] = {}


def on_events_changed(listener: Listener) -> Listener:
    """Register a listener (usable as a decorator); it gets the changed event ids after commit."""
    if listener not in _listeners:
        _listeners.append(listener)
    return listener


def off_events_changed(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def events_changed(event_ids: Iterable[int]) -> None:
    """Announce, once the current transaction commits, that these events changed."""
    ids = sorted({int(pk) for pk in event_ids if pk is not None})
    if not ids:
        return
    transaction.on_commit(lambda: _announce(ids), robust=True)


def _announce(ids: list[int]) -> None:
    generation_bump()
    for listener in list(_listeners):
        try:
            listener(list(ids))
        except Exception:
            logger.exception("events-changed listener %r failed", listener)


def generation() -> str:
    """The current public generation: part of every public cache key. Read at most once a GENERATION_TTL."""
    now = time.monotonic()
    seen = _seen.get("pair")  # one read of a (when, value) pair: another thread may clear it meanwhile
    if seen is not None and now - seen[0] < GENERATION_TTL:
        return str(seen[1])
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            value = time.time_ns()
            cache.add(GENERATION_KEY, value, None)
            value = cache.get(GENERATION_KEY, value)
    except Exception:
        logger.warning("public cache generation unreadable; caching off for this request", exc_info=True)
        return f"uncached-{time.time_ns()}"
    _seen["pair"] = (now, value)
    return str(value)


def generation_forget() -> None:
    """Forget the generation this process remembers (the next read asks the cache): after the cache was cleared."""
    _seen.clear()


def generation_bump() -> None:
    """Start a new generation now (every cached public answer is stale from here on)."""
    _seen.clear()
    try:
        cache.set(GENERATION_KEY, time.time_ns(), None)
    except Exception:
        logger.warning("public cache generation could not be bumped", exc_info=True)
