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
itself ("start": {"date"} chosen, no moment beside it), the end is read as the day after the last only when every
item's end is after its start's day and most are exactly one day after (``nested_day_after``: mostly one-day
items written iCalendar's way); ends of several lengths with none of one day could be either and are read as written. Keys
of one object ("start_date" beside "start_datetime", "end_date" beside "end_datetime") are the end's own, its last
day: never the start's day read again.
"""

from __future__ import annotations

import os
from typing import Any

from sources.adapters._json_days import DAY_AFTER
from sources.adapters._json_fields import Moment, Sample, _single
from sources.adapters._json_shapes import Column
from sources.adapters.common import parse_datetime

EXCLUSIVE = "the day after the last, as iCalendar writes an all-day end"
MIN_PAIRS = 2  # items with a start day and an end day a day later, before a nested end is read as the day after
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
    missing, so that ``end_day_beside`` then reads the day where the moment is missing. None otherwise."""
    if len(start.paths) != 1 or len(start.fallback_paths) != 1 or len(end.paths) != 1 or end.fallback_paths:
        return None
    moment_key, day_key = start.paths[0].rpartition(".")[2], start.fallback_paths[0].rpartition(".")[2]
    end_parent, _, end_key = end.paths[0].rpartition(".")
    column = sample.columns.get(f"{end_parent}.{moment_key}") if end_parent and end_key == day_key else None
    shape = sample.shape(column) if column is not None else None
    if column is None or shape is None or shape.kind != "datetime" or shape.share < 1.0:
        return None
    return _single(column, shape, end.named)


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
    """The nested all-day end read as the day after the last where the start is itself the day in its object
    ("start": {"date"} with "end": {"date"}, no moment beside them chosen): only when every item with a start day
    has an end after that day and most of them (more than half, MIN_PAIRS or more) exactly one day later, as a
    calendar of mostly one-day items written iCalendar's way is (a holiday calendar with a three-day fair among its
    days: "2031-05-15" to "2031-05-18" is the 15th to the 17th). A source that writes the last day writes a one-day
    item with its end on its start's day; one whose items all last several days (ends 2, 3, 4 days on) gives no
    sign, and an end on its start's day or an item with no end leave the days as written."""
    if len(start.paths) != 1 or start.fallback_paths or not isinstance(end, str):
        return None
    start_parent, _, start_key = start.paths[0].rpartition(".")
    end_parent, _, end_key = end.rpartition(".")
    if not start_parent or not end_parent or start_parent == end_parent or start_key != end_key:
        return None
    start_day, end_day = sample.columns.get(start.paths[0]), sample.columns.get(end)
    if start_day is None or end_day is None:
        return None
    pairs = [(_day(first), _day(last)) for first, last in zip(start_day.values, end_day.values, strict=True)]
    dated = [(first, last) for first, last in pairs if first is not None]
    if any(last is None or last <= first for first, last in dated):
        return None
    one_day = sum(1 for first, last in dated if last is not None and (last - first).days == 1)
    if one_day < MIN_PAIRS or one_day * 2 <= len(dated):
        return None
    return {"path": end, "format": DAY_AFTER}


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


def _instead(moment: Column, day: Column) -> bool:
    """Whether the day column holds values only where the moment column has none (the all-day form of it)."""
    return all(value in (None, "") for value, other in zip(moment.values, day.values, strict=True) if other)
