"""``{% load live_banner %}{% live_banner listing as live %}``: what static/js/live.js needs to show a list page's
"N new events — show them" banner, as data attributes (no inline script: the CSP forbids it).

- ``filters``: the page's filters as the WebSocket subscription takes them (the pairs the page view already
  validated, the ones its URL fixes included), as JSON.
- ``ws`` / ``sse``: where to connect. On ``settings.REALTIME_PUBLIC_URL`` when the WebSocket server has its own
  origin (compose: ``ws://localhost:8001``), else a path on the page's own host (the script turns it into a
  ws(s):// URL): the page is cached and shared, so the request's Host is never baked into it.
- ``shown``: the ids of the events the page lists, so a push about one of them is not counted as new.

A page whose filters did not validate gets no banner (``None``): there is nothing to subscribe to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from django import template
from django.conf import settings

from events.filters import EventFilterSet

register = template.Library()

WS_PATH = "/ws/events/"
SSE_PATH = "/sse/events/"
# Keys a list page takes that only order it: they say nothing about which events match.
NOT_FILTERS = frozenset({"ordering"})
# A WebSocket URL's scheme for an HTTP one and back (REALTIME_PUBLIC_URL may be written either way).
WS_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}
HTTP_SCHEMES = {"ws": "http", "wss": "https", "http": "http", "https": "https"}


def live_filters(pairs: Iterable[tuple[str, str]], multi_valued: Iterable[str]) -> dict[str, Any]:
    """Sorted (key, value) pairs → the subscription's ``filters`` object (a list for multi-valued keys)."""
    multi = frozenset(multi_valued)
    filters: dict[str, Any] = {}
    for key, value in pairs:
        if key in NOT_FILTERS:
            continue
        if key in multi:
            filters.setdefault(key, []).append(value)
        else:
            filters[key] = value
    return filters


def public_url(path: str, schemes: Mapping[str, str], query: str = "") -> str:
    """``path`` on the WebSocket server's public origin in the given scheme family, or on the page's own origin."""
    base = settings.REALTIME_PUBLIC_URL.strip()
    if not base:
        return f"{path}?{query}" if query else path
    parts = urlsplit(base)
    scheme = schemes.get(parts.scheme.lower(), parts.scheme)
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + path, query, ""))


def shown_ids(days: Iterable[Mapping[str, Any]]) -> list[int]:
    return [event.pk for day in days for event in day["events"]]


@register.simple_tag
def live_banner(listing: Any) -> dict[str, str] | None:
    if listing is None or listing.errors:
        return None
    pairs = [(key, value) for key, value in listing.pairs if key not in NOT_FILTERS]
    return {
        "filters": json.dumps(live_filters(pairs, EventFilterSet.MULTI_VALUED), separators=(",", ":")),
        "ws": public_url(WS_PATH, WS_SCHEMES),
        "sse": public_url(SSE_PATH, HTTP_SCHEMES, urlencode(pairs)),
        "shown": json.dumps(shown_ids(listing.days), separators=(",", ":")),
    }
