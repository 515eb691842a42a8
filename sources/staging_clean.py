"""The staging boundary: what an adapter produced, made safe to store. Pure (no database access).

Anything that reaches a StagedEvent must be storable on every backend and readable by every page: valid
Unicode without NUL (PostgreSQL refuses it in text and JSON), lone surrogates (no encoder accepts them) or
control characters (they break terminals and XML), numbers JSON can carry (PostgreSQL's jsonb refuses NaN),
and identifiers within their column. A record that cannot be made safe is quarantined with its reason
instead of stopping the batch it came in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
import operator
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import models

from events.models import Event, StagedEvent
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord
from sources.decoding import strip_controls
from sources.models import Source

UNSTAGEABLE = "Record could not be staged ({kind}): {error}"
EMPTY_ID = "Record has no usable identifier after cleaning."
# The payload key that keeps an identifier too long for its column, so nothing the source said is lost.
ORIGINAL_ID_KEY = "external_id_original"


def _length(model: type[models.Model], name: str) -> int:
    field = model._meta.get_field(name)
    assert isinstance(field, models.CharField)  # noqa: S101 - a column renamed away is a programming error
    return field.max_length or 0


EXTERNAL_ID_LENGTH = _length(StagedEvent, "external_id")
ETAG_LENGTH = _length(Source, "http_etag")
LAST_MODIFIED_LENGTH = _length(Source, "http_last_modified")
# Readable prefix kept in front of the hash of an over-long identifier (operators search by it).
_ID_PREFIX = 200


# Free text is cut at its column: a long title is still a title. Structured values (URLs, zone names, rules)
# are dropped when too long: a cut URL or RRULE is wrong, an absent one only missing.
_TRIMMED = {name: _length(Event, name) for name in ("title", "venue_name", "address", "source_category")} | {
    "organizer": 200,
    "city": 120,
}
_DROPPED = {name: _length(Event, name) for name in ("url", "ticket_url", "image_url", "timezone", "rrule", "currency")}


# Every character strip_controls removes or starts removing (a terminal escape begins with ESC, \x1b): text
# without one is returned as it is, after one search, instead of two substitutions that change nothing.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# RawEvent's fields, computed once (dataclasses.fields() per record showed in profiles).
_EVENT_FIELDS = tuple(field.name for field in dataclasses.fields(RawEvent))
# All of a RawEvent's values in one C call, in _EVENT_FIELDS order.
_EVENT_VALUES = operator.attrgetter(*_EVENT_FIELDS)
# The column limit of each text field, cut or dropped: a value within it needs neither.
_LIMITS = _TRIMMED | _DROPPED
_TAG_LENGTH = 100


def clean_text(value: str) -> str:
    """Text safe for every column: no NUL, control characters or lone surrogates (TAB, LF, CR kept)."""
    return value if _UNSAFE.search(value) is None else strip_controls(value)


def clean_json(value: Any) -> Any:
    """A JSON-ready copy of ``value`` with every string cleaned, keys included; odd types become text."""
    if isinstance(value, str):
        return clean_text(value)
    if value is None or isinstance(value, bool | int):
        return value
    if type(value) is dict:  # the common container, before the slower abstract Mapping check below
        return _clean_mapping(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else None
    if isinstance(value, Mapping):
        return _clean_mapping(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [clean_json(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return clean_text(bytes(value).decode("utf-8", errors="replace"))
    return clean_text(str(value))


def _clean_mapping(value: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        (key if type(key) is str and _UNSAFE.search(key) is None else clean_text(str(key))): clean_json(item)
        for key, item in value.items()
    }


def staging_id(external_id: str) -> str:
    """The identifier as stored: cleaned, and an over-long one shortened to a stable prefix + hash form.

    The hash is taken over the whole cleaned identifier, so the same long UID always maps to the same row.
    """
    cleaned = clean_text(str(external_id)).strip()
    if len(cleaned) <= EXTERNAL_ID_LENGTH:
        return cleaned
    digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
    return f"{cleaned[:_ID_PREFIX]}…#sha256:{digest}"


def clean_validator(value: str | None, *, limit: int) -> str:
    """An ETag / Last-Modified value to remember, or "" when it cannot be stored (the next GET is unconditional)."""
    cleaned = clean_text(value or "").strip()
    return cleaned if len(cleaned) <= limit and cleaned == (value or "").strip() else ""


@dataclasses.dataclass(frozen=True, slots=True)
class StagingRecord:
    """One record ready to stage: its stored identifier, the cleaned record, and the original id if shortened."""

    external_id: str
    record: ParsedRecord
    original_id: str | None = None
    # The payload, computed once by staging_record (it proves the record serialises); not to be mutated.
    cached: dict[str, Any] | None = dataclasses.field(default=None, compare=False, repr=False)

    def payload(self) -> dict[str, Any]:
        """The JSON stored in StagedEvent.raw (a RawEvent's §4.1 dict, or a rejected record's own data)."""
        if self.cached is not None:
            return self.cached
        raw = clean_json(self.record.to_json() if isinstance(self.record, RawEvent) else dict(self.record.raw))
        if self.original_id is not None:
            raw[ORIGINAL_ID_KEY] = self.original_id
        return raw


def _clean_event(event: RawEvent, external_id: str) -> RawEvent:
    changes: dict[str, Any] = {"external_id": external_id} if external_id != event.external_id else {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if (type(value) is not str and not isinstance(value, str)) or name == "external_id":
            continue
        cleaned: str | None = clean_text(value)
        if name in _TRIMMED and len(value) > _TRIMMED[name]:
            cleaned = clean_text(value)[: _TRIMMED[name]].rstrip()
        elif name in _DROPPED and len(value) > _DROPPED[name]:
            cleaned = None
        if cleaned != value:
            changes[name] = cleaned
    tags = [clean_text(str(tag))[:_TAG_LENGTH] for tag in event.tags if clean_text(str(tag)).strip()]
    if tags != event.tags:
        changes["tags"] = tags
    # Most records need nothing: replace() re-runs RawEvent's checks, so it is only paid for a change.
    return dataclasses.replace(event, **changes) if changes else event


def _event_payload(event: RawEvent) -> dict[str, Any]:
    """``clean_json(event.to_json())`` for an event _clean_event returned, without walking what is clean.

    Its text fields are clean already, and plain scalars need nothing: only the rest (times, prices, tags,
    odd types an adapter left) goes through clean_json, which turns them into what to_json would give.
    """
    payload: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        kind = type(value)
        if kind is str or value is None or kind is bool or kind is int:
            payload[name] = value
        elif kind is dt.datetime or kind is dt.date:
            payload[name] = value.isoformat()
        elif kind is float:
            payload[name] = value if math.isfinite(value) else None
        else:
            payload[name] = clean_json(value)
    return payload


def _clean_payload(event: RawEvent, external_id: str) -> dict[str, Any] | None:
    """The payload of an event that needs no cleaning, in one pass; None when anything needs the full path.

    What it accepts, the full path (_clean_event + _event_payload) would leave as it is: text that is clean
    and within its column, tags that are clean non-blank text within their length, plain scalars, times.
    Every text value is checked by one search over all of them joined (LF, the separator, is allowed).
    """
    payload = dict(zip(_EVENT_FIELDS, _EVENT_VALUES(event), strict=True))
    if payload["external_id"] != external_id:
        return None
    texts: list[str] = []
    for name, value in payload.items():
        kind = type(value)
        if kind is str:
            if len(value) > _LIMITS.get(name, len(value)):
                return None
            texts.append(value)
        elif kind is list and name == "tags" and _plain_tags(value):
            texts += value
            payload[name] = list(value)  # the payload never shares a list with the record
        elif (plain := _plain_value(value)) is not _NEEDS_CLEANING:
            payload[name] = plain
        else:
            return None
    return payload if _UNSAFE.search("\n".join(texts)) is None else None


_NEEDS_CLEANING = object()


def _plain_value(value: Any) -> Any:
    """A non-text value as the full path would store it, or _NEEDS_CLEANING when only that path can tell."""
    kind = type(value)
    if value is None or kind is bool or kind is int:
        return value
    if kind is dt.datetime or kind is dt.date:
        return value.isoformat()
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is Decimal:
        return float(value) if value.is_finite() else None
    if kind is list and not value:  # links and evidence are mostly empty: nothing to clean
        return []
    return _NEEDS_CLEANING


def _plain_tags(tags: list[Any]) -> bool:
    """Tags _clean_event keeps as they are (their text still to be searched): non-blank text within length."""
    return all(type(tag) is str and len(tag) <= _TAG_LENGTH and tag.strip() for tag in tags)


def staging_record(record: ParsedRecord) -> StagingRecord:
    """The record made safe to stage; one that cannot be becomes a RejectedRecord with its reason."""
    original = clean_text(str(record.external_id)).strip()
    external_id = staging_id(original)  # cleaning is idempotent: the same as from the raw identifier
    original_id = original if original != external_id else None
    if not external_id:
        external_id = _empty_id(record)
        return StagingRecord(external_id, RejectedRecord(external_id, EMPTY_ID, clean_json(_raw_of(record))))
    try:
        if isinstance(record, RawEvent):
            # Computed here, once: it proves the record serialises (a failure quarantines it below).
            payload = _clean_payload(record, external_id)
            cleaned = record
            if payload is None:
                cleaned = _clean_event(record, external_id)
                payload = _event_payload(cleaned)
            if original_id is not None:
                payload[ORIGINAL_ID_KEY] = original_id
            return StagingRecord(external_id, cleaned, original_id, cached=payload)
        reason = clean_text(record.reason)
        return StagingRecord(
            external_id, RejectedRecord(external_id, reason, clean_json(dict(record.raw))), original_id
        )
    except Exception as exc:  # noqa: BLE001 - one unreadable record is quarantined, never the batch
        reason = UNSTAGEABLE.format(kind=type(exc).__name__, error=clean_text(str(exc))[:300])
        return StagingRecord(external_id, RejectedRecord(external_id, reason, {}), original_id)


def staging_key(record: ParsedRecord) -> str:
    """The identifier ``staging_record(record)`` stores the record under, without cleaning the rest of it."""
    return staging_id(record.external_id) or _empty_id(record)


def _empty_id(record: ParsedRecord) -> str:
    # Nothing left to key it on: a stable id from the original bytes keeps it one row across fetches.
    digest = hashlib.sha256(repr(record.external_id).encode("utf-8", "backslashreplace")).hexdigest()
    return f"empty-id#sha256:{digest}"


def _raw_of(record: ParsedRecord) -> dict[str, Any]:
    try:
        return record.to_json() if isinstance(record, RawEvent) else dict(record.raw)
    except Exception:  # noqa: BLE001 - only kept for the operator's eyes
        return {}
