"""One run per task message, even when the broker hands it out twice.

A worker that stalls (SIGSTOP, a frozen VM, a swap storm) longer than BROKER_VISIBILITY_TIMEOUT cannot renew its
hold on the messages it has taken (config/broker_lease.py): Redis hands them to another worker, and when the
stalled one wakes it goes on with them too. Every task therefore claims its message's id before its body runs
(``WhatsonTask.__call__`` in config/celery.py):

* a PostgreSQL session advisory lock on the id while the body runs. It lives as long as the worker's
  connection: a stalled worker keeps it (its connection is open), a killed one loses it at once (the server ends
  the connection, and its locks with it). A second delivery that finds it held is the same work still running
  somewhere: it comes back later (a retry with the same id) instead of running beside it;
* a "done" mark in the shared cache once the body returned, for DONE_SECONDS: a delivery of work that already
  finished (its worker stalled between the end and the ack) does nothing.

A delivery whose first run was killed finds neither and runs, as redelivery is meant to. Tasks run inline (tests,
the embedded mode) and other databases than PostgreSQL are not claimed: nothing redelivers them. Claims are a
guard, not the only one: the work itself stays safe to repeat (digest rows are claimed per subscriber and
period, records per status, fetches per source lock).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import logging
from collections.abc import Iterator

from django.core.cache import cache
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

# The advisory lock class for "a task message being run": distinct from the pipeline's and the fetches'.
TASK_LOCK_NAMESPACE = 7_409
# How long a finished message is remembered: far longer than any stall a worker survives.
DONE_SECONDS = 24 * 3600


class Claim(enum.Enum):
    RUN = "run"  # ours: run the body
    BUSY = "busy"  # another delivery of this message is running (or stalled) now: come back later
    DONE = "done"  # this message's work has finished: nothing to do


def lock_key(task_id: str) -> int:
    """The message id as a signed 32-bit key (the advisory lock's second half)."""
    return int.from_bytes(hashlib.blake2b(task_id.encode(), digest_size=4).digest(), "big", signed=True)


def _done_key(task_id: str) -> str:
    return f"whatson:task-done:{task_id}"


def _done(task_id: str) -> bool:
    try:
        return bool(cache.get(_done_key(task_id)))
    except Exception:  # the cache away: run (the work is safe to repeat), do not fail the task
        logger.warning("task claims: could not read whether %s is done", task_id, exc_info=True)
        return False


def task_finished(task_id: str) -> None:
    """Remember that this message's work is done (a later delivery of it then does nothing)."""
    try:
        cache.set(_done_key(task_id), 1, timeout=DONE_SECONDS)
    except Exception:
        logger.warning("task claims: could not mark %s done", task_id, exc_info=True)


@contextlib.contextmanager
def task_claim(task_id: str) -> Iterator[Claim]:
    """Claim a message for the duration of the block: yields RUN (ours), BUSY or DONE."""
    if connection.vendor != "postgresql":
        yield Claim.RUN
        return
    if _done(task_id):
        yield Claim.DONE
        return
    key = lock_key(task_id)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [TASK_LOCK_NAMESPACE, key])
            acquired = bool(cursor.fetchone()[0])
    except DatabaseError:  # the database away: the body meets it too and retries by its own rules
        logger.warning("task claims: could not claim %s; running it unclaimed", task_id, exc_info=True)
        yield Claim.RUN
        return
    if not acquired:
        yield Claim.BUSY
        return
    try:
        # The first delivery may have finished between our look and our lock.
        yield Claim.DONE if _done(task_id) else Claim.RUN
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [TASK_LOCK_NAMESPACE, key])
        except DatabaseError:  # a lost connection took the lock with it
            logger.warning("task claims: could not release %s", task_id, exc_info=True)
