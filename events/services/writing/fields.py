"""Field values of canonical events: the vocabulary of the write step and how a record becomes columns.

Owns the constants every write module shares (which fields an event has, which a duplicate may fill,
moderation outcomes, trust ranks), the conversion of a normalized record into an event's field values,
and the merge of an in-batch cluster into its canonical record. No queries here.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils.text import slugify

from events.models import Event, EventStatus
from events.pipeline.dedup import merge_fields
from events.pipeline.normalize import parse_moment
from events.pipeline.urls import is_http_url
from events.vocabulary import TRUST_RANK, Action
from events.zones import zone_or_utc

if TYPE_CHECKING:
    from events.services.processing import Item
    from events.services.state import PipelineState

MODERATION = {Action.PUBLISH: Event.ModerationStatus.PUBLISHED, Action.HOLD: Event.ModerationStatus.HELD}
FINAL_MODERATION = frozenset({Event.ModerationStatus.REJECTED})
# Filled from a duplicate listing when the event lacks them.
FILLABLE = ("description", "image_url", "ticket_url", "url", "venue", "venue_name", "address", "latitude", "longitude",
            "price_min", "price_max", "currency", "organizer", "links")  # fmt: skip
# What counts as a blank a duplicate may fill ("links" is an empty list when blank).
BLANK: tuple[Any, ...] = (None, "", [])
EVENT_FIELDS = (
    "title", "slug", "description", "start", "end", "all_day", "timezone", "city", "venue", "venue_name", "address",
    "latitude", "longitude", "organizer", "url", "ticket_url", "image_url", "cost_type", "price_min", "price_max",
    "currency", "status", "sold_out", "online", "rrule", "source_category", "category", "subcategory",
    "category_confidence", "category_method", "tags", "quality_score", "source_title", "links",
)  # fmt: skip
# Foreign keys among EVENT_FIELDS: their values are ids, their columns end in _id.
FOREIGN_KEYS = frozenset({"city", "venue", "organizer", "category", "subcategory"})
FILLABLE_COLUMNS = tuple(f"{name}_id" if name in FOREIGN_KEYS else name for name in FILLABLE)
START_NOT_NORMALIZED = "start {start!r} was not normalized"
# An event's documents (agenda, minutes, video): bounded, http(s) only, whatever an older staged record holds.
MAX_LINKS = 20
LINK_LABEL_LENGTH = 80
LINK_URL_LENGTH = 1000
DEFAULT_LINK_LABEL = "Link"


def column(name: str) -> str:
    """The attribute (and ``values()`` key) holding an event field's value: ``venue`` → ``venue_id``."""
    return f"{name}_id" if name in FOREIGN_KEYS else name


def span(record: Mapping[str, Any], zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime | None]:
    """Start and end as aware datetimes. All-day events run from local midnight to the midnight after."""
    start, end = parse_moment(record["start"]), parse_moment(record.get("end"))
    if start is None:
        raise ValueError(START_NOT_NORMALIZED.format(start=record.get("start")))
    if not isinstance(start, dt.datetime):
        last_day = end if isinstance(end, dt.date) and not isinstance(end, dt.datetime) else start
        return (
            dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
        )
    return start, end if isinstance(end, dt.datetime) and end >= start else None


def money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(round(float(value), 2)))


def event_links(value: Any) -> list[dict[str, str]]:
    """[{"label", "url"}] for the Event: absolute http(s) URLs only, each once, at most MAX_LINKS.

    normalize cleans links already; this is the last gate before a column every page renders as an href.
    """
    links: list[dict[str, str]] = []
    seen: set[str] = set()
    for item in value if isinstance(value, list | tuple) else ():
        url = item.get("url") if isinstance(item, Mapping) else None
        if not isinstance(url, str) or len(url) > LINK_URL_LENGTH or url in seen:
            continue
        if not is_http_url(url):  # never raises: "http://[::1" is skipped, not a failed write
            continue
        seen.add(url)
        label = item.get("label")
        label = " ".join(label.split())[:LINK_LABEL_LENGTH] if isinstance(label, str) else ""
        links.append({"label": label or DEFAULT_LINK_LABEL, "url": url})
        if len(links) == MAX_LINKS:
            break
    return links


