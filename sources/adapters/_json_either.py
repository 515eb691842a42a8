"""A start object that holds either its moment or its day: Google Calendar's ``"start": {"dateTime": …}`` for a
timed event and ``"start": {"date": "2026-07-04"}`` for an all-day one. The chosen start ("start.dateTime") is
missing from the all-day items; the day beside it, in the same object, is theirs.

Only a column under the same object as the start, present exactly where the start is missing (never beside it),
whose values are days: another object's date ("registration.date"), a second moment of the same items, or a
timestamp beside the start are not read for it.

The end's object holds its day the same way (``"end": {"date": "2026-07-05"}``), written as iCalendar writes an
all-day DTEND and the calendar APIs modelled on it do: the day after the last (``end_day_beside``). Only when every
such end falls after its start's day and every all-day item has one: a source whose end day can be its start day,
or that writes no end for a one-day item, writes the last day itself. Where the start is the day in its object
itself ("start": {"date"} chosen, no moment beside it), the end is read as the day after the last only when the
items are shaped as iCalendar's events (``nested_day_after``, ``icalendar_shaped``) and every item's end is after its
start's day; without that sign the end day is the last day, however many items last two days. One key holding a bare
day for the all-day items and a moment for the timed ones (Cronofy's "start"/"end") is iCalendar's two forms of
DTSTART/DTEND in one field: its all-day end is the day after the last too (``mixed_day_after``). Keys
of one object ("start_date" beside "start_datetime", "end_date" beside "end_datetime") are the end's own, its last
day: never the start's day read again.
"""

from __future__ import annotations

import os
from typing import Any

from sources.adapters._json_days import DAY_AFTER
from sources.adapters._json_fields import Moment, Sample, _single, _split
from sources.adapters._json_shapes import Column, words
from sources.adapters.common import parse_datetime

EXCLUSIVE = "the day after the last, as iCalendar writes an all-day end"
MIN_PAIRS = 2  # items with a start day and an end day after it, before an iCalendar-shaped end is the day after
# Keys only iCalendar's events and the calendar APIs that copy them carry (Google Calendar's, CalDAV servers' JSON).
ICALENDAR_KEYS = frozenset({"icaluid", "icalendaruid", "dtstamp", "htmllink", "recurringeventid", "originalstarttime",
                            "transparency", "transp"})  # fmt: skip
ICALENDAR_KINDS = frozenset({"calendar#event", "vevent"})
INCLUSIVE = "the last day: some end day is its start's own"


def day_beside(sample: Sample, start: Moment, missing: list[int]) -> Moment | None:
    """The day in the start's own object, read where the start is missing; None when there is none."""
    if len(start.paths) != 1 or "." not in start.paths[0] or start.paths[0] not in sample.columns:
        return None
    chosen = sample.columns[start.paths[0]]
    parent = start.paths[0].rsplit(".", 1)[0]
    for column in sample.columns.values():
        if column.path == chosen.path or column.path.rsplit(".", 1)[0] != parent or "." not in column.path:
            continue
        present = {index for index, value in enumerate(column.values) if value not in (None, "")}
        if not present & set(missing):
            continue
        if any(chosen.values[index] not in (None, "") for index in present):
            continue  # beside the start in some item: a second moment of it, not its all-day form
        shape = sample.shape(column)
        if shape is None or shape.kind not in ("date", "midnight") or shape.share < 1.0:
            continue
        return _single(column, shape, start.named)
    return None


def moment_beside(sample: Sample, start: Moment) -> Moment | None:
    """The moment in the start's own object where the chosen start is the day and fewer items are timed
    (``"start": {"date"}`` for most, ``{"dateTime"}`` for some): the moment, to be read first with the day where it
    is missing, as ``day_beside`` reads the other way. Only a column of moments (share 1.0) holding values exactly
    where the day is missing, in the same object; None otherwise."""
    if len(start.paths) != 1 or start.fallback_paths or "." not in start.paths[0]:
        return None
    day = sample.columns.get(start.paths[0])
    day_shape = sample.shape(day) if day is not None else None
    if day is None or day_shape is None or day_shape.kind != "date":
        return None
    parent = day.path.rsplit(".", 1)[0]
    for column in sample.columns.values():
        if column.path == day.path or "." not in column.path or column.path.rsplit(".", 1)[0] != parent:
            continue
        if not any(value not in (None, "") for value in column.values) or not _instead(column, day):
            continue
        if not _instead(day, column):
            continue
        shape = sample.shape(column)
        if shape is not None and shape.kind == "datetime" and shape.share >= 1.0:
            return _single(column, shape, start.named)
    return None


