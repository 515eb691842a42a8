"""Reads for the admin API: source health, a fetch job, the pipeline's figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from django.db.models import Count, Max, OuterRef, Subquery

from events.models import Event, StagedEvent
from sources.models import FetchRun, Source

RUNS_WINDOW = dt.timedelta(hours=24)
UNLABELLED = "(no reason recorded)"
SOURCE_FIELDS = (
    "id",
    "name",
    "slug",
    "adapter",
    "is_active",
    "health",
    "consecutive_failures",
    "last_error",
    "flagged_reason",
    "last_fetched_at",
    "last_success_at",
)


def sources_with_health() -> list[dict[str, Any]]:
    """Every source with its health figures, its last run and its staged records counted by status."""
    last_runs = FetchRun.objects.filter(source=OuterRef("pk")).order_by("-started_at", "-pk")
    rows = (
        Source.objects.order_by("name", "pk")
        .annotate(
            last_run_id=Subquery(last_runs.values("pk")[:1]),
            last_run_status=Subquery(last_runs.values("status")[:1]),
            last_run_at=Subquery(last_runs.values("started_at")[:1]),
        )
        .values(*SOURCE_FIELDS, "last_run_id", "last_run_status", "last_run_at")
    )
    staged: dict[int, dict[str, int]] = {}
    for row in StagedEvent.objects.order_by().values("source_id", "status").annotate(count=Count("pk")):
        staged.setdefault(row["source_id"], {})[row["status"]] = row["count"]
    return [_source(row, staged.get(row["id"], {})) for row in rows]


def _source(row: dict[str, Any], staged: dict[str, int]) -> dict[str, Any]:
    run_id, run_status, run_at = row.pop("last_run_id"), row.pop("last_run_status"), row.pop("last_run_at")
    last_run = {"id": run_id, "status": run_status, "started_at": run_at} if run_id else None
    return {**row, "last_run": last_run, "staged": staged}


def _reason_label(reason: object) -> str:
    if isinstance(reason, dict):
        return str(reason.get("reason") or reason.get("code") or reason)
    return str(reason)


def pipeline_figures(*, now: dt.datetime) -> dict[str, Any]:
    """Queue depth, held records by reason, fetch runs in the last 24 hours by status, and the last publish."""
    by_status = dict(
        StagedEvent.objects.filter(status__in=(StagedEvent.Status.PENDING, StagedEvent.Status.PROCESSING))
        .order_by()
        .values_list("status")
        .annotate(count=Count("pk"))
    )
    held: Counter[str] = Counter()
    for reasons in StagedEvent.objects.filter(status=StagedEvent.Status.HELD).values_list("reasons", flat=True):
        labels = {_reason_label(reason) for reason in reasons or ()} or {UNLABELLED}
        held.update(labels)  # a record held for two reasons counts under both
    runs = dict(
        FetchRun.objects.filter(started_at__gte=now - RUNS_WINDOW)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    return {
        "pending": by_status.get(StagedEvent.Status.PENDING, 0),
        "processing": by_status.get(StagedEvent.Status.PROCESSING, 0),
        "held": StagedEvent.objects.filter(status=StagedEvent.Status.HELD).count(),
        "held_by_reason": dict(held.most_common()),
        "runs_24h": {"total": sum(runs.values()), "by_status": runs},
        "last_published_at": Event.objects.aggregate(last=Max("published_at"))["last"],
    }
