"""Celery tasks for events: batch processing of staged records (hundreds per task, never one each)."""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Callable, Sequence
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_init
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from config.celery import TRANSIENT_MAX_RETRIES, backoff_seconds, enqueue_on_commit, transient_errors
from events.analytics import flush_counters
from events.api.representation import page_url_builder
from events.pipeline.categorize import CategorizerError
from events.services import staged_events_process
from events.services.blocks import batches_by_block
from events.services.retention import events_archive, organizers_contact_strip, staged_events_purge

logger = logging.getLogger(__name__)

PROCESS_QUEUE = "process"  # CELERY_TASK_ROUTES sends this module's tasks there


def load_categorizer() -> None:
    """The categorizer loaded and cached: spaCy is imported here, in the processes that categorize, not by importing
    this module (the web and beat import it to enqueue tasks)."""
    from events.pipeline.categorize import load_categorizer as load

    load()


@worker_init.connect
def load_categorizer_before_fork(sender: Any = None, **_kwargs: Any) -> None:
    """A worker that takes pipeline batches loads the categorizer in its main process, before its pool forks, and
    the URLconf its broadcasts reverse into, then moves everything alive then out of the cyclic collector's reach
    (gc.freeze, as events/services/state.py does after a process's first state): the pool's processes share them,
    instead of each loading the model, importing every view module and collecting the whole heap once during its
    first batch (0.5 s + 0.2 s + 0.3 s of CPU on a quiet machine, 4-5 s on a busy one, in the middle of that batch).
    A model that fails to load is left to the first batch, which reports it as before."""
    queues = getattr(getattr(getattr(sender, "app", None), "amqp", None), "queues", None)
    if queues is None or PROCESS_QUEUE not in queues.consume_from:
        return
    try:
        load_categorizer()
    except CategorizerError:
        logger.exception("categorizer not loaded before the pool started")
        return
    try:
        # The event page's path every batch's broadcast builds, and the URLconf, every view module (0.2 s of CPU):
        # the broadcast reads the path from events/routes.py without it, but still reverses an event whose slug
        # is not plain ASCII ("café-concert"), which would import it in each pool process's first such batch.
        page_url_builder()
        reverse("events:detail", kwargs={"pk": 1, "slug": "event"})
    except Exception:  # a failure only leaves it to the first batch, which reports it there
        logger.warning("event page URLs not loaded before the pool started", exc_info=True)
    gc.collect()  # what is garbage now must not be frozen with the rest
    gc.freeze()


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


# --- Data lifecycle (beat, nightly; installed by sources.schedules) -------------------------------------------
# Each is safe to run twice and to overlap with the pipeline: they only touch rows nothing is working on.


def _retrying(task: Task, work: Callable[[], int]) -> int:
    """Run one lifecycle service; a lost database or broker is retried with the tasks' common backoff."""
    try:
        return work()
    except transient_errors() as exc:
        raise task.retry(exc=exc, countdown=backoff_seconds(task.request.retries)) from exc


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def purge_staged_events(self: Task) -> dict:
    deleted = _retrying(
        self,
        lambda: staged_events_purge(
            now=timezone.now(),
            older_than_days=settings.RETENTION_STAGED_DAYS,
            batch_size=settings.RETENTION_BATCH_SIZE,
        ),
    )
    return {"deleted": deleted}


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def strip_organizer_contacts(self: Task) -> dict:
    stripped = _retrying(
        self,
        lambda: organizers_contact_strip(
            now=timezone.now(),
            after_days=settings.RETENTION_ORGANIZER_CONTACT_DAYS,
            batch_size=settings.RETENTION_BATCH_SIZE,
        ),
    )
    return {"stripped": stripped}


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def archive_past_events(self: Task) -> dict:
    archived = _retrying(
        self,
        lambda: events_archive(
            now=timezone.now(), after_days=settings.ARCHIVE_AFTER_DAYS, batch_size=settings.RETENTION_BATCH_SIZE
        ),
    )
    return {"archived": archived}


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def flush_event_counters(self: Task) -> dict:
    """Every minute (sources.schedules): counted views and shares into the events and the trending scores."""
    try:
        return dataclasses.asdict(flush_counters())
    except transient_errors() as exc:  # the counts were given back (or are still in Redis): retry
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
