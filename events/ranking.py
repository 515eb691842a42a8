"""Trending and similar events. The pages and the API (``/api/v1/events/trending/``, ``…/<id>/similar/``) call
these two functions; keep their signatures.

Trending reads the decayed scores kept by ``events.analytics`` (views, shares and, once accounts exist, saves);
the candidates always come from ``selectors.event_list`` so every shared filter applies and archived or merged
events never show.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from events import analytics, selectors
from events.filters import has_tag
from events.models import Event

TRENDING_WINDOW = dt.timedelta(days=7)
# How many of the soonest matching events similar_events scores (it returns a handful of them).
SIMILAR_CANDIDATES = 300
# similar_events keeps this many more than asked, so one that starts meanwhile leaves a replacement behind.
SIMILAR_SPARE = 4
SIMILAR_CACHE_SECONDS = 300
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


def _similarity(event: Event, other: tuple[int, int | None, int | None, int | None, Any], tags: set[str]) -> int:
    """Points for a candidate row (pk, venue_id, category_id, subcategory_id, tags)."""
    _pk, venue_id, category_id, subcategory_id, other_tags = other
    points = 0
    if event.venue_id and venue_id == event.venue_id:
        points += SAME_VENUE
    if event.subcategory_id and subcategory_id == event.subcategory_id:
        points += SAME_SUBCATEGORY
    if event.category_id and category_id == event.category_id:
        points += SAME_CATEGORY
    if tags and other_tags:
        points += SHARED_TAG * len(tags & {str(tag).lower() for tag in other_tags})
    return points


def _similar_key(event: Event, limit: int) -> str:
    """Per public generation (any publish, edit or merge starts a new one) and per what the scores read."""
    return selectors.public_cache_key(
        "similar",
        str(event.pk),
        str(event.city_id),
        str(event.venue_id),
        str(event.category_id),
        str(event.subcategory_id),
        json.dumps(event.tags or [], sort_keys=True, default=str),
        str(limit),
    )


def _similar_ids(event: Event, city_id: int, limit: int, *, now: dt.datetime) -> list[int]:
    """The ids of the most alike upcoming events, best first: up to ``limit`` + SIMILAR_SPARE of them.

    Scores narrow rows (ids, venue, categories, tags) of the SIMILAR_CANDIDATES soonest candidates: loading them
    as full events with their related rows cost more than the rest of the page."""
    tags = {str(tag).lower() for tag in event.tags or [] if str(tag).strip()}
    alike = Q()
    if event.venue_id:
        alike |= Q(venue_id=event.venue_id)
    if event.category_id:
        alike |= Q(category_id=event.category_id)
    if event.subcategory_id:
        alike |= Q(subcategory_id=event.subcategory_id)
    upcoming = Event.objects.all()
    for tag in event.tags or []:
        alike |= has_tag(upcoming, str(tag))  # JSON containment on PostgreSQL, text match on SQLite
    if not alike:
        return []
    rows = list(
        upcoming.filter(selectors.upcoming_q(now=now), alike, city_id=city_id)
        .exclude(pk=event.pk)
        .order_by("start", "id")
        .values_list("pk", "venue_id", "category_id", "subcategory_id", "tags")[:SIMILAR_CANDIDATES]
    )
    # Rows come soonest first, and sort is stable: equal points keep that order (start, then id).
    scored = [(_similarity(event, row, tags), index, row[0]) for index, row in enumerate(rows)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [pk for points, _index, pk in scored[: limit + SIMILAR_SPARE] if points > 0]


def _still_upcoming(event: Event, now: dt.datetime) -> bool:
    """``selectors.upcoming_q``'s clock, for events read a little earlier (their publication, archiving and merging
    start a new public generation, and so a new ranking; only the clock moves within one)."""
    if event.end is not None:
        return event.end > now
    return event.start >= now - selectors.OPEN_ENDED_GRACE


def similar_events(*, event: Event, limit: int = 6) -> list[Event]:
    """Upcoming events in the same city sharing the venue, category, subcategory or a tag; most alike first,
    then soonest. Never the event itself, nor archived or merged events.

    The ranked events (``limit`` + SIMILAR_SPARE, with their city, venue and categories) are cached per public
    generation for SIMILAR_CACHE_SECONDS at most; those that started since drop out and the spares stand in."""
    if event.city_id is None or limit <= 0:
        return []
    now = timezone.now()
    key = _similar_key(event, limit)
    ranked = selectors.cache_get(key)
    if not isinstance(ranked, list):
        ids = _similar_ids(event, event.city_id, limit, now=now)
        found = (
            Event.objects.filter(selectors.upcoming_q(now=now))
            .select_related("city", "category", "subcategory", "venue")
            .order_by()
            .in_bulk(ids)
            if ids
            else {}
        )
        ranked = [found[pk] for pk in ids if pk in found]
        selectors.cache_set(key, ranked, SIMILAR_CACHE_SECONDS)
    return [other for other in ranked if _still_upcoming(other, now)][:limit]
