"""Celery tasks for events: batch processing of staged records (hundreds per task, never one each)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from celery import Task, shared_task

from config.celery import TRANSIENT_MAX_RETRIES, backoff_seconds, enqueue_on_commit, transient_errors
from events.services import staged_events_process
from events.services.blocks import batches_by_block


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=TRANSIENT_MAX_RETRIES)
def process_staged_events(self: Task, staged_event_ids: list[int]) -> dict:
    try:
        return dataclasses.asdict(staged_events_process(staged_event_ids=staged_event_ids))
    except transient_errors() as exc:
        # The records stay `pending`: a retry (or, once retries run out, the sweeper) processes them later.
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc


def process_on_commit(*, staged_event_ids: Sequence[int]) -> int:
    """Queue the records for processing once the current transaction commits, in batches. Returns the batch count.

    The one place work is handed to the pipeline: tasks, the webhook view, the admin and commands call this.
    """
    # Ordered by (city, day) block before the cut, so that concurrent batches rarely share a block (blocks.py).
    chunks = batches_by_block(staged_event_ids=staged_event_ids)
    for chunk in chunks:
        enqueue_on_commit(process_staged_events, chunk)
    return len(chunks)
