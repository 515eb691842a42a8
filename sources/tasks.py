"""Celery tasks for sources. They take ids, call one service, and enqueue follow-up work after commit."""

from __future__ import annotations

from celery import Task, shared_task
from django.db import transaction
from django.utils import timezone

from config.celery import TRANSIENT_MAX_RETRIES, backoff_seconds, transient_errors
from events.tasks import process_on_commit
from sources.alerts import alerts_evaluate
from sources.models import FetchRun, Source
from sources.services import source_fetch
from sources.sweeping import fetch_runs_close_stale, staged_events_claim_stale

SOURCE_GONE = "Skipped: the source was deactivated or deleted before the fetch started."


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=TRANSIENT_MAX_RETRIES)
def fetch_source(
    self: Task, source_id: int, trigger: str = FetchRun.Trigger.SCHEDULE, run_id: int | None = None
) -> dict:
    """Fetch one source and queue its new and changed records for processing, in batches.

    ``run_id``: a run created ``queued`` by whoever asked for this fetch; it becomes this fetch's run."""
    try:
        queued = FetchRun.objects.filter(pk=run_id, status=FetchRun.Status.QUEUED).first() if run_id else None
        source = Source.objects.select_related("city").filter(pk=source_id, is_active=True).first()
        if source is None:
            if queued is not None:
                queued.status, queued.finished_at = FetchRun.Status.SKIPPED, timezone.now()
                queued.errors = [{"reason": SOURCE_GONE}]
                queued.save(update_fields=["status", "finished_at", "errors"])
            return {"source": source_id, "skipped": "inactive or missing"}
        outcome = source_fetch(source=source, trigger=trigger, run=queued)
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    process_on_commit(staged_event_ids=outcome.pending_ids)
    return {
        "source": source.slug,
        "run": outcome.run.pk,
        "status": outcome.run.status,
        "pending": len(outcome.pending_ids),
    }


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def sweep_orphans(self: Task) -> dict:
    """Beat, every few minutes: close runs that never ended, queue records left pending again."""
    now = timezone.now()
    try:
        closed = fetch_runs_close_stale(now=now)
        with transaction.atomic():
            ids = staged_events_claim_stale(now=now)
            batches = process_on_commit(staged_event_ids=ids)
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    return {"closed_runs": closed, "requeued": len(ids), "batches": batches}


@shared_task(bind=True, acks_late=True, max_retries=TRANSIENT_MAX_RETRIES)
def evaluate_alerts(self: Task) -> dict:
    """Beat, every ALERT_EVERY_MINUTES: check the alert rules, mail the admins about those that hold."""
    try:
        firings = alerts_evaluate(now=timezone.now())
    except transient_errors() as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    return {"fired": [firing.rule_id for firing in firings]}
