"""The sweeper's services: work a lost worker, a lost broker or a killed fetch left behind, found and finished.

Without it, records left `pending` wait for their source's next fetch (and forever after a 304), and runs
left `running` never end. Called by the beat task ``sources.tasks.sweep_orphans`` every few minutes.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db import transaction

from events.models import StagedEvent
from sources.locks import source_fetch_idle
from sources.models import FetchRun
from sources.services import fetch_run_close_interrupted

logger = logging.getLogger(__name__)

# Statuses that mean "the pipeline has not finished with this record yet".
UNFINISHED = (StagedEvent.Status.PENDING, StagedEvent.Status.PROCESSING)


def staged_events_claim_stale(*, now: dt.datetime, limit: int | None = None) -> list[int]:
    """Ids of records left unfinished longer than SWEEP_PENDING_AFTER_SECONDS, oldest first, at most ``limit``.

    Each claimed record is touched, so the next sweep leaves it alone for another full period: a record
    still waiting in a long queue is queued twice at most, never once per sweep. (Processing twice is safe.)
    """
    cutoff = now - dt.timedelta(seconds=settings.SWEEP_PENDING_AFTER_SECONDS)
    limit = limit or settings.SWEEP_MAX_RECORDS
    with transaction.atomic():
        ids = list(
            StagedEvent.objects.filter(status__in=UNFINISHED, updated_at__lt=cutoff, last_seen_at__lt=cutoff)
            .order_by("updated_at", "id")
            .values_list("pk", flat=True)[:limit]
        )
        StagedEvent.objects.filter(pk__in=ids).update(updated_at=now)
    return ids


def fetch_runs_close_stale(*, now: dt.datetime) -> int:
    """Close runs still `running` (or `queued`, their task lost) past the hard task time limit whose source
    no fetch holds. Returns how many."""
    cutoff = now - dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
    closed = 0
    unfinished = (FetchRun.Status.RUNNING, FetchRun.Status.QUEUED)
    for run in FetchRun.objects.filter(status__in=unfinished, started_at__lt=cutoff).select_related("source"):
        # A `fetch` command has no task time limit: a run whose source is still locked is really running.
        if not source_fetch_idle(source_id=run.source_id):
            continue
        fetch_run_close_interrupted(run=run)
        logger.warning("closed interrupted run %s of source %s", run.pk, run.source.slug)
        closed += 1
    return closed
