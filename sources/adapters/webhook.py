"""Inbound webhooks: partners push normalized events (docs/event-format.md) to us.

A webhook source is never fetched; ``POST /webhooks/sources/<slug>/`` hands the signed body to
``parse``. The body is one event object or a list of them. ``manage.py extract body.json --kind webhook``
parses a saved body the same way.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import money, parse_datetime, zone
from sources.adapters.registry import register

NOT_JSON = "The body is not JSON: {error}"
NOT_UTF8 = "The body is not JSON: it must be UTF-8 text."
NOT_A_NUMBER = "The body is not JSON: {constant} is not a JSON number; send null for an unknown value."
TOO_DEEP = "The body is nested more than {limit} levels deep; events are flat objects."
NOT_EVENTS = "The body must be an event object or a list of event objects."
TOO_MANY = "At most {limit} events per request; split the batch."
ITEM_NOT_OBJECT = "Item {index} is not an object."
NO_EXTERNAL_ID = (
    "Item {index} has no external_id (a stable id of the event in your system: a non-empty string or an integer)."
)
NOT_FETCHED = "Webhook sources are pushed to /webhooks/sources/<slug>/, not fetched."
NO_TITLE = "missing title"
BAD_START = "missing or unreadable start (ISO 8601 with a UTC offset, or a date)"
MAX_ITEMS = 500
# An event is an object of scalars, lists of tags and at most a small object or two; anything deeper is not
# an event, and deep structures would cost every later recursive step (cleaning, JSON columns) its stack.
MAX_DEPTH = 16
TEXT_FIELDS = (
    "description", "venue_name", "address", "city", "country", "url", "ticket_url", "image_url", "organizer",
    "currency", "rrule", "source_category",
)  # fmt: skip


class _NotANumberError(ValueError):
    pass


@register
class WebhookAdapter(Adapter):
    name = "webhook"
    label = "Inbound webhook (signed POSTs of §4.1 events)"
    source_kind = "webhook"  # never fetched: partners POST to it, so it has nothing to configure
    complete_listing = False  # a push carries some events, never "all of them"

    def fetch(self) -> Iterator[ParsedRecord]:
        raise AdapterError(NOT_FETCHED)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        for index, item in enumerate(validate_body(payload)):
            yield self._record(item, index)

    def _record(self, item: Mapping[str, Any], index: int) -> ParsedRecord:
        external_id = str(item["external_id"]).strip()
        tz = zone(item.get("timezone"), self.context.default_timezone)
        start = parse_datetime(_scalar(item.get("start")), tz=tz)
        title = (_text(item.get("title")) or "").strip()
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(item))
        if start is None:
            return RejectedRecord(external_id=external_id, reason=BAD_START, raw=dict(item))
        texts: dict[str, Any] = {key: text for key in TEXT_FIELDS if (text := _text(item.get(key))) is not None}
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            start=start,
            end=parse_datetime(_scalar(item.get("end")), tz=tz),
            all_day=item.get("all_day") is True,
            timezone=tz.key if tz else None,
            latitude=_number(item.get("latitude"), limit=90),
            longitude=_number(item.get("longitude"), limit=180),
            cost_type=_text(item.get("cost_type")) or "unknown",
            price_min=money(_scalar(item.get("price_min"))),
            price_max=money(_scalar(item.get("price_max"))),
            status=_text(item.get("status")) or "scheduled",
            online=item.get("online") is True,
            tags=[tag for tag in tags if isinstance(tag, str)] if isinstance(tags := item.get("tags"), list) else [],
            **texts,
        )


def validate_body(payload: bytes) -> list[Mapping[str, Any]]:
    """The body's events, or AdapterError saying what is wrong with its shape (→ HTTP 400)."""
    body = _load(payload)
    items = [body] if isinstance(body, dict) else body
    if not isinstance(items, list) or not items:
        raise AdapterError(NOT_EVENTS)
    if len(items) > MAX_ITEMS:
        raise AdapterError(TOO_MANY.format(limit=MAX_ITEMS))
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise AdapterError(ITEM_NOT_OBJECT.format(index=index))
        if not _valid_id(item.get("external_id")):
            raise AdapterError(NO_EXTERNAL_ID.format(index=index))
    return items


def _load(payload: bytes) -> Any:
    try:
        text = payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AdapterError(NOT_UTF8) from None
    try:
        body = json.loads(text, parse_constant=_refuse_constant)
    except _NotANumberError as exc:
        raise AdapterError(NOT_A_NUMBER.format(constant=exc)) from None
    except RecursionError:  # the decoder recurses per level: a deep body ends here, before any depth check
        raise AdapterError(TOO_DEEP.format(limit=MAX_DEPTH)) from None
    except ValueError as exc:
        raise AdapterError(NOT_JSON.format(error=exc)) from None
    if _depth(body) > MAX_DEPTH:
        raise AdapterError(TOO_DEEP.format(limit=MAX_DEPTH))
    return body


def _refuse_constant(constant: str) -> Any:
    # Python's decoder accepts NaN and ±Infinity, which JSON (and PostgreSQL's jsonb) do not.
    raise _NotANumberError(constant)


def _depth(value: Any) -> int:
    """Nesting depth of decoded JSON, without recursion (so any depth is measured, not a crash)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _valid_id(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, int) and not isinstance(value, bool)


def _scalar(value: Any) -> Any:
    """Strings and numbers as they are; objects and lists (never a date, a price or a time) as None."""
    return value if isinstance(value, str | int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    """A text field: a string, or a finite number written as text; anything else is not that field."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(value)
    return None


def _number(value: Any, *, limit: float) -> float | None:
    """A coordinate: a finite number (or numeric text) within ±limit, else None."""
    if value is None or isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None
