"""One record (a batch record, or one listing of an existing event) as the comparisons see it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from events.pipeline.dedup.config import EVENT_PREFIX, DedupConfig
from events.pipeline.dedup.text import _OCCURRENCE, _folded_name, _name_marks, _name_tokens, _Title, _title, _url_key
from events.pipeline.normalize import parse_moment


@dataclasses.dataclass(slots=True)
class _Node:
    """One record (a batch record, or one listing of an existing event) with what comparisons need."""

    index: int
    record: Mapping[str, Any]
    source: str
    external_id: str
    event_id: str | None
    title: _Title
    venue: tuple[str, ...]
    address: tuple[str, ...]
    places: frozenset[str]  # venue, address and city words: what a title may add to say where
    marks: frozenset[str]  # the venue name's words that say which place it is ("humboldt"), none for an address
    city: str | None
    latitude: float | None
    longitude: float | None
    minutes: float | None  # start as minutes since the epoch; None for all-day events
    offset: float | None  # the start's UTC offset in minutes
    offset_stated: bool  # the start carries its offset ("Z", "-05:00"); a naive start is only read as UTC
    zone_offset: float | None  # the UTC offset of the record's named time zone at its start, in minutes
    day: int | None  # local start date (ordinal)
    last_day: int | None  # last local date of an all-day event
    uid: tuple[str, str | None] | None
    url_keys: frozenset[str]
    seen: str = ""  # when its source last listed it (the fetch's time, "last_seen"); "" when not said

    @property
    def identity(self) -> tuple[str, str]:
        return (self.source, self.external_id)

    @property
    def label(self) -> str:
        return f"{EVENT_PREFIX}{self.event_id}" if self.event_id is not None else self.external_id


def _text(record: Mapping[str, Any], field: str) -> str:
    value = record.get(field)
    return value if isinstance(value, str) else ""


def _coordinate(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


@functools.lru_cache(maxsize=512)
def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def _zone_offset(record: Mapping[str, Any], aware: dt.datetime) -> float | None:
    zone = _zone(record["timezone"]) if isinstance(record.get("timezone"), str) and record["timezone"] else None
    offset = aware.astimezone(zone).utcoffset() if zone is not None else None
    return offset.total_seconds() / 60 if offset is not None else None


@dataclasses.dataclass(frozen=True, slots=True)
class _Times:
    minutes: float | None = None
    offset: float | None = None
    stated: bool = False
    zone_offset: float | None = None
    day: int | None = None
    last_day: int | None = None


def _times(record: Mapping[str, Any]) -> _Times:
    start = parse_moment(record.get("start"))
    if isinstance(start, dt.datetime):
        aware = start if start.tzinfo is not None else start.replace(tzinfo=dt.UTC)
        offset = (aware.utcoffset() or dt.timedelta(0)).total_seconds() / 60
        return _Times(
            aware.timestamp() / 60, offset, start.tzinfo is not None, _zone_offset(record, aware), aware.toordinal()
        )
    if isinstance(start, dt.date):
        end = parse_moment(record.get("end"))
        last = end.toordinal() if type(end) is dt.date and end >= start else start.toordinal()
        return _Times(day=start.toordinal(), last_day=last)
    return _Times()


def _uid(record: Mapping[str, Any], external_id: str, config: DedupConfig) -> tuple[str, str | None] | None:
    """(UID, occurrence) for iCalendar records: the adapter writes an occurrence as "<uid>@<start in UTC>"."""
    if str(record.get("adapter") or record.get("source")) not in config.ical_sources or not external_id:
        return None
    uid, at, suffix = external_id.rpartition("@")
    if at and _OCCURRENCE.match(suffix):
        moment = parse_moment(suffix)
        if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
            suffix = moment.astimezone(dt.UTC).isoformat()
        return (uid, suffix)
    return (external_id, None)


def _city(record: Mapping[str, Any], config: DedupConfig) -> str | None:
    city = _folded_name(_text(record, "city"))
    return config.city_aliases.get(city, city) or None


@functools.lru_cache(maxsize=16384)
def _places(venue: tuple[str, ...], address: tuple[str, ...], city: str | None) -> frozenset[str]:
    """Venue, address and city words; one set object per place, so two records at one place share it."""
    return frozenset(venue) | frozenset(address) | frozenset(city.split() if city else ())


def _node(index: int, record: Mapping[str, Any], event_id: str | None, config: DedupConfig) -> _Node:
    external_id = str(record.get("external_id") or "")
    venue = _name_tokens(_text(record, "venue_name"))
    address = _name_tokens(_text(record, "address"))
    city = _city(record, config)
    times = _times(record)
    return _Node(
        index=index,
        record=record,
        source=str(record.get("source") or ""),
        external_id=external_id,
        event_id=event_id,
        title=_title(_text(record, "title")),
        venue=venue,
        address=address,
        places=_places(venue, address, city),
        marks=_name_marks(venue),
        city=city,
        latitude=_coordinate(record.get("latitude")),
        longitude=_coordinate(record.get("longitude")),
        minutes=times.minutes,
        offset=times.offset,
        offset_stated=times.stated,
        zone_offset=times.zone_offset,
        day=times.day,
        last_day=times.last_day,
        uid=_uid(record, external_id, config),
        url_keys=frozenset(key for key in (_url_key(record.get("url")), _url_key(record.get("ticket_url"))) if key),
        seen=_text(record, "last_seen"),
    )


def _nodes(
    records: Sequence[Mapping[str, Any]], existing: Iterable[Mapping[str, Any]], config: DedupConfig
) -> list[_Node]:
    nodes = [_node(i, record, None, config) for i, record in enumerate(records)]
    for record in existing:
        nodes.append(_node(len(nodes), record, str(record.get("event_id")), config))
    return nodes
