"""Celery tasks for digests, on the ``email`` queue (config: CELERY_TASK_ROUTES): ids in, one service call each."""

from __future__ import annotations

import dataclasses
import datetime as dt
from smtplib import SMTPException

from anymail.exceptions import AnymailAPIError
from celery import Task, shared_task
from django.utils import timezone

from config.celery import TRANSIENT_MAX_RETRIES, backoff_seconds, transient_errors

# Worth another try later: the mail server or the ESP's API was away or refused for now.
TRANSIENT = (OSError, SMTPException, AnymailAPIError)


@shared_task(
    acks_late=True, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=5, soft_time_limit=60, time_limit=90
)
def send_confirmation(subscription_id: int) -> None:
    """The double opt-in mail for a pending subscription (or, for a confirmed one, a pointer to its manage page)."""
    from digests.services.subscriptions import subscription_send_confirmation

    subscription_send_confirmation(subscription_id=subscription_id)


# A batch's hard limit: 500 messages at DIGEST_SEND_RATE (50/s) take ten seconds, rendering included; the
# rest is room for a slow SMTP server. A live batch (or a retry waiting for its countdown) is never handed to a
# second worker however long it takes: its worker renews its hold on the message (config/broker_lease.py).
BATCH_SOFT_LIMIT_SECONDS = 240
BATCH_TIME_LIMIT_SECONDS = 300
RETRY_CAP_SECONDS = 300


@shared_task(
    bind=True,
    acks_late=True,
    # A pool process killed mid-batch (kill -9, the OOM killer) hands the message back: the batch runs again,
    # skipping the rows already marked and waiting out the dead one's claims (held → retry below).
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT,
    retry_backoff=30,
    retry_backoff_max=RETRY_CAP_SECONDS,
    max_retries=5,
    soft_time_limit=BATCH_SOFT_LIMIT_SECONDS,
    time_limit=BATCH_TIME_LIMIT_SECONDS,
)
def send_digest_batch(self: Task, subscription_ids: list[int], now_iso: str, force: bool = False) -> dict:
    """One batch of digests (digests.services.sending.digest_batch_send) for the moment beat or the command saw.

    ``now_iso`` is the dispatch moment, not this run's: a retry an hour later still sends the same period.
    """
    from digests.services.sending import digest_batch_send

    try:
        result = digest_batch_send(
            subscription_ids=subscription_ids, now=dt.datetime.fromisoformat(now_iso), force=force
        )
    except transient_errors() as exc:  # the database or Redis away for a moment
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    if result.held and result.held_until is not None and not self.request.is_eager:
        # Another worker's claims, live for now: most likely a killed worker whose lease has not run out yet.
        # Come back when it has; by then the rows are sent (nothing to do) or ours to take over.
        wait = (result.held_until - timezone.now()).total_seconds() + 1
        raise self.retry(countdown=min(max(wait, 1.0), RETRY_CAP_SECONDS))
    return dataclasses.asdict(result) | {"held_until": None}


@shared_task(soft_time_limit=240, time_limit=300)
def forget_unconfirmed() -> int:
    """Nightly: delete sign-ups nobody confirmed (their addresses were never consented to)."""
    from digests.services.subscriptions import subscriptions_forget_unconfirmed

    return subscriptions_forget_unconfirmed()


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def send_due_digests(self: Task, cadence: str | None = None) -> dict:
    """Beat, every quarter hour per cadence: queue one send_digest_batch per 500 due subscribers.

    Beat runs in UTC; which subscribers are due is worked out per city zone (digests.periods)."""
    from digests.services.sending import digests_send

    try:
        totals = digests_send(now=timezone.now(), cadence=cadence, dispatch=True)
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    return {"cadence": cadence, "due": totals.due, "batches": totals.batches}
