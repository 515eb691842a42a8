"""A record that is a booking window over days, holding the dated windows it is held in, for the ``json_api`` reader.

A school platform's parent-teacher conferences (and booking systems like it) write one record for the whole booking
period, "startDateTime" 16 November 13:15 to "endDateTime" 23 November 16:00, and inside it the windows the meetings
are held in: ``"timeSlot": {"timeSlots": [{"startDate": "…-11-16T13:15", "endDate": "…-11-16T16:00", "answers": […],
"timeSlotIndexes": [{"startTime", "endTime"}, …]}, {"startDate": "…-11-23T13:15", …}]}``. Read as the record, it is
a week-long meeting. The real meeting is the slot one guardian booked for one child (the answers pick a slot index
per child), which a reader with no child's id cannot choose; the windows are what the source states for everyone.

``windows(record, item)``: a timed record spanning more than a day whose own object holds a list (under a key named as
slots or windows: "slots", "timeSlots", "windows", "bookingWindows") of objects that each state their own start and
end as full date-times, all inside the record's span, is read as one occurrence per window (the record's fields,
the window's start and end, the id the window's own "id" or its place in the list). The shallowest such list is
taken (the windows, not the slots inside them). Otherwise the record as it was: a window with no date ("startTime":
"13:15"), a window outside the record's span, a list named otherwise ("performances", "sessions": other readers'),
a record of a day or less, an all-day record, or one window that is the record's own span. The key (or its holder's)
says nothing but that they are times ("timeSlots", "bookingWindows", "dateSlots"): slots of someone or something else
("volunteerSlots", "parking_slots", "vendor_time_slots": a festival's shifts and parking) are not the record's
windows.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._json_fields import moment_words
from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import words
from sources.adapters.base import RawEvent
from sources.adapters.common import parse_datetime

WINDOW_WORDS = frozenset({"slot", "slots", "timeslot", "timeslots", "window", "windows"})
# Words a window list's key may hold beside its slot or window word: times, days, bookings and meetings, nothing else.
WINDOW_QUALIFIERS = frozenset({"time", "times", "date", "dates", "day", "days", "booking", "bookable", "meeting",
                               "meetings", "appointment", "appointments", "conference", "event", "open", "opening"})  # fmt: skip
START_KEYS = frozenset({"start", "begin", "from", "dtstart"})
END_KEYS = frozenset({"end", "until", "to", "dtend"})
MIN_SPAN = dt.timedelta(days=1)  # a record this long or shorter is one meeting, not a booking period
MAX_WINDOWS = 60  # a longer list is not a record's windows
MAX_DEPTH = 3  # objects followed inside the item to find the list
MAX_KEYS = 200  # keys of one object looked at
EVIDENCE = "occurrences ← {path}: a booking window from {start} to {end} read as its {count} dated windows"


def windows(record: Any, item: Mapping[str, Any]) -> list[Any]:
    """The record as one occurrence per dated window it holds (see the module's note), else ``[record]``."""
    if not isinstance(record, RawEvent) or record.all_day or record.rrule:
        return [record]
    start, end = record.start, record.end
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime) or end - start <= MIN_SPAN:
        return [record]
    for path, children in _window_lists(item):
        found = _dated(children, start, end)
        if found is None:
            continue
        if len(found) == 1 and found[0][1:] == (start, end):
            return [record]
        note = EVIDENCE.format(path=path, start=start.isoformat(), end=end.isoformat(), count=len(found))
        return [
            dataclasses.replace(
                record,
                external_id=f"{record.external_id}-{key}",
                start=first,
                end=last,
                evidence=[*record.evidence, note],
            )
            for key, first, last in found
        ]
    return [record]


def _window_lists(item: Mapping[str, Any]) -> Iterator[tuple[str, list[Mapping[str, Any]]]]:
    """Lists of objects under a key named as slots or windows (its own or its holder's), shallowest first; the
    record's containers' fields (under ``^``) are not its own."""
    queue: deque[tuple[str, Mapping[str, Any], int, set[str]]] = deque([("", item, 0, set())])
    while queue:
        prefix, node, depth, above = queue.popleft()
        for key, value in list(node.items())[:MAX_KEYS]:
            if not isinstance(key, str) or key.startswith(MARK):
                continue
            path = f"{prefix}.{key}" if prefix else key
            said = set(words(key))
            if isinstance(value, list) and value and all(isinstance(child, Mapping) for child in value):
                if _names_windows(said) or (not said & WINDOW_WORDS and _names_windows(above)):
                    yield path, value
            elif isinstance(value, Mapping) and depth + 1 < MAX_DEPTH:
                queue.append((path, value, depth + 1, said))


def _names_windows(said: set[str]) -> bool:
    """Whether a key's words name time windows: a slot or window word and only WINDOW_QUALIFIERS beside it."""
    return bool(said & WINDOW_WORDS) and not said - WINDOW_WORDS - WINDOW_QUALIFIERS


def _dated(
    children: list[Mapping[str, Any]], start: dt.datetime, end: dt.datetime
) -> list[tuple[str, dt.datetime, dt.datetime]] | None:
    """(id, start, end) of every child, when each states its own start and end as date-times inside the span."""
    if len(children) > MAX_WINDOWS:
        return None
    found = []
    for index, child in enumerate(children):
        moments = _own_moments(child, start.tzinfo)
        if moments is None:
            return None
        first, last = moments
        if not start <= first < last <= end:
            return None
        own = child.get("id")
        key = str(own) if isinstance(own, str | int) and not isinstance(own, bool) and str(own).strip() else index
        found.append((f"{key}".strip()[:40], first, last))
    return found


def _own_moments(child: Mapping[str, Any], tz: dt.tzinfo | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The child's one start and one end written in its own keys, each a full date-time; None otherwise."""
    starts, ends = [], []
    for key, value in list(child.items())[:MAX_KEYS]:
        if not isinstance(key, str) or not isinstance(value, str) or len(value) > 64:
            continue
        named = set(moment_words(words(key)))
        if named & START_KEYS:
            starts.append(value)
        elif named & END_KEYS:
            ends.append(value)
    if len(starts) != 1 or len(ends) != 1:
        return None
    first, last = (parse_datetime(value, tz=tz) for value in (starts[0], ends[0]))
    if not isinstance(first, dt.datetime) or not isinstance(last, dt.datetime):
        return None
    return (first.astimezone(tz), last.astimezone(tz)) if tz is not None else (first, last)  # in the record's zone
