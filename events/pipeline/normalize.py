"""Normalize: validate and tidy one source record into the §4.1 shape, or say why it cannot be used.

Errors reject the record (it is quarantined with them); warnings are repairs the record survives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from events.pipeline.text import plain_text, single_line

COST_TYPES = frozenset({"free", "paid", "donation", "variable", "unknown"})
STATUSES = frozenset({"scheduled", "cancelled", "postponed", "rescheduled"})
CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_TAGS = 20

MISSING_TITLE = "missing title"
MISSING_START = "missing start"
BAD_START = "unreadable start {value!r}"
BAD_END = "unreadable end {value!r} (dropped)"
END_BEFORE_START = "end before start (end dropped)"
NAIVE_START = "start has no UTC offset"
BAD_TIMEZONE = "unknown timezone {value!r} (dropped)"
BAD_URL = "{field} is not an absolute http(s) URL (dropped)"
BAD_COORDINATES = "coordinates out of range (dropped)"
BAD_PRICE = "{field} is not a non-negative number (dropped)"
BAD_COST_TYPE = "unknown cost_type {value!r} (set to unknown)"
BAD_STATUS = "unknown status {value!r} (set to scheduled)"
BAD_CURRENCY = "currency {value!r} is not an ISO 4217 code (dropped)"

# The §4.1 contract, in its order: what `extract` prints and what the pipeline works on.
FIELDS = (
    "source", "external_id", "title", "description", "start", "end", "all_day", "timezone", "venue_name",
    "address", "city", "country", "latitude", "longitude", "url", "ticket_url", "image_url", "organizer",
    "cost_type", "price_min", "price_max", "currency", "status", "online", "rrule", "source_category", "tags",
)  # fmt: skip

TEXT_LIMITS = {
    "title": 300,
    "venue_name": 200,
    "address": 300,
    "city": 120,
    "country": 60,
    "organizer": 200,
    "source_category": 300,
    "rrule": 500,
}
DESCRIPTION_LIMIT = 10_000
URL_FIELDS = ("url", "ticket_url", "image_url")


@dataclasses.dataclass(slots=True)
class Normalized:
    record: dict[str, Any]
    errors: list[str] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_moment(value: object) -> dt.datetime | dt.date | None:
    """An ISO 8601 datetime (with offset) or date; None when unreadable."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        if len(raw) == 10:
            return dt.date.fromisoformat(raw)
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None


def _url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    candidate = value.strip()
    parts = urlsplit(candidate)
    if parts.scheme in ("http", "https") and parts.netloc and len(candidate) <= 1000 and " " not in candidate:
        return candidate
    return None


def _price(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _timezone(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return zoneinfo.ZoneInfo(value).key
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _tags(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    tags: list[str] = []
    for item in value:
        tag = single_line(str(item), max_length=50).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags[:MAX_TAGS]


def _normalize_times(record: dict[str, Any], result: Normalized) -> None:
    start = parse_moment(record.get("start"))
    if record.get("start") in (None, ""):
        result.errors.append(MISSING_START)
    elif start is None:
        result.errors.append(BAD_START.format(value=record.get("start")))
    elif isinstance(start, dt.datetime) and start.tzinfo is None:
        result.errors.append(NAIVE_START)
    end = parse_moment(record.get("end"))
    if record.get("end") not in (None, "") and end is None:
        result.warnings.append(BAD_END.format(value=record.get("end")))
    if start is not None and end is not None:
        comparable = isinstance(start, dt.datetime) == isinstance(end, dt.datetime)
        if not comparable or (isinstance(end, dt.datetime) and end.tzinfo is None) or end < start:
            result.warnings.append(END_BEFORE_START)
            end = None
    all_day = isinstance(start, dt.date) and not isinstance(start, dt.datetime)
    record["start"] = start.isoformat() if start is not None else None
    record["end"] = end.isoformat() if end is not None else None
    record["all_day"] = all_day


def _normalize_money(record: dict[str, Any], result: Normalized) -> None:
    cost_type = record.get("cost_type") or "unknown"
    if cost_type not in COST_TYPES:
        result.warnings.append(BAD_COST_TYPE.format(value=cost_type))
        cost_type = "unknown"
    for field in ("price_min", "price_max"):
        raw = record.get(field)
        record[field] = _price(raw)
        if raw is not None and record[field] is None:
            result.warnings.append(BAD_PRICE.format(field=field))
    if (
        record["price_min"] is not None
        and record["price_max"] is not None
        and record["price_max"] < record["price_min"]
    ):
        record["price_min"], record["price_max"] = record["price_max"], record["price_min"]
    if cost_type == "unknown" and record["price_max"] == 0:
        cost_type = "free"
    currency = record.get("currency")
    currency = currency.strip().upper() if isinstance(currency, str) else None
    if currency and not CURRENCY.match(currency):
        result.warnings.append(BAD_CURRENCY.format(value=record.get("currency")))
        currency = None
    record["cost_type"] = cost_type
    record["currency"] = currency or None


def _normalize_place(record: dict[str, Any], result: Normalized) -> None:
    latitude, longitude = record.get("latitude"), record.get("longitude")
    try:
        lat, lng = float(latitude), float(longitude)  # type: ignore[arg-type]
        valid = -90 <= lat <= 90 and -180 <= lng <= 180 and not (lat == 0 and lng == 0)
    except (TypeError, ValueError):
        lat = lng = 0.0
        valid = False
    if not valid and (latitude is not None or longitude is not None):
        result.warnings.append(BAD_COORDINATES)
    record["latitude"], record["longitude"] = (lat, lng) if valid else (None, None)


def normalize(raw: Mapping[str, Any]) -> Normalized:
    """One record in, one Normalized out. Never raises on bad data."""
    record: dict[str, Any] = dict(raw)
    result = Normalized(record=record)
    for field, limit in TEXT_LIMITS.items():
        record[field] = (
            single_line(record.get(field) if isinstance(record.get(field), str) else None, max_length=limit) or None
        )
    record["description"] = (
        plain_text(
            record.get("description") if isinstance(record.get("description"), str) else None,
            max_length=DESCRIPTION_LIMIT,
        )
        or None
    )
    if not record["title"]:
        result.errors.append(MISSING_TITLE)
    _normalize_times(record, result)
    timezone_name = _timezone(record.get("timezone"))
    if record.get("timezone") and timezone_name is None:
        result.warnings.append(BAD_TIMEZONE.format(value=record.get("timezone")))
    record["timezone"] = timezone_name
    for field in URL_FIELDS:
        value = _url(record.get(field))
        if record.get(field) and value is None:
            result.warnings.append(BAD_URL.format(field=field))
        record[field] = value
    _normalize_money(record, result)
    _normalize_place(record, result)
    status = record.get("status") or "scheduled"
    if status not in STATUSES:
        result.warnings.append(BAD_STATUS.format(value=status))
        status = "scheduled"
    record["status"] = status
    record["online"] = bool(record.get("online"))
    record["tags"] = _tags(record.get("tags"))
    result.record = {**{field: record.get(field) for field in FIELDS}, **record}
    return result


def normalize_batch(records: Iterable[Mapping[str, Any]]) -> list[Normalized]:
    return [normalize(record) for record in records]
