"""Trending and similar events. The pages and the API (``/api/v1/events/trending/``, ``…/<id>/similar/``) call
these two functions; keep their signatures.

Trending reads the decayed scores kept by ``events.analytics`` (views, shares and, once accounts exist, saves);
the candidates always come from ``selectors.event_list`` so every shared filter applies and archived or merged
events never show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from events import analytics, selectors
from events.models import Event

TRENDING_WINDOW = dt.timedelta(days=7)
# How many of the soonest matching events similar_events scores (it returns a handful of them).
SIMILAR_CANDIDATES = 300
# Similarity points: the same venue or subcategory says more than the same broad category or one shared tag.
SAME_VENUE = 3
SAME_SUBCATEGORY = 3
SAME_CATEGORY = 2
SHARED_TAG = 1


def _lifetime(event: Event) -> int:
    """The tie-breaker when recent scores are equal (or Redis is away): all-time views, shares weighed more."""
    return event.view_count + int(analytics.WEIGHTS[analytics.SHARES]) * event.share_count


def trending_events(
    *, filters: Mapping[str, Any] | QueryDict | None = None, now: dt.datetime | None = None, limit: int = 20
) -> list[Event]:
    """Upcoming events starting within the next 7 days, most talked-about first.

    Ranked by the decayed score of recent views and shares (analytics.TRENDING_KEY), then by lifetime counts,
    then by start. Raises ``events.filters.InvalidFiltersError`` for a bad filter value, like ``event_list``.
    """
    now = now or timezone.now()
    if limit <= 0:
        return []
    candidates = selectors.event_list(filters=filters or {}, now=now).filter(start__lt=now + TRENDING_WINDOW)
    rows = list(candidates.order_by().values_list("pk", "view_count", "share_count", "start"))
    scores = analytics.trending_scores(pk for pk, *_ in rows)
    share_weight = int(analytics.WEIGHTS[analytics.SHARES])
    rows.sort(key=lambda row: (-scores.get(row[0], 0.0), -(row[1] + share_weight * row[2]), row[3], row[0]))
    chosen = [row[0] for row in rows[:limit]]
    events = candidates.in_bulk(chosen)
    return [events[pk] for pk in chosen if pk in events]


def _similarity(event: Event, other: Event, tags: set[str]) -> int:
    points = 0
    if event.venue_id and other.venue_id == event.venue_id:
        points += SAME_VENUE
    if event.subcategory_id and other.subcategory_id == event.subcategory_id:
        points += SAME_SUBCATEGORY
    if event.category_id and other.category_id == event.category_id:
        points += SAME_CATEGORY
    points += SHARED_TAG * len(tags & {str(tag).lower() for tag in other.tags or []})
    return points


def similar_events(*, event: Event, limit: int = 6) -> list[Event]:
    """Upcoming events in the same city sharing the venue, category, subcategory or a tag; most alike first,
    then soonest. Never the event itself, nor archived or merged events."""
    if event.city_id is None or limit <= 0:
        return []
    tags = {str(tag).lower() for tag in event.tags or [] if str(tag).strip()}
    alike = Q()
    if event.venue_id:
        alike |= Q(venue_id=event.venue_id)
    if event.category_id:
        alike |= Q(category_id=event.category_id)
    if event.subcategory_id:
        alike |= Q(subcategory_id=event.subcategory_id)
    for tag in event.tags or []:
        alike |= Q(tags__contains=[tag])
    if not alike:
        return []
    candidates = list(
        Event.objects.filter(selectors.upcoming_q(now=timezone.now()), alike, city_id=event.city_id)
        .exclude(pk=event.pk)
        .select_related("city", "category", "subcategory", "venue")
        .order_by("start", "id")[:SIMILAR_CANDIDATES]
    )
    scored = [(_similarity(event, other, tags), other) for other in candidates]
    scored.sort(key=lambda pair: (-pair[0], pair[1].start, pair[1].pk))
    return [other for points, other in scored[:limit] if points > 0]
