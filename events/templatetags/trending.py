"""``{% load trending %}{% trending_in city %}``: a small "Trending in <city>" block for any page.

The ranking is cached a minute per city (ids only), so a busy page pays one cache read and one small query.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from events import analytics, ranking, selectors
from events.models import City, Event

register = template.Library()

TRENDING_BLOCK_SECONDS = 60
TRENDING_BLOCK_LIMIT = 5


def trending_for_city(city: City | None, limit: int = TRENDING_BLOCK_LIMIT) -> list[Event]:
    key = f"whatson:trending-block:{city.pk if city else 'all'}:{limit}"
    ids = selectors.cache_get(key)
    if ids is None:
        filters = {"city": city.slug} if city is not None else {}
        ranked = ranking.trending_events(filters=filters, limit=limit)
        scores = analytics.trending_scores(event.pk for event in ranked)
        # Only events someone has looked at or shared: a block called "Trending" is not the soonest events.
        ids = [event.pk for event in ranked if scores.get(event.pk) or event.view_count or event.share_count]
        selectors.cache_set(key, ids, TRENDING_BLOCK_SECONDS)
    events = Event.objects.filter(selectors.upcoming_q(now=timezone.now())).select_related("city").in_bulk(ids)
    return [events[pk] for pk in ids if pk in events]


@register.inclusion_tag("events/_trending.html")
def trending_in(city: City | None = None, limit: int = TRENDING_BLOCK_LIMIT) -> dict[str, Any]:
    return {"trending_city": city, "trending_events": trending_for_city(city, limit), "city": city}
