"""A time field that writes the doors' time and the show's: ``"time": "Doors 7pm / Show 8pm"`` (or "Doors 19:00,
Show 20:00", "7pm doors, 8pm show") beside ``"date": "2031-05-01"``. The event starts when the show does; the doors'
time is kept in the record's evidence. Read as pages read it (``_page_dates.find_clock`` and ``doors_show``, through
``_page_doors``): the same words, the same look-alikes left alone ("Doors 7pm" alone is the start, a show's time
before the doors' changes nothing). Pure.

A column named as a time of day (the caller's check) is read this way when some of its values give the doors' and
the show's times and most of them read as a time at all ("8pm", "19:00" among them): its format is SHOW_TIME, after
the day's format in a date-and-time start (``"%Y-%m-%d show-time"``). A column with no doors' words is left to the
formats it was read with before.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sources.adapters._page_dates import doors_clock, doors_show, find_clock

SHOW_TIME = "show-time"  # a time of day's format: the show's time when the text gives the doors' first
MAX_TEXT = 80  # characters: a longer value is prose, not a time field


def doors_share(values: Sequence[Any]) -> float | None:
    """The share of a time column's values that read as a time, when some of them give the doors' and the show's
    times; None when none does (or a value is not a short text)."""
    texts = [value.strip() for value in values if isinstance(value, str)]
    if not texts or len(texts) != len(values) or any(len(text) > MAX_TEXT for text in texts):
        return None
    if not any(doors_show(text) is not None for text in texts):
        return None
    return sum(1 for text in texts if find_clock(text, dated=True) is not None) / len(texts)


def show_time_format(value_format: str | None) -> bool:
    return bool(value_format) and (value_format == SHOW_TIME or str(value_format).endswith(" " + SHOW_TIME))


def show_moment(
    value: Any, value_format: str, tz: dt.tzinfo | None, read_day: Callable[[Any, str], dt.datetime | dt.date | None]
) -> dt.datetime | None:
    """A date and a time field joined ("2031-05-01 Doors 7pm / Show 8pm") read as the day at the show's time;
    None when the day or the time does not read (the next format then reads the day alone)."""
    if not isinstance(value, str) or len(value) > MAX_TEXT + 64:
        return None
    day_format = value_format[: -len(SHOW_TIME)].strip()
    cut = day_format.count(" ") + 1
    parts = value.strip().split(" ", cut)
    if not day_format or len(parts) <= cut:
        return None
    day = read_day(" ".join(parts[:cut]), day_format)
    hit = find_clock(parts[cut], dated=True)
    if day is None or hit is None:
        return None
    day = day.date() if isinstance(day, dt.datetime) else day
    return dt.datetime.combine(day, hit.start, tzinfo=tz or dt.UTC)


def doors_note(value: Any) -> str | None:
    """The doors' time a joined date-and-time value gives, for the record's evidence; None when it gives none."""
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], str):
        return None
    doors = doors_clock(value[1].strip()) if len(value[1]) <= MAX_TEXT else None
    return f"doors {doors.start:%H:%M} (the show's time is the start)" if doors is not None else None
