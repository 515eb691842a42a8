"""A day written as its midnight's stamp beside its own day and a separate start clock: the clock wins (left33).

A venue's listing writes each day three ways in one object and the clock apart: ``"date": {"timestamp":
1944424800, "machine": "2031-08-21", "human": "za 21 aug"}, "times": {"doors_open": "19:30", "starts_at":
"20:30"}``. The stamp is the 21st's midnight in Amsterdam (22:00 UTC the day before): a moment with a time, it
outranked the day and the clock (``_json_fields.Sample.moment``), and every show started at midnight. The stamp
is the day's when, item by item:

- a day column sits in the same object as the stamp ("date.timestamp" beside "date.machine");
- the stamp is that day's midnight in some zone: its distance from the day's UTC midnight is a zone's offset
  (-14 h to +14 h, in quarter hours), one offset for every item (two an hour apart: a summer and a winter);
- and it cannot be the start the clock column writes in any one zone: the offsets that would make each stamp its
  item's clock are not one (the clocks vary, the stamps stay at midnight) or are no zone's.

Then the day and the clock are read (the split the day and time columns give without the stamp). Not: a stamp
that is the clock's moment (a start at 10:00 in Berlin, written 08:00 UTC, beside "10:00"), stamps at other hours
than their days' midnights, days and stamps that disagree.

left34, ``stamp_alone``: the same stamp with no day beside it (``"date": {"timestamp": 1944424800}``, ``"times":
{"starts_at": "20:30"}``) still started every show at midnight. With no column giving the day, the stamp is read as
the day it is the midnight of (``_json_days.MIDNIGHT_DAY``: 22:00 UTC is the next day's midnight at +2 h) when every
stamp is a midnight of one zone (at one UTC hour, two an hour apart at most), a clock column is there, and the
offsets that would make each stamp its item's clock are no one zone's (the clocks vary, the stamps stay at one
hour); the day and the clock are then read. Not: stamps at varying hours (the events' own moments), a stamp that is
the clock's moment, stamps at one hour beside one clock on every item (either could be true: the stamp is kept, as
before), a day column anywhere in the item (left33's rule, or the ranking as on main).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sources.adapters._json_days import MIDNIGHT_DAY, midnight_of
from sources.adapters._json_mapping import read_moment
from sources.adapters._json_shapes import DateShape

MAX_OFFSET = dt.timedelta(hours=14)
MIN_OFFSET = dt.timedelta(hours=-12)
QUARTER = dt.timedelta(minutes=15)
SEASONS = dt.timedelta(hours=1)  # a zone's summer and winter offsets differ by at most this


def _zone_offsets(offsets: list[dt.timedelta], low: dt.timedelta) -> bool:
    """Whether every offset could be one zone's (at most two seasons an hour apart)."""
    return (
        bool(offsets)
        and all(low <= offset <= MAX_OFFSET and offset % QUARTER == dt.timedelta(0) for offset in offsets)
        and max(offsets) - min(offsets) <= SEASONS
    )


def _clock(value: Any, value_format: str | None) -> dt.timedelta | None:
    if not isinstance(value, str) or not value_format or len(value) > 32:
        return None
    try:
        parsed = dt.datetime.strptime(value.strip(), value_format)  # noqa: DTZ007 - a clock, no day and no zone
    except (ValueError, TypeError):
        return None
    return dt.timedelta(hours=parsed.hour, minutes=parsed.minute)


def stamp_of_day(whole: tuple[Any, Any, float], days: Sequence[tuple[Any, Any, float]], times: Sequence[Any]) -> bool:
    """Whether the moment column ``whole`` is its day's midnight stamp beside that day and a clock (see the module):
    the day and the clock are then the start."""
    column, shape, _ = whole
    head = column.path.rpartition(".")[0]
    if not head or not times:
        return False
    day = next((entry for entry in days if entry[0].path.rpartition(".")[0] == head), None)
    if day is None:
        return False
    clock_column, clock_shape, _ = times[0]
    midnights: list[dt.timedelta] = []
    starts: list[dt.timedelta] = []
    for stamp_value, day_value, clock_value in zip(column.values, day[0].values, clock_column.values, strict=False):
        if stamp_value is None or day_value is None:
            continue
        stamp = read_moment(stamp_value, shape.format, dt.UTC)
        on = read_moment(day_value, day[1].format, dt.UTC)
        if not isinstance(stamp, dt.datetime) or isinstance(on, dt.datetime) or not isinstance(on, dt.date):
            return False
        midnight = dt.datetime.combine(on, dt.time(), tzinfo=dt.UTC) - stamp.astimezone(dt.UTC)
        midnights.append(midnight)
        if (clock := _clock(clock_value, clock_shape.format)) is not None:
            starts.append(clock + midnight)  # the offset that would make the stamp this clock on this day
    return _zone_offsets(midnights, -MAX_OFFSET) and not _zone_offsets(starts, MIN_OFFSET)


Entry = tuple[Any, Any, float]


def stamp_alone(whole: list[Entry], days: list[Entry], times: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The moment columns and day columns of a record, with its best moment column made a day column
    (``MIDNIGHT_DAY``) when it is its days' midnight stamp with no day beside it and a clock elsewhere (see the
    module); else as they were."""
    if not whole or days or not times or not _midnights_alone(whole[0], times[0]):
        return whole, days
    column, shape, named = whole[0]
    return whole[1:], [(column, DateShape(MIDNIGHT_DAY, "date", shape.share), named)]


def _midnights_alone(whole: Entry, time: Entry) -> bool:
    column, shape, _ = whole
    clock_column, clock_shape, _ = time
    midnights: list[dt.timedelta] = []
    starts: list[dt.timedelta] = []
    for stamp_value, clock_value in zip(column.values, clock_column.values, strict=False):
        if stamp_value is None:
            continue
        stamp = read_moment(stamp_value, shape.format, dt.UTC)
        if not isinstance(stamp, dt.datetime):
            return False
        midnight = midnight_of(stamp)[1]
        midnights.append(midnight)
        if (clock := _clock(clock_value, clock_shape.format)) is not None:
            starts.append(_within_day(clock + midnight))  # the offset that would make the stamp this clock
    return len(starts) >= 2 and _zone_offsets(midnights, -MAX_OFFSET) and not _zone_offsets(starts, MIN_OFFSET)


def _within_day(offset: dt.timedelta) -> dt.timedelta:
    """An offset from -12 h to under +12 h: a clock of 20:30 on a stamp at 22:00 UTC is -1:30 (not +22:30)."""
    day = dt.timedelta(days=1)
    return (offset + day / 2) % day - day / 2
