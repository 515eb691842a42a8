"""Celery tasks for sources. They take ids, call one service, and enqueue follow-up work after commit."""

from __future__ import annotations

from functools import partial

from celery import shared_task
from django.db import OperationalError, transaction

from events.tasks import process_staged_events
from sources.models import FetchRun, Source
from sources.services import batches, source_fetch


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, retry_jitter=True, max_retries=3, acks_late=True)
def fetch_source(source_id: int, trigger: str = FetchRun.Trigger.SCHEDULE) -> dict:
    """Fetch one source and queue its new and changed records for processing, in batches."""
    source = Source.objects.select_related("city").filter(pk=source_id, is_active=True).first()
    if source is None:
        return {"source": source_id, "skipped": "inactive or missing"}
    outcome = source_fetch(source=source, trigger=trigger)
    for batch in batches(outcome.pending_ids):
        transaction.on_commit(partial(process_staged_events.delay, batch))
    return {
        "source": source.slug,
        "run": outcome.run.pk,
        "status": outcome.run.status,
        "pending": len(outcome.pending_ids),
    }
