"""Template filters for the public pages: {{ event|price }}, {{ event.timezone|zone_label }}."""

from __future__ import annotations

from typing import Any

from django import template

from events import formatting

register = template.Library()


@register.filter
def price(event: Any) -> str:
    return formatting.event_price_text(event)


@register.filter
def zone_label(name: str) -> str:
    return formatting.zone_label(name or "")
