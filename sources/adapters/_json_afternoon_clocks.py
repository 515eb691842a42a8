"""A day's times on a 12-hour clock with no am or pm: "11:40", then "01:40" for the lunch after it.

A conference site's hand-written schedule (a day's key, then its slots: "start_time": "08:00" … "11:40", "01:40",
"02:40" … "05:30") writes the afternoon as a 12-hour clock would, without saying so. Read as written, the lunch
falls at 01:40 in the night and a talk from "11:40" to "01:40" ends before it starts. Where, in one day's items in
the order listed, no clock says an hour above 12 or 0 (a 24-hour clock's afternoon or midnight), a start earlier
than the day's first start and before 07:00 as written (an hour of the night, read as it is), listed after it, is in
the afternoon: twelve hours later ("01:40" → "13:40"); and an end before its start, twelve hours later too. Only when the day, so read, runs in time order (a schedule); else
nothing changes. Not: a day with "13:00" or "00:30" in it (a 24-hour clock), a day listed room by room ("09:00"
again after "11:00": not before the day's first), a day listed latest first, a day all in the morning, a day's morning listed by name ("Art" 10:00, "Baking" 11:30,
"Chess" 09:00: "09:00" is a morning's hour, not an afternoon's).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_mapping import resolve

HALF_DAY = 12 * 60  # minutes
MIN_ITEMS = 3  # of one day, for its order to say anything
NIGHT_END = 7 * 60  # minutes: a start written before 07:00 after the day's first is an afternoon's, not a night's


def afternoon_clocks(items: list[Any], mapping: Any) -> list[Any]:
    """The items, with a day's afternoon clocks written on a 24-hour clock where the day's are a 12-hour clock's
    without am or pm (see above); the list itself where nothing changes."""
    if not isinstance(mapping, Mapping):
        return items
    start_parts, start_key = _parts(mapping.get("start"))
    _, end_key = _parts(mapping.get("end"))
    if start_key is None:
        return items
    days: dict[tuple[str, ...], list[int]] = {}
    for index, item in enumerate(items):
        if isinstance(item, Mapping) and _clock(item.get(start_key)) is not None:
            days.setdefault(tuple(str(resolve(item, part)) for part in start_parts), []).append(index)
    out = list(items)
    for indexes in days.values():
        for index, changed in _afternoon(items, indexes, start_key, end_key).items():
            out[index] = changed
    return out if out != items else items


def _parts(spec: Any) -> tuple[list[str], str | None]:
    """The start's (or end's) date parts and its clock's own key: {"path": ["^.date", "start_time"]} → (["^.date"],
    "start_time"); no clock key where the spec is not a date joined with a time of the item's own."""
    paths = spec.get("path") if isinstance(spec, Mapping) else None
    if not isinstance(paths, list) or len(paths) != 2 or not all(isinstance(path, str) for path in paths):
        return [], None
    date, clock = paths
    return ([date], clock) if "." not in clock else ([], None)


def _clock(value: Any) -> int | None:
    """Minutes after midnight of "H:MM" or "HH:MM"; None for anything else."""
    if not isinstance(value, str):
        return None
    hours, colon, minutes = value.strip().partition(":")
    if not colon or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit() or len(hours) > 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return int(hours) * 60 + int(minutes)


def _afternoon(items: list[Any], indexes: list[int], start_key: str, end_key: str | None) -> dict[int, Any]:
    if len(indexes) < MIN_ITEMS:
        return {}
    starts = [_clock(items[index][start_key]) or 0 for index in indexes]
    ends = [_clock(items[index].get(end_key)) if end_key else None for index in indexes]
    every = [*starts, *(end for end in ends if end is not None)]
    if any(minutes < 60 or minutes >= 13 * 60 for minutes in every):
        return {}  # an hour of 0 or above 12: a 24-hour clock
    first = starts[0]
    moved = [start + HALF_DAY if position and start < min(first, NIGHT_END) else start
             for position, start in enumerate(starts)]  # fmt: skip
    if moved == starts or any(later < earlier for earlier, later in zip(moved, moved[1:], strict=False)):
        return {}
    changed: dict[int, Any] = {}
    for index, start, new_start, end in zip(indexes, starts, moved, ends, strict=True):
        new_end = end + HALF_DAY if end is not None and end < new_start else end
        if new_start == start and new_end == end:
            continue
        item = dict(items[index])
        item[start_key] = _written(new_start)
        if end_key and new_end is not None:
            item[end_key] = _written(new_end)
        changed[index] = item
    return changed


def _written(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
