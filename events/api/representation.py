"""The public shape of an event: one function turns a ``.values()`` row (or an Event) into the API's dict.

This is a contract. The list endpoint (/api/v1/events/), the detail endpoint, trending and similar lists and
the live WebSocket pushes all send exactly this dict for an event, so a client parses one shape everywhere.
Build rows with ``event_rows(queryset)`` (a ``.values()`` over ``LIST_FIELDS``, no model instances on the hot
list) and turn each with ``event_dict(row)``; ``event_dict_from_event(event)`` does the same for an instance.

Absolute URLs are built from ``settings.SITE_URL`` (never the request's Host), so a cached answer is right for
every client and a push without a request says the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.urls import get_script_prefix, get_urlconf, reverse

from events.formatting import price_text, zone_label
from events.links import site_url
from events.routes import EVENT_PAGE, EVENTS_AT, ROUTED_IN
from events.services.writing.fields import event_links
from events.zones import zone_or_utc

# Columns a list row needs (``QuerySet.values(*LIST_FIELDS)``).
LIST_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "slug",
    "start",
    "end",
    "all_day",
    "timezone",
    "city__slug",
    "city__name",
    "city__country",
    "venue_id",
    "venue__name",
    "venue_name",
    "address",
    "latitude",
    "longitude",
    "category__slug",
    "category__name",
    "subcategory__slug",
    "subcategory__name",
    "tags",
    "cost_type",
    "price_min",
    "price_max",
    "currency",
    "status",
    "online",
    "sold_out",
    "image_url",
    "ticket_url",
)


# Path characters ``reverse`` leaves as they are (unreserved in RFC 3986): a slug made of them needs no quoting.
_PLAIN_SLUG = re.compile(r"[A-Za-z0-9_.~-]+")
_PK_MARK, _SLUG_MARK = 918273645, "slugmark"
# A route's literal text that reverse() leaves unquoted and that holds no converter: "/", "/events/".
_PLAIN_ROUTE = re.compile(r"[A-Za-z0-9_.~/-]*")


def event_page_url(pk: int, slug: str) -> str:
    return page_url_builder()(pk, slug)


def page_url_builder() -> Callable[[int, str], str]:
    """``event_page_url`` for many events: the script prefix and URLconf (context-local lookups, most of a URL's
    cost) read once, for a list of rows built in one go."""
    template = _detail_path(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)

    def page_url(pk: int, slug: str) -> str:
        slug = slug or "event"
        if template is not None and type(pk) is int and pk >= 0 and _PLAIN_SLUG.fullmatch(slug):
            head, middle, tail = template
            return site_url(f"{head}{pk}{middle}{slug}{tail}")
        return site_url(reverse("events:detail", kwargs={"pk": pk, "slug": slug}))

    return page_url


@functools.lru_cache(maxsize=16)
def _detail_path(prefix: str, urlconf: Any) -> tuple[str, str, str] | None:
    """The event page's path around its pk and slug, reversed once per script prefix and URLconf (``reverse``
    costs more than the rest of an API row); None when the markers do not split it cleanly. Under the site's own
    URLconf at the root it is read from events/routes.py instead, without importing the URLconf (see there)."""
    if prefix == "/" and urlconf == ROUTED_IN and (routed := _routed_path()) is not None:
        return routed
    return _reversed_path(urlconf)


def _routed_path() -> tuple[str, str, str] | None:
    """What ``_reversed_path`` gives for ROUTED_IN at the root, from the route's text: None for a route whose text
    reverse would not keep as it is (a converter other than the two, a character it quotes)."""
    head, _pk, rest = f"/{EVENTS_AT}{EVENT_PAGE}".partition("<int:pk>")
    middle, _slug, tail = rest.partition("<str:slug>")
    plain = all(_PLAIN_ROUTE.fullmatch(part) for part in (head, middle, tail))
    if not _pk or not _slug or not plain or head.startswith("//"):  # (reverse writes a leading // as /%2F)
        return None
    return head, middle, tail


def _reversed_path(urlconf: Any) -> tuple[str, str, str] | None:
    path = reverse("events:detail", kwargs={"pk": _PK_MARK, "slug": _SLUG_MARK}, urlconf=urlconf)
    head, _mark, rest = path.partition(str(_PK_MARK))
    middle, _mark, tail = rest.partition(_SLUG_MARK)
    if path.count(str(_PK_MARK)) != 1 or rest.count(_SLUG_MARK) != 1 or _SLUG_MARK in head:
        return None
    return head, middle, tail


def local_iso(value: dt.datetime | None, timezone: str) -> str | None:
    """ISO 8601 with the event's own offset: "2025-03-01T19:30:00+05:30"."""
    if value is None:
        return None
    return value.astimezone(zone_or_utc(timezone)).isoformat()


