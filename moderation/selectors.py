"""Reads for the moderation queue and the admin dashboard: a few aggregate queries, no writes.

Hold reasons are sentences (events/pipeline/decide.py, events/pipeline/content.py); the queue groups them into
kinds by how each sentence starts. The reasons column is a JSON list of strings, so its text form has every
reason right after a double quote: a regex on the cast text finds a kind without unnesting the array.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Min, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from events.models import Event, StagedEvent
from events.pipeline import content, decide
from sources.models import FetchRun, Source

DASHBOARD_CACHE_KEY = "moderation:dashboard:v1"
DASHBOARD_CACHE_SECONDS = 30  # the figures may lag a little; the index page is opened often
WINDOW = dt.timedelta(hours=24)


def _opening(template: str) -> str:
    """The fixed words a reason sentence starts with (up to its first placeholder), regex-escaped."""
    return re.escape(template.split("{", 1)[0])


def _content_openings() -> str:
    templates = (
        content.PROFANITY_REASON,
        content.SLUR_REASON,
        content.SPAM_REASON,
        content.SHORTENED_REASON,
        content.IP_REASON,
        content.PUNYCODE_REASON,
        content.TLD_REASON,
        content.BLOCKED_REASON,
    )
    return "|".join(_opening(template) for template in templates)


@dataclasses.dataclass(frozen=True, slots=True)
class ReasonKind:
    slug: str
    label: str
    pattern: str  # a PostgreSQL regex over the JSON text of StagedEvent.reasons


REASON_KINDS: tuple[ReasonKind, ...] = (
    ReasonKind("untrusted", "Untrusted source", '"' + _opening(decide.UNTRUSTED_SOURCE)),
    ReasonKind("quality", "Low quality", '"' + _opening(decide.LOW_QUALITY)),
    ReasonKind("duplicate", "Possible duplicate", '"' + _opening(decide.POSSIBLE_DUPLICATE)),
    ReasonKind("date", "Date guessed", '"' + _opening(decide.TEXT_GUESS)),
    ReasonKind("content", "Content flag", f'"({_content_openings()})'),
    ReasonKind("outside", "Outside the area", '"' + _opening(decide.OUTSIDE_AREA)),
)
REASON_KIND_BY_SLUG = {kind.slug: kind for kind in REASON_KINDS}
CONTENT_REASON = re.compile(_content_openings())


def held_events() -> QuerySet[Event]:
    return Event.objects.filter(moderation_status=Event.ModerationStatus.HELD)


def _held_staged_with_text() -> QuerySet[StagedEvent]:
    return StagedEvent.objects.filter(
        status=StagedEvent.Status.HELD, event__moderation_status=Event.ModerationStatus.HELD
    ).annotate(reason_text=Cast("reasons", TextField()))


def held_event_ids_for_reason(*, slug: str) -> QuerySet[Any, Any]:
    """The ids of held events with a held record giving that kind of reason (a subquery for ``pk__in``)."""
    kind = REASON_KIND_BY_SLUG[slug]
    return _held_staged_with_text().filter(**{"reason_text__regex": kind.pattern}).values("event_id")


def held_counts_by_reason() -> dict[str, int]:
    """How many held events give each kind of reason (an event may count under several), in one query."""
    aggregates = {
        kind.slug: Count("event", distinct=True, filter=Q(reason_text__regex=kind.pattern)) for kind in REASON_KINDS
    }
    return _held_staged_with_text().aggregate(**aggregates)


def is_content_flag(reason: str) -> bool:
    return CONTENT_REASON.match(reason) is not None


def _runs_last_24h(since: dt.datetime) -> dict[str, int]:
    wanted = (FetchRun.Status.SUCCESS, FetchRun.Status.PARTIAL, FetchRun.Status.FAILED, FetchRun.Status.REFUSED)
    aggregates = {status: Count("id", filter=Q(status=status)) for status in wanted}
    return FetchRun.objects.filter(started_at__gte=since).aggregate(total=Count("id"), **aggregates)


def _rates_last_24h(since: dt.datetime) -> dict[str, Any]:
    """Of the records the pipeline processed in the window, the share published and the share duplicates."""
    statuses = StagedEvent.Status
    counts = StagedEvent.objects.filter(processed_at__gte=since).aggregate(
        processed=Count("id", filter=~Q(status__in=(statuses.PENDING, statuses.PROCESSING))),
        published=Count("id", filter=Q(status=statuses.PUBLISHED)),
        duplicate=Count("id", filter=Q(status=statuses.DUPLICATE)),
    )
    processed = counts["processed"]
    return {
        **counts,
        "publish_rate": counts["published"] / processed if processed else None,
        "duplicate_rate": counts["duplicate"] / processed if processed else None,
    }


def dashboard(*, now: dt.datetime | None = None, use_cache: bool = True) -> dict[str, Any]:
    """The figures the admin index opens with."""
    if use_cache and (cached := cache.get(DASHBOARD_CACHE_KEY)) is not None:
        return cached
    now = now or timezone.now()
    since = now - WINDOW
    by_reason = held_counts_by_reason()
    held = held_events()
    oldest = held.aggregate(oldest=Min("created_at"))["oldest"]
    oldest_event = held.filter(created_at=oldest).order_by("pk").values("pk", "title", "created_at").first()
    problem_sources = list(
        Source.objects.filter(Q(health=Source.Health.FAILING) | ~Q(flagged_reason=""))
        .order_by("name")
        .values("pk", "name", "health", "flagged_reason", "consecutive_failures")
    )
    figures = {
        "held_total": held.count(),
        "held_by_reason": [(kind.slug, kind.label, by_reason[kind.slug]) for kind in REASON_KINDS],
        "oldest_held": oldest_event,
        "problem_sources": problem_sources,
        "runs": _runs_last_24h(since),
        "rates": _rates_last_24h(since),
        "queue_depth": StagedEvent.objects.filter(status=StagedEvent.Status.PENDING).count(),
        "computed_at": now,
    }
    if use_cache:
        cache.set(DASHBOARD_CACHE_KEY, figures, DASHBOARD_CACHE_SECONDS)
    return figures


def reason_kind_matches(kind: ReasonKind, reason: str) -> bool:
    """Whether one reason sentence is of that kind (the Python side of the pattern used in queries)."""
    return re.match(kind.pattern.removeprefix('"'), reason) is not None
