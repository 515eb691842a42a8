"""Occurrences of a JSON list's series that another item of the list replaces: a calendar API's exceptions.

Google Calendar's API lists a series once (an item with ``"recurrence": ["RRULE:…"]``) and each changed occurrence
as an item of its own: ``"recurringEventId"`` names the series' id and ``"originalStartTime": {"dateTime": …}``
(or ``{"date": …}`` for a day) the start the occurrence had; the item's own ``start`` says when it is now, its
``status`` whether it is cancelled. Microsoft Graph writes the same with ``"seriesMasterId"`` and
``"originalStart"`` (a string). As an iCalendar RECURRENCE-ID does (and ``_feed_overrides`` for a Calendar feed),
the exception replaces the series' occurrence at that original start: the series does not yield it as well (an
occurrence moved from 20:00 to 18:00 is one event at 18:00, not two; batch apis68).

Only an occurrence the expansion made (a record with a rule, its id ``<series id>@<start>``) whose series id and
start are an exception's is left out. An original start that is no date, a series the list does not hold, an item
naming a series it does not replace an occurrence of: nothing changes.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

from sources.adapters.base import RawEvent
from sources.adapters.common import parse_datetime

# The keys naming the series an item is an exception of, and the start its occurrence had (Google's, Graph's).
SERIES_KEYS = ("recurringEventId", "recurring_event_id", "seriesMasterId", "series_master_id")
ORIGINAL_KEYS = ("originalStartTime", "original_start_time", "originalStart", "original_start")
MAX_ITEMS = 10_000  # items looked at for exceptions: a calendar export holds a few thousand

Start = dt.date | dt.datetime
T = TypeVar("T")


def moved_starts(items: Iterable[Any]) -> dict[str, set[Start]]:
    """For each series an item of ``items`` replaces occurrences of, keyed by the series' id, the original starts
    replaced."""
    found: dict[str, set[Start]] = {}
    for count, item in enumerate(items):
        if count >= MAX_ITEMS:
            break
        if not isinstance(item, Mapping):
            continue
        series = next((item[key] for key in SERIES_KEYS if isinstance(item.get(key), str | int)), None)
        original = next((_start(item[key]) for key in ORIGINAL_KEYS if key in item), None)
        if series is not None and str(series).strip() and original is not None:
            found.setdefault(str(series).strip(), set()).add(original)
    return found


def _start(value: Any) -> Start | None:
    """An original start as written: an ISO string, or an object with ``dateTime`` (and ``timeZone``) or
    ``date``."""
    if isinstance(value, Mapping):
        zone = _zone(value.get("timeZone") or value.get("time_zone"))
        stamp = value.get("dateTime") or value.get("date_time")
        if isinstance(stamp, str):
            return parse_datetime(stamp, tz=zone)
        day = value.get("date")
        return parse_datetime(day) if isinstance(day, str) and len(day.strip()) == len("2031-08-05") else None
    return parse_datetime(value) if isinstance(value, str) else None


def _zone(name: object) -> dt.tzinfo | None:
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def kept(records: Iterable[T], moved: Mapping[str, set[Start]]) -> Iterator[T]:
    """The records, less each series occurrence an exception replaces."""
    for record in records:
        if moved and isinstance(record, RawEvent) and replaced(record, moved):
            continue
        yield record


def replaced(record: RawEvent, moved: Mapping[str, set[Start]]) -> bool:
    """Whether ``record`` is an occurrence of a series (its rule set, its id ``<series>@<start>``) at a start an
    exception of that series replaces."""
    if not record.rrule or "@" not in record.external_id:
        return False
    starts = moved.get(record.external_id.rsplit("@", 1)[0])
    if not starts:
        return False
    return any(_same(record.start, start) for start in starts)


def _same(start: Start, original: Start) -> bool:
    """The same instant (two aware times), or the same day (two dates)."""
    if isinstance(start, dt.datetime) and isinstance(original, dt.datetime):
        return start.tzinfo is not None and original.tzinfo is not None and start == original
    return not isinstance(start, dt.datetime) and not isinstance(original, dt.datetime) and start == original