def source_title(record: Mapping[str, Any]) -> str:
    """The source's own title when it differs from the one published, else blank."""
    given = record.get("source_title")
    if not isinstance(given, str) or given == record.get("title"):
        return ""
    return given[:300]


def rank(trust_level: str, priority: int) -> tuple[int, int]:
    """How sources compare when two list one event: trust first, then the source's priority."""
    return TRUST_RANK.get(trust_level, 0), priority


def slug_of(name: str | None) -> str:
    """The slug venues and organizers are keyed by."""
    if not name:
        return ""
    return _slug(name) if isinstance(name, str) else slugify(name, allow_unicode=True)[:200]


@functools.lru_cache(maxsize=16384)
def _slug(name: str) -> str:
    """slug_of for a string, cached per process: a batch slugs each record's venue and organizer three times, and
    venues repeat across records (Django's slugify normalizes Unicode and runs two regexes each time). Pure."""
    return slugify(name, allow_unicode=True)[:200]


def merged(item: Item, members: Mapping[str, list[Item]], *, state: PipelineState) -> dict[str, Any]:
    """The canonical record's fields: the best of its in-batch duplicates (primary sources first)."""
    duplicates = members.get(f"{item.source.slug}:{item.external_id}", [])
    if not duplicates:
        return item.record
    views = [
        {**member.record, "source": member.source.slug, "adapter": member.source.adapter,
         "trust_level": member.source.trust_level, "first_seen": member.first_seen.isoformat()}
        for member in (item, *duplicates)
    ]  # fmt: skip
    return {**item.record, **merge_fields(views, config=state.dedup_config)}


def record_city(record: Mapping[str, Any], fallback: int | None) -> int | None:
    """The city a record's event belongs to: the one normalize placed it in; else (no places were matched)
    its source's; none when its own location is outside every known city (it is held for a moderator)."""
    if record.get("outside_area"):
        return None
    return record.get("city_id") or fallback


def event_fields(
    record: Mapping[str, Any],
    *,
    state: PipelineState,
    venues: Mapping[Any, int],
    organizers: Mapping[str, int],
    city_fallback: int | None,
) -> dict[str, Any]:
    """EVENT_FIELDS' values for ``record`` (foreign keys as ids, by field name)."""
    city: Mapping[str, Any] = state.cities.get(record.get("city_id") or city_fallback or 0) or {}
    zone_name = record.get("timezone") or city.get("timezone")
    zone = zone_or_utc(zone_name)
    start, end = span(record, zone)
    city_id = record_city(record, city_fallback)
    ids = state.category_ids
    return {
        "title": record["title"][:300],
        "slug": slugify(record["title"], allow_unicode=True)[:300] or "event",
        "description": record.get("description") or "",
        "start": start,
        "end": end,
        "all_day": bool(record.get("all_day")),
        "timezone": zone.key,
        "city": city_id,
        "venue": record.get("venue_id") or venues.get((city_id, slug_of(record.get("venue_name")))),
        "venue_name": (record.get("venue_name") or "")[:200],
        "address": (record.get("address") or "")[:300],
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "organizer": organizers.get(slug_of(record.get("organizer"))),
        "url": record.get("url") or "",
        "ticket_url": record.get("ticket_url") or "",
        "image_url": record.get("image_url") or "",
        "cost_type": record.get("cost_type") or "unknown",
        "price_min": money(record.get("price_min")),
        "price_max": money(record.get("price_max")),
        "currency": record.get("currency") or "",
        "status": record.get("status") or EventStatus.SCHEDULED,
        "sold_out": bool(record.get("sold_out")),
        "online": bool(record.get("online")),
        "rrule": (record.get("rrule") or "")[:500],
        "source_category": (record.get("source_category") or "")[:300],
        "category": ids.get(record.get("category") or ""),
        "subcategory": ids.get(record.get("subcategory") or ""),
        "category_confidence": record.get("category_confidence"),
        "category_method": record.get("category_method") or "",
        "tags": record.get("tags") or [],
        "quality_score": record.get("quality_score"),
        "source_title": source_title(record),
        "links": event_links(record.get("links")),
    }
