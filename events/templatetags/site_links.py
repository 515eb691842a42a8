"""``{% load site_links %}{% cities_with_events as cities %}``: the busiest cities, for pages that must not fail
(the 404 page): cached a few minutes, and an empty list when the database cannot answer."""

from __future__ import annotations

import logging

from django import template
from django.db import DatabaseError
from django.utils import timezone

from events import selectors
from events.models import City

register = template.Library()
logger = logging.getLogger(__name__)

CITY_LINKS_SECONDS = 300
CITY_LINKS_LIMIT = 12


@register.simple_tag
def cities_with_events(limit: int = CITY_LINKS_LIMIT) -> list[City]:
    key = f"whatson:city-links:{limit}"
    cached = selectors.cache_get(key)
    if cached is not None:
        return list(cached)
    try:
        busiest_first = selectors.city_list_with_counts(now=timezone.now())
        cities = [city for city in busiest_first if city.upcoming_count][:limit]  # type: ignore[attr-defined]
    except DatabaseError:
        logger.warning("city links unavailable", exc_info=True)
        return []
    selectors.cache_set(key, cities, CITY_LINKS_SECONDS)
    return cities
