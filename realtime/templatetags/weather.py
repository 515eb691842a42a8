"""``{% load weather %}``: ``{% city_weather city %}`` (the city page's weather line) and ``{% rain_note event %}``
("Rain likely — bring a coat" on outdoor events, on the event page and on cards in lists).

Both read the cached weather (realtime.weather.services), never the provider. A list of cards pays one cache
read per city per page: the weather read for the first card is kept in the page's render context.
"""

from __future__ import annotations

from typing import Any, cast

from django import template
from django.utils import timezone

from events.models import City, Event
from realtime.weather import is_outdoor, rain_likely, weather_for_city_id, weather_strip

register = template.Library()

RENDER_MEMO = "realtime.weather.by_city"


@register.inclusion_tag("realtime/_weather.html")
def city_weather(city: City | None) -> dict[str, Any]:
    """The weather line for a city, or nothing when the city has no (recent) weather."""
    strip = weather_strip(weather_for_city_id(city.pk), now=timezone.now()) if city is not None else None
    return {"city": city, "strip": strip}


@register.inclusion_tag("realtime/_rain_note.html", takes_context=True)
def rain_note(context: template.Context, event: Event | None) -> dict[str, Any]:
    """The note for an outdoor event whose time the forecast says will be wet; nothing otherwise."""
    if event is None or event.city_id is None or not is_outdoor(event):  # indoor events cost no cache read
        return {"rain": False}
    # The render context lives for one page render (includes and loops share it): one read per city per page.
    memo = cast(dict[int, Any], context.render_context.setdefault(RENDER_MEMO, {}))  # type: ignore[arg-type]
    if event.city_id not in memo:
        memo[event.city_id] = weather_for_city_id(event.city_id)
    return {"rain": rain_likely(event, memo[event.city_id], now=timezone.now())}
