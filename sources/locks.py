"""One fetch per source at a time.

On PostgreSQL a session-level advisory lock: it is held across the network read without holding a
transaction open, and the server releases it when the connection dies, so a killed worker never leaves a
source locked. Elsewhere (SQLite, the embedded mode) the shared cache's atomic add with a TTL stands in.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)

# The advisory lock class for "a fetch of source <id>": distinct from the pipeline's (city, day) locks.
FETCH_LOCK_NAMESPACE = 7_301


def _cache_key(source_id: int) -> str:
    return f"whatson:fetch-lock:{source_id}"


@contextlib.contextmanager
def source_fetch_lock(*, source_id: int) -> Iterator[bool]:
    """Yields True when this process now holds the source's fetch lock, False when another fetch holds it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [FETCH_LOCK_NAMESPACE, source_id])
            acquired = bool(cursor.fetchone()[0])
        try:
            yield acquired
        finally:
            if acquired:
                _pg_unlock(source_id)
        return
    # The TTL outlives the hard task limit, so a lock whose holder died expires by itself.
    ttl = int(settings.CELERY_TASK_TIME_LIMIT) + 60
    acquired = cache.add(_cache_key(source_id), 1, timeout=ttl)
    try:
        yield acquired
    finally:
        if acquired:
            cache.delete(_cache_key(source_id))


def _pg_unlock(source_id: int) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [FETCH_LOCK_NAMESPACE, source_id])
    except Exception:
        logger.warning("could not release the fetch lock of source %s", source_id, exc_info=True)


def source_fetch_idle(*, source_id: int) -> bool:
    """True when no fetch of the source holds its lock right now (the sweeper's check before closing a run)."""
    with source_fetch_lock(source_id=source_id) as acquired:
        return acquired


def source_write_lock(*, source_id: int) -> None:
    """Wait for the source's lock until the current transaction ends (PostgreSQL; a no-op elsewhere).

    For pushed payloads, which must not be skipped: a second delivery waits for the first to be staged.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [FETCH_LOCK_NAMESPACE, source_id])
