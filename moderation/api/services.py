"""Writes for the admin API: queue a fetch, moderate a staged record's event, check events without storing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from config.celery import enqueue_on_commit
from events.models import StagedEvent
from events.pipeline.normalize import NormalizeContext, normalize
from events.pipeline.quality import assess, verdict
from events.services.state import pipeline_state
from moderation.actions import event_approve, event_flag, event_reject
from moderation.actions.common import Actor
from moderation.models import ModerationAction
from sources.models import FetchRun, Source
from sources.tasks import fetch_source

NO_EVENT = "staged record {pk} has no event to moderate (it was {status})"
VERDICTS = {"approve": event_approve, "reject": event_reject, "flag": event_flag}


class NoEvent(Exception):  # noqa: N818 - named for what the caller answers (409), like Django's DoesNotExist
    pass


def source_fetch_queue(*, source: Source) -> FetchRun:
    """A run created ``queued`` now (its id is the job id), and the fetch task sent once this commits."""
    with transaction.atomic():
        run = FetchRun.objects.create(
            source=source, trigger=FetchRun.Trigger.ADMIN, status=FetchRun.Status.QUEUED, started_at=timezone.now()
        )
        enqueue_on_commit(fetch_source, source.pk, FetchRun.Trigger.ADMIN, run.pk)
    return run


def staged_moderate(
    *, acting_user: Actor, staged: StagedEvent, verdict_name: str, reason: str
) -> ModerationAction | None:
    """Apply approve / reject / flag to the staged record's event (audited by moderation.actions).

    Raises NoEvent when the record never became an event (rejected by the pipeline, or still pending).
    Returns None when the event already had that status (nothing to record)."""
    event = staged.event
    if event is None:
        raise NoEvent(NO_EVENT.format(pk=staged.pk, status=staged.status))
    action = VERDICTS[verdict_name]
    return action(acting_user=acting_user, event=event, reason=reason)


@dataclasses.dataclass(frozen=True, slots=True)
class Validation:
    index: int
    ok: bool
    errors: list[str]
    warnings: list[str]
    normalized: dict[str, Any]
    quality: dict[str, Any] | None
    verdict: str | None


def events_validate(*, records: Sequence[Mapping[str, Any]], now: dt.datetime) -> list[Validation]:
    """Each §4.1 record normalized and put through the quality gates, as the pipeline would; nothing stored."""
    state = pipeline_state()
    context = NormalizeContext(places=state.places)
    results = []
    for index, raw in enumerate(records):
        normalized = normalize(raw, context)
        report = None
        if normalized.ok:
            report = assess(normalized.record, config=state.quality_config, now=now, places=state.places)
        results.append(
            Validation(
                index=index,
                ok=normalized.ok,
                errors=list(normalized.errors),
                warnings=list(normalized.warnings),
                normalized=normalized.record,
                quality=report.to_json() if report else None,
                verdict=str(verdict(report, config=state.quality_config)) if report else None,
            )
        )
    return results