def end_moment_beside(sample: Sample, start: Moment, end: Moment) -> Moment | None:
    """The end's moment where the end chosen is its day and the start is read as its moment first
    (``moment_beside``): "end.dateTime" for "end.date" when the start is "start.dateTime" with "start.date" where
    missing, so that ``end_day_beside`` then reads the day where the moment is missing. Or the end's day with its
    clock where given (``end_clock_beside``). None otherwise."""
    if (clocked := end_clock_beside(sample, start, end)) is not None:
        return clocked
    if len(start.paths) != 1 or len(start.fallback_paths) != 1 or len(end.paths) != 1 or end.fallback_paths:
        return None
    moment_key, day_key = start.paths[0].rpartition(".")[2], start.fallback_paths[0].rpartition(".")[2]
    end_parent, _, end_key = end.paths[0].rpartition(".")
    column = sample.columns.get(f"{end_parent}.{moment_key}") if end_parent and end_key == day_key else None
    shape = sample.shape(column) if column is not None else None
    if column is None or shape is None or shape.kind != "datetime" or shape.share < 1.0:
        return None
    return _single(column, shape, end.named)


def end_clock_beside(sample: Sample, start: Moment, end: Moment) -> Moment | None:
    """The end's day read with the end's clock where an item gives one (issue #13, feeds batch 75): the start is a
    day and its clock ("startDate" + "startTime"), the end chosen is its day alone ("endDate"), and the key named as
    the end's day with "Date" made "Time" ("endTime") holds clocks, in however few items (a Guidle schedule's one
    performance with an end time among others without: no share of items is asked). None otherwise."""
    if len(start.paths) != 2 or len(end.paths) != 1 or end.fallback_paths:
        return None
    day, clock = start.paths
    if _clock_key(day) != clock or (end_clock := _clock_key(end.paths[0])) is None:
        return None
    day_column, clock_column = sample.columns.get(end.paths[0]), sample.columns.get(end_clock)
    day_shape = sample.shape(day_column) if day_column is not None else None
    clock_shape = sample.shape(clock_column) if clock_column is not None else None
    if day_column is None or clock_column is None or day_shape is None or clock_shape is None:
        return None
    if day_shape.kind != "date" or clock_shape.kind != "time":
        return None
    return _split((day_column, day_shape, end.named), (clock_column, clock_shape, end.named), None)


def _clock_key(day_path: str) -> str | None:
    """The key of a day's clock, written as the day's with "date" made "time" ("endDate" → "endTime")."""
    head, dot, last = day_path.rpartition(".")
    for word, clock in (("Date", "Time"), ("date", "time"), ("DATE", "TIME")):
        if last.endswith(word) and len(last) > len(word):
            return head + dot + last[: -len(word)] + clock
    return None


