"""Occurrences of a feed's series that another item of the feed replaces: Google Calendar's exceptions.

A Google Calendar feed writes a series once (an entry whose ``gd:recurrence`` holds its iCalendar lines) and each
changed occurrence as an entry of its own. That entry's ``gd:originalEvent`` names the series (``id``, and
``href``, the series entry's own id) and, in its ``gd:when``, the start the occurrence had; the entry's own
``gd:when`` says when it is now, or its ``gd:eventStatus`` that it is cancelled. As an iCalendar RECURRENCE-ID
does, the exception replaces the series' occurrence at that original start: the series does not yield it as
well (an occurrence moved from 16:00 to 18:00 is one event at 18:00, not two).

Read from the items' own elements (feedparser keeps one ``gd:when`` per entry and cannot tell the original's from
the entry's). An original start that is no date, or a series the feed does not hold, changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._feed_item import GDATA

_ORIGINAL = f"{{{GDATA}}}originalEvent"
_WHEN = f"{{{GDATA}}}when"
# Exceptions read per feed: a feed lists tens of items, a calendar export a few thousand.
MAX_EXCEPTIONS = 10_000

Start = dt.date | dt.datetime


def replaced_starts(elements: Iterable[Any]) -> dict[str, set[Start]]:
    """For each series some item replaces occurrences of, keyed by the series' ``id`` and its ``href``, the
    original starts replaced. ``elements`` are the items' lxml elements (None where unknown)."""
    found: dict[str, set[Start]] = {}
    count = 0
    for element in elements:
        if element is None:
            continue
        for original in element.iter(_ORIGINAL):
            count += 1
            if count > MAX_EXCEPTIONS:
                return found
            when = original.find(_WHEN)
            start = _moment(when.get("startTime")) if when is not None else None
            if start is None:
                continue
            for key in (original.get("id"), original.get("href")):
                if key and key.strip():
                    found.setdefault(key.strip(), set()).add(start)
    return found


def replaced_for(entry: Mapping[str, Any], starts: Mapping[str, set[Start]]) -> set[Start]:
    """The original starts other items replace in this entry's series: named by its id, or by the id's last
    path segment (``gd:originalEvent id`` is the bare event id, the entry's id its feed URL)."""
    if not starts:
        return set()
    own = str(entry.get("id") or "").strip()
    if not own:
        return set()
    return starts.get(own, set()) | starts.get(own.rstrip("/").rpartition("/")[2], set())


@dataclasses.dataclass(frozen=True)
class Replaced:
    """A series' replaced starts indexed for lookup: each occurrence is one set lookup, not a scan of them all
    (a series of thousands of occurrences against thousands of exceptions stays linear)."""

    instants: frozenset[dt.datetime] = frozenset()  # the aware starts, in UTC
    aware_walls: frozenset[dt.datetime] = frozenset()  # the aware starts' wall times, for a naive occurrence
    naive: frozenset[dt.datetime] = frozenset()
    days: frozenset[dt.date] = frozenset()

    @classmethod
    def of(cls, given: Iterable[Start]) -> Replaced:
        starts = list(given)
        times = [start for start in starts if isinstance(start, dt.datetime)]
        aware = [start for start in times if start.tzinfo is not None]
        return cls(
            instants=frozenset(start.astimezone(dt.UTC) for start in aware),
            aware_walls=frozenset(start.replace(tzinfo=None) for start in aware),
            naive=frozenset(start for start in times if start.tzinfo is None),
            days=frozenset(start for start in starts if not isinstance(start, dt.datetime)),
        )


def is_replaced(start: Start, index: Replaced) -> bool:
    """Whether an occurrence starting at ``start`` is one of the replaced: the same instant (the same wall time
    where one of the two has no zone), or the same day for an all-day series (a date against a date)."""
    if not isinstance(start, dt.datetime):
        return start in index.days
    if start.tzinfo is None:
        return start in index.naive or start in index.aware_walls
    return start.astimezone(dt.UTC) in index.instants or start.replace(tzinfo=None) in index.naive


def _moment(text: str | None) -> Start | None:
    """A gd:when startTime: an RFC 3339 date-time ("2006-11-22T16:00:00.000-04:00", "…Z") or a date."""
    value = (text or "").strip()
    if not value or len(value) > 40:
        return None
    try:
        if "T" not in value:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
