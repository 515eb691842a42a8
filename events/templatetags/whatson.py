"""Template filters for the public pages: {{ event|price }}, {{ event.timezone|zone_label }}, {{ key|filter_label }}."""

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


# What the filter form calls each key (templates/events/_filters.html), for messages that name the field.
FILTER_LABELS = {
    "q": "Keywords",
    "when": "When",
    "date_from": "From date",
    "date_to": "To date",
    "category": "Category",
    "subcategory": "Kind",
    "area": "Area",
    "price_max": "Price up to",
    "ordering": "Order",
    "free": "Free events",
    "accessible": "Step-free / wheelchair accessible",
    "online": "Online events",
}


@register.filter
def filter_label(key: str) -> str:
    """The form's label of a filter key; the key itself for keys the form does not show."""
    return FILTER_LABELS.get(key, key)