def end_day_beside(sample: Sample, start: Moment, end: Any) -> dict[str, Any] | None:
    """The end's all-day form, read where the end is missing: the column under the end's object named as the
    start's day is under the start's (``end.date`` for ``start.date`` read beside ``start.dateTime``), its days
    the day after the last unless some end day is its start's own. None when the start has no such day, or the
    end no such column."""
    if len(start.paths) != 1 or len(start.fallback_paths) != 1 or not isinstance(end, str) or "." not in end:
        return None
    start_moment, start_day = (sample.columns.get(path) for path in (start.paths[0], start.fallback_paths[0]))
    parent, _, key = start_day.path.rpartition(".") if start_day is not None else ("", "", "")
    if start_moment is None or start_day is None or parent != start_moment.path.rpartition(".")[0]:
        return None
    end_parent, _, end_key = end.rpartition(".")
    if end_parent == parent:  # one object for both ("schedule": {"start_datetime", "start_date", "end_datetime", …})
        return _beside_in_one(sample, start_moment, start_day, end)
    end_day, end_moment = sample.columns.get(f"{end_parent}.{key}"), sample.columns.get(end)
    if (
        end_day is None
        or end_moment is None
        or not (_instead(start_moment, start_day) and _instead(end_moment, end_day))
    ):
        return None
    shape = sample.shape(end_day)
    if shape is None or shape.kind != "date" or shape.share < 1.0:
        return None
    pairs = [(_day(first), _day(last)) for first, last in zip(start_day.values, end_day.values, strict=True)]
    known = [(first, last) for first, last in pairs if first is not None and last is not None]
    # An all-day item with no end beside others that have one: a one-day item needs none, so the ends are last days.
    endless = any(first is not None and last is None for first, last in pairs)
    after = bool(known) and all(first < last for first, last in known) and not endless
    return {"path": end_day.path, "format": DAY_AFTER} if after else {"path": end_day.path}


def nested_day_after(sample: Sample, start: Moment, end: Any) -> dict[str, Any] | None:
    """The all-day end read as the day after the last where the start is itself a day and the items are shaped as
    iCalendar's events are (``icalendar_shaped``: a ``kind`` "calendar#event", an ``iCalUID``, ``dtstamp``,
    ``htmlLink``… or start and end keys named ``dtstart``/``dtend``): an all-day DTEND is the day after the last, so
    "2031-05-15" to "2031-05-18" is the 15th to the 17th. Either ``"start": {"date"}``/``"end": {"date"}`` (no
    moment beside them chosen) or flat ``dtstart``/``dtend`` days; only when every item with a start day has an end
    after that day (an end on its start's day is a last day). Without such a sign an end day is the last day, as a
    list of weekend festivals writes it ("2031-06-07" to "2031-06-08", Saturday and Sunday), however many of its
    items last two days."""
    if len(start.paths) != 1 or start.fallback_paths or not isinstance(end, str):
        return None
    start_parent, _, start_key = start.paths[0].rpartition(".")
    end_parent, _, end_key = end.rpartition(".")
    nested = bool(start_parent and end_parent and start_parent != end_parent and start_key == end_key)
    if not (nested or "dtend" in words(end)) or not icalendar_shaped(sample, end):
        return None
    start_day, end_day = sample.columns.get(start.paths[0]), sample.columns.get(end)
    if start_day is None or end_day is None or any(_timed(value) for value in start_day.values):
        return None  # days beside moments in one key: both of DTSTART's forms (mixed_day_after)
    pairs = [(_day(first), _day(last)) for first, last in zip(start_day.values, end_day.values, strict=True)]
    dated = [(first, last) for first, last in pairs if first is not None]
    # iCalendar's own name for the end ("dtend") says so for one item too (review41: a lone all-day item's DTEND)
    if len(dated) < (1 if "dtend" in words(end) else MIN_PAIRS) or any(
        last is None or last <= first for first, last in dated
    ):
        return None
    return {"path": end, "format": DAY_AFTER}


def mixed_day_after(sample: Sample, start: Moment, end: Any) -> dict[str, Any] | None:
    """The end read as the day after the last for the all-day items where one start key and one end key hold a
    bare day for those and a moment for the timed ones (Cronofy's ``"start": "2014-09-06", "end": "2014-09-08"``
    beside ``"start": "2014-09-13T19:00:00Z"``): the two forms of iCalendar's DTSTART/DTEND (VALUE=DATE or a
    DATE-TIME) carried into one key, whose all-day end is the day after the last. Only when some item is timed in
    both, some all-day in both, every all-day end is after its start's day and every all-day item has an end (an
    end on its start's day, or none, is a last day), and the items name their fields as a calendar's events do
    (``icalendar_shaped``, or a "summary" title or a UID key: ``_calendar_named``); a game's event list that writes
    its last days beside its moments keeps them. The moments read as before (the spec's fallback)."""
    if len(start.paths) != 1 or start.fallback_paths or not isinstance(end, str) or start.paths[0] == end:
        return None
    start_column, end_column = sample.columns.get(start.paths[0]), sample.columns.get(end)
    if start_column is None or end_column is None:
        return None
    days = timed = 0
    for first, last in zip(start_column.values, end_column.values, strict=True):
        first_day, last_day = _day(first), _day(last)
        if first_day is not None and last_day is not None:
            if last_day <= first_day:
                return None
            days += 1
        elif first_day is not None or last_day is not None:
            return None  # a day beside a moment, or an all-day item without an end: no calendar's two forms
        elif _timed(first) and _timed(last):
            timed += 1
    if not days or not timed or not (icalendar_shaped(sample, end) or _calendar_named(sample)):
        return None
    return {"path": end, "format": DAY_AFTER, "fallback": {"path": end}}