def decimal_text(value: Decimal | None) -> str | None:
    """A price as a string ("10.00"): exact, unlike a JSON number."""
    return None if value is None else str(value)


def _pair(slug: str | None, name: str | None) -> dict[str, str] | None:
    return None if slug is None else {"slug": slug, "name": name or ""}


def event_dict(row: Mapping[str, Any], *, page_url: Callable[[int, str], str] = event_page_url) -> dict[str, Any]:
    """One event in the public list representation, from a ``.values(*LIST_FIELDS)`` row (``page_url``: a
    ``page_url_builder()`` shared by the rows of one list)."""
    timezone = row["timezone"] or "UTC"
    venue_id = row["venue_id"]
    return {
        "id": row["id"],
        "title": row["title"],
        "url": page_url(row["id"], row["slug"]),
        "start": local_iso(row["start"], timezone),
        "end": local_iso(row["end"], timezone),
        "all_day": row["all_day"],
        "timezone": timezone,
        "timezone_name": zone_label(timezone),
        "city": _pair(row["city__slug"], row["city__name"]),
        "venue": None if venue_id is None else {"id": venue_id, "name": row["venue__name"] or ""},
        "venue_name": row["venue_name"],
        "address": row["address"],
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "category": _pair(row["category__slug"], row["category__name"]),
        "subcategory": _pair(row["subcategory__slug"], row["subcategory__name"]),
        "tags": list(row["tags"] or []),
        "cost_type": row["cost_type"],
        "price_min": decimal_text(row["price_min"]),
        "price_max": decimal_text(row["price_max"]),
        "currency": row["currency"],
        "price_display": price_text(
            row["cost_type"], row["price_min"], row["price_max"], row["currency"], row["city__country"] or ""
        ),
        "status": row["status"],
        "online": row["online"],
        "sold_out": row["sold_out"],
        "image_url": row["image_url"],
        "ticket_url": row["ticket_url"],
    }


def event_rows(queryset: QuerySet[Any]) -> Iterable[Mapping[str, Any]]:
    """The rows ``event_dict`` reads, straight from the database (no model instances)."""
    return queryset.values(*LIST_FIELDS)


def event_dicts(queryset: QuerySet[Any]) -> list[dict[str, Any]]:
    page_url = page_url_builder()
    return [event_dict(row, page_url=page_url) for row in event_rows(queryset)]


def event_row_from_event(event: Any) -> dict[str, Any]:
    """The ``LIST_FIELDS`` row of an Event instance (related objects read if loaded or loadable)."""
    city, venue, category, subcategory = event.city, event.venue, event.category, event.subcategory
    row: dict[str, Any] = {}
    for field in LIST_FIELDS:
        if "__" not in field:
            row[field] = getattr(event, field)
    row.update(
        {
            "city__slug": getattr(city, "slug", None),
            "city__name": getattr(city, "name", None),
            "city__country": getattr(city, "country", None),
            "venue__name": getattr(venue, "name", None),
            "category__slug": getattr(category, "slug", None),
            "category__name": getattr(category, "name", None),
            "subcategory__slug": getattr(subcategory, "slug", None),
            "subcategory__name": getattr(subcategory, "name", None),
        }
    )
    return row


def event_documents(event: Any) -> dict[str, Any]:
    """What the detail adds about the event's own documents: its links (agenda, minutes, video…) and the
    title its source wrote, when that differs from the published one (null otherwise)."""
    links = event_links(event.links)  # http(s) only, checked again: the column has other writers than ours
    differs = bool(event.source_title) and event.source_title != event.title
    return {"links": links, "source_title": event.source_title if differs else None}


def event_dict_from_event(event: Any) -> dict[str, Any]:
    """``event_dict`` of an Event instance (for pushes that hold the instance already)."""
    return event_dict(event_row_from_event(event))
