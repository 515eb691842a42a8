"""The Celery application. Configuration comes from Django settings (CELERY_* names).

Also the one place that says how tasks are enqueued after a commit and how they back off from an outage.
"""

from __future__ import annotations

import functools
import logging
import os
import random
from typing import Any

from celery import Celery, Task
from celery.contrib.django.task import DjangoTask
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

logger = logging.getLogger(__name__)

# Exponential backoff for transient failures (database or broker gone): 2, 4, 8, 16, 32, then 60 s, each
# plus up to a quarter more at random so retries from many workers spread out. With TRANSIENT_MAX_RETRIES
# retries the waits add up to at least BACKOFF_FLOOR_SECONDS: a minute-long outage (a PostgreSQL restart,
# a failover) is outlasted instead of failing every queued batch for good.
BACKOFF_BASE_SECONDS = 2.0
BACKOFF_CAP_SECONDS = 60.0
TRANSIENT_MAX_RETRIES = 8


def backoff_seconds(retries: int, *, rand: float | None = None) -> float:
    """The wait before retry number ``retries + 1``: exponential, capped, with additive jitter."""
    delay = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2**retries)
    return delay * (1 + 0.25 * (random.random() if rand is None else rand))  # noqa: S311 - jitter, not crypto


def backoff_floor(max_retries: int = TRANSIENT_MAX_RETRIES) -> float:
    """The least total time ``max_retries`` retries wait (jitter only adds to it)."""
    return sum(backoff_seconds(n, rand=0.0) for n in range(max_retries))


def enqueue_on_commit(task: Task, *args: Any, **kwargs: Any) -> None:
    """``task.delay(*args, **kwargs)`` once the current transaction commits (at once outside one).

    When the broker is down the commit has already happened: the error is logged rather than turned into
    a 500 or a failed fetch, and the records it would have queued stay ``pending`` for the sweeper to queue
    again. Eager mode (tests, the embedded mode) keeps errors loud.
    """
    from django.db import transaction

    robust = not task.app.conf.task_always_eager
    transaction.on_commit(functools.partial(task.delay, *args, **kwargs), robust=robust)


class WhatsonTask(DjangoTask):
    """Every task's base: Celery's ``delay_on_commit``, made to survive a broker outage (see enqueue_on_commit),
    and one run per message however often the broker delivers it (config/task_claims.py)."""

    def delay_on_commit(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override] # Celery returns None too
        enqueue_on_commit(self, *args, **kwargs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from config.task_claims import Claim, task_claim, task_finished

        request = self.request
        if request.called_directly or request.is_eager or not request.id:
            return super().__call__(*args, **kwargs)
        with task_claim(request.id) as claim:
            if claim is Claim.DONE:
                logger.info("%s[%s] delivered again after it finished: nothing to do", self.name, request.id)
                return None
            if claim is Claim.BUSY:
                logger.warning(
                    "%s[%s] delivered again while it still runs: looked at again later", self.name, request.id
                )
                # The same message (id, arguments, retries so far) sent again for later; this delivery is done.
                countdown = settings.TASK_BUSY_RETRY_SECONDS
                self.signature_from_request(request, countdown=countdown).apply_async()
                return None
            result = super().__call__(*args, **kwargs)
            task_finished(request.id)
            return result


app = Celery("whatson", task_cls=WhatsonTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Workers renew their hold on the messages they have taken, so the visibility timeout can be short (a killed
# worker's tasks come back within about a minute) without a long task running twice: config/broker_lease.py.
app.steps["consumer"].add("config.broker_lease:LeaseRenewal")


def transient_errors() -> tuple[type[Exception], ...]:
    """Failures that pass by themselves: the database or Redis unreachable for a while."""
    from django.db import InterfaceError, OperationalError
    from kombu.exceptions import OperationalError as BrokerError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (OperationalError, InterfaceError, BrokerError, RedisConnectionError, RedisTimeoutError, ConnectionError)
