"""Inbound webhooks: partners push normalized events (ARCHITECTURE.md §4.1 JSON) to us.

A webhook source is never fetched; ``POST /webhooks/sources/<slug>/`` hands the signed body to
``parse``. The body is one event object or a list of them. ``manage.py extract body.json --kind webhook``
parses a saved body the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import money, parse_datetime, zone
from sources.adapters.registry import register

NOT_JSON = "The body is not JSON: {error}"
NOT_EVENTS = "The body must be an event object or a list of event objects."
TOO_MANY = "At most {limit} events per request; split the batch."
ITEM_NOT_OBJECT = "Item {index} is not an object."
NO_EXTERNAL_ID = "Item {index} has no external_id (a stable id of the event in your system)."
NOT_FETCHED = "Webhook sources are pushed to /webhooks/sources/<slug>/, not fetched."
NO_TITLE = "missing title"
BAD_START = "missing or unreadable start (ISO 8601 with a UTC offset, or a date)"
MAX_ITEMS = 500
TEXT_FIELDS = (
    "description", "venue_name", "address", "city", "country", "url", "ticket_url", "image_url", "organizer",
    "currency", "rrule", "source_category",
)  # fmt: skip


@register
class WebhookAdapter(Adapter):
    name = "webhook"
    label = "Inbound webhook (signed POSTs of §4.1 events)"
    complete_listing = False  # a push carries some events, never "all of them"

    def fetch(self) -> Iterator[ParsedRecord]:
        raise AdapterError(NOT_FETCHED)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        for index, item in enumerate(validate_body(payload)):
            yield self._record(item, index)

    def _record(self, item: Mapping[str, Any], index: int) -> ParsedRecord:
        external_id = str(item["external_id"])
        tz = zone(item.get("timezone"), self.context.default_timezone)
        start = parse_datetime(item.get("start"), tz=tz)
        title = str(item.get("title") or "").strip()
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(item))
        if start is None:
            return RejectedRecord(external_id=external_id, reason=BAD_START, raw=dict(item))
        texts = {key: str(item[key]) for key in TEXT_FIELDS if isinstance(item.get(key), str | int | float)}
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            start=start,
            end=parse_datetime(item.get("end"), tz=tz),
            all_day=bool(item.get("all_day")),
            timezone=tz.key if tz else None,
            latitude=_number(item.get("latitude")),
            longitude=_number(item.get("longitude")),
            cost_type=str(item.get("cost_type") or "unknown"),
            price_min=money(item.get("price_min")),
            price_max=money(item.get("price_max")),
            status=str(item.get("status") or "scheduled"),
            online=bool(item.get("online")),
            tags=[tag for tag in tags if isinstance(tag, str)] if isinstance(tags := item.get("tags"), list) else [],
            **texts,
        )


def validate_body(payload: bytes) -> list[Mapping[str, Any]]:
    """The body's events, or AdapterError saying what is wrong with its shape (→ HTTP 400)."""
    try:
        body = json.loads(payload)
    except ValueError as exc:
        raise AdapterError(NOT_JSON.format(error=exc)) from None
    items = [body] if isinstance(body, dict) else body
    if not isinstance(items, list) or not items:
        raise AdapterError(NOT_EVENTS)
    if len(items) > MAX_ITEMS:
        raise AdapterError(TOO_MANY.format(limit=MAX_ITEMS))
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise AdapterError(ITEM_NOT_OBJECT.format(index=index))
        if not str(item.get("external_id") or "").strip():
            raise AdapterError(NO_EXTERNAL_ID.format(index=index))
    return items


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None
