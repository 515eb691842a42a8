"""A start object that holds either its moment or its day: Google Calendar's ``"start": {"dateTime": …}`` for a
timed event and ``"start": {"date": "2026-07-04"}`` for an all-day one. The chosen start ("start.dateTime") is
missing from the all-day items; the day beside it, in the same object, is theirs.

Only a column under the same object as the start, present exactly where the start is missing (never beside it),
whose values are days: another object's date ("registration.date"), a second moment of the same items, or a
timestamp beside the start are not read for it.

The end's object holds its day the same way (``"end": {"date": "2026-07-05"}``), written as iCalendar writes an
all-day DTEND and the calendar APIs modelled on it do: the day after the last (``end_day_beside``). Only when every
such end falls after its start's day: a source whose end day can be its start day writes the last day itself.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_days import DAY_AFTER
from sources.adapters._json_fields import Moment, Sample, _single
from sources.adapters._json_shapes import Column
from sources.adapters.common import parse_datetime

EXCLUSIVE = "the day after the last, as iCalendar writes an all-day end"
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
    end_day, end_moment = sample.columns.get(f"{end.rpartition('.')[0]}.{key}"), sample.columns.get(end)
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
    after = all(first < last for first, last in pairs if first is not None and last is not None)
    return {"path": end_day.path, "format": DAY_AFTER} if after else {"path": end_day.path}


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