def _calendar_named(sample: Sample) -> bool:
    """Whether the items name their fields as a calendar's events do: the title under iCalendar's "summary", or
    a key for iCalendar's UID ("uid", "event_uid", "iCalUId"), among the items' own keys."""
    for column in sample.columns.values():
        key = column.path.lower().replace("-", "_")
        if "." in key or not column.present:
            continue
        if key == "summary" or key == "uid" or key.endswith(("_uid", "icaluid")):
            return True
    return False


def icalendar_shaped(sample: Sample, end: str) -> bool:
    """Whether the items are shaped as iCalendar's events (a calendar API's copy of them): a key only such events
    carry (``ICALENDAR_KEYS``), a kind "calendar#event" or "VEVENT", or an end key named ``dtend``."""
    if "dtend" in words(end):
        return True
    for column in sample.columns.values():
        key = column.path.rpartition(".")[2].lower().replace("_", "").replace("-", "")
        if key in ICALENDAR_KEYS and column.present:
            return True
        if key in ("kind", "type", "component") and any(
            isinstance(value, str) and value.strip().lower() in ICALENDAR_KINDS for value in column.values
        ):
            return True
    return False


def _beside_in_one(sample: Sample, start_moment: Column, start_day: Column, end: str) -> dict[str, Any] | None:
    """The end's day where the start's moment, the start's day and the end's moment share one object: the key
    named as the start's day is, with the end's head for the start's ("end_date" beside "end_datetime" for
    "start_date" beside "start_datetime"), read as the last day: keys of one object are not the nested
    "start"/"end" objects that iCalendar's exclusive end was carried into, and they write the last day."""
    start_key, day_key, end_key = (path.rpartition(".")[2] for path in (start_moment.path, start_day.path, end))
    common = len(os.path.commonprefix([start_key[::-1], end_key[::-1]]))
    head, end_head = start_key[: len(start_key) - common], end_key[: len(end_key) - common]
    if not head or not end_head or not day_key.startswith(head):
        return None
    parent = start_day.path.rpartition(".")[0]
    end_day = sample.columns.get(f"{parent}.{end_head}{day_key[len(head) :]}")
    end_moment = sample.columns.get(end)
    if end_day is None or end_moment is None or end_day.path == start_day.path or not _instead(end_moment, end_day):
        return None
    shape = sample.shape(end_day)
    return {"path": end_day.path} if shape is not None and shape.kind == "date" and shape.share >= 1.0 else None


def day_read(spec: dict[str, Any]) -> str:
    """The evidence for an end's all-day form."""
    after = spec.get("format") == DAY_AFTER
    return f"{spec['path']} ({EXCLUSIVE if after else INCLUSIVE})"


def _day(value: Any) -> Any:
    day = parse_datetime(value) if isinstance(value, str) else None
    return day if day is not None and not hasattr(day, "hour") else None


def _timed(value: Any) -> bool:
    moment = parse_datetime(value) if isinstance(value, str) else None
    return moment is not None and hasattr(moment, "hour")


def _instead(moment: Column, day: Column) -> bool:
    """Whether the day column holds values only where the moment column has none (the all-day form of it)."""
    return all(value in (None, "") for value, other in zip(moment.values, day.values, strict=True) if other)
