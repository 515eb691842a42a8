"""A worker renews its hold on the messages it has taken, so the broker's visibility timeout can be short.

Redis has no acknowledgements of its own. Kombu's Redis transport emulates them: a message a worker takes is
recorded in the ``unacked`` hash, with the time it was taken in the ``unacked_index`` sorted set, and removed from
both when the worker acks it (tasks ack late here: when they end). Every worker, every ``unacked_restore_interval``
seconds, puts back in its queue any message whose time is older than the visibility timeout: how the messages
of a worker killed outright (SIGKILL, OOM of the main process, a lost machine) are delivered again. But the same
rule applies to a live worker's messages: a task still running, or a retry waiting for its countdown, past the
timeout is handed to a second worker and runs twice. So the timeout had to outlast the longest task plus the
longest countdown (8 minutes), and a killed worker's tasks waited that long.

Here each worker renews its lease instead: a thread of the worker's main process sets, every
``BROKER_LEASE_RENEW_SECONDS`` (a quarter of the timeout by default), the time of every message the worker still
holds (taken and not acked: queued for a pool process, running, or waiting for its ETA) to now. ``ZADD XX``: a
message that was acked or restored meanwhile is never added back. A live worker's messages are thus never older
than the renewal period, whatever the task's length; a dead worker's stop being renewed and come back once the
visibility timeout has passed since their last renewal, at the next restore scan. Redelivery after a whole-worker
kill takes between ``timeout - renew`` and ``timeout + unacked_restore_interval`` seconds (measured by
tests/test_faults.py, docs/operations.md).

Only for a Redis broker (the in-memory one of the embedded mode has no visibility timeout). A worker whose main
process cannot run this thread for longer than the timeout (frozen by SIGSTOP, or cut off from Redis while other
workers reach it) has its messages delivered again: they then run twice, which processing tolerates (a redelivered
batch never made one record two events), but it is wasted work; hence the timeout is still a minute, not seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import redis
from celery import bootsteps
from django.conf import settings

logger = logging.getLogger(__name__)

MIN_RENEW_SECONDS = 0.5
# A renewal that cannot reach Redis gives up after this long and tries again at the next period.
SOCKET_TIMEOUT_SECONDS = 5.0


def held_tags(consumer: Any) -> list[str]:
    """The delivery tags of the messages this worker's task consumer holds (taken, not acked yet)."""
    task_consumer = getattr(consumer, "task_consumer", None)
    qos = getattr(getattr(task_consumer, "channel", None), "qos", None)
    delivered = getattr(qos, "_delivered", None)
    if not delivered:
        return []
    dirty: set[str] = getattr(qos, "_dirty", set())
    # list() of a dict copies its keys without running Python code: safe beside the main thread's changes.
    return [tag for tag in list(delivered) if tag not in dirty]


def index_key(consumer: Any) -> str:
    channel = consumer.task_consumer.channel
    return f"{getattr(channel, 'global_keyprefix', '') or ''}{channel.unacked_index_key}"


class LeaseRenewal(bootsteps.StartStopStep):
    """A consumer step (restarted with the consumer after a broker reconnection) running the renewal thread."""

    requires = ("celery.worker.consumer.tasks:Tasks",)

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, parent: Any) -> None:
        url = str(parent.app.conf.broker_url or "")
        if not url.startswith(("redis://", "rediss://")) or parent.task_consumer is None:
            return
        every = max(MIN_RENEW_SECONDS, float(settings.BROKER_LEASE_RENEW_SECONDS))
        client = redis.Redis.from_url(
            url, socket_timeout=SOCKET_TIMEOUT_SECONDS, socket_connect_timeout=SOCKET_TIMEOUT_SECONDS
        )
        key = index_key(parent)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(parent, client, key, every), name="broker-lease", daemon=True
        )
        self._thread.start()

    def stop(self, parent: Any) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=SOCKET_TIMEOUT_SECONDS + 1)
            self._thread = None

    shutdown = stop

    def _run(self, consumer: Any, client: redis.Redis, key: str, every: float) -> None:
        while not self._stop.wait(every):
            try:
                renew(client, key, held_tags(consumer))
            except (redis.RedisError, OSError) as exc:
                # The broker connection's own handling reports the outage; renewals resume when it is back.
                logger.warning("broker lease: renewal failed (%s); retrying in %.0f s", type(exc).__name__, every)
            except Exception:
                logger.exception("broker lease: renewal failed")


def renew(client: redis.Redis, key: str, tags: list[str], now: float | None = None) -> int:
    """Set the taken-at time of these messages to ``now``, for those still unacked. Returns how many were."""
    if not tags:
        return 0
    stamp = time.time() if now is None else now
    return int(client.zadd(key, dict.fromkeys(tags, stamp), xx=True, ch=True) or 0)
