"""Beat jobs of the analytics (installed by sources.schedules): the buffer's flush every minute, the nightly
roll-up. Each calls one service; a lost database or Redis is retried with the tasks' common backoff."""

from __future__ import annotations

from celery import Task, shared_task

from config.celery import TRANSIENT_MAX_RETRIES, backoff_seconds, transient_errors
from events.people.analytics.services import interactions_flush, interactions_rollup


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def flush_interactions(self: Task) -> dict:
    """Every minute: the buffered interactions into raw rows and daily counts (records given back on failure)."""
    try:
        return {"written": interactions_flush()}
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def rollup_interactions(self: Task) -> dict:
    """Nightly: raw interactions past ANALYTICS_RAW_DAYS deleted (their counts live on in the daily stats)."""
    try:
        return {"deleted": interactions_rollup()}
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
