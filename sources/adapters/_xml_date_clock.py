"""A moment written as a date element and a clock element, read as the one moment it is. Pure.

The IOF data standard (version 2) that orienteering event systems export (Eventor's event lists, start lists,
results) writes every moment as an element holding a date and a time of day, each an element of its own::

    <StartDate><Date>2026-05-10</Date><Clock>10:00:00</Clock></StartDate>
    <FinishDate><Date>2026-05-10</Date><Clock>13:00:00</Clock></FinishDate>
    <StartDate><Date>2026-06-14</Date></StartDate>          (a day with no time yet)

Read as data, each is an object of two strings that no date shape fits, so the inference stitched a start out of
paths from different levels (a child race's date and the event's clock) and saw no end at all. An object whose
keys are only a date and a time of day (``Date`` with ``Clock`` or ``Time``), or only a date, is that moment
(``"2026-05-10T10:00:00"``) or that day (``"2026-06-14"``); the inference then reads it as any date written as text.

What stays an object: a date that is not an ISO calendar date, a clock that is not an ISO time of day (``"TBA"``,
``"7pm"``), any other key beside them (a zone, a label, a day of the week), a time with no date, and an object
under a name that says a length of time.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

__all__ = ["date_and_clock"]

DATE_KEYS = frozenset({"date"})
CLOCK_KEYS = frozenset({"clock", "time"})
LENGTH_WORDS = ("duration", "length", "runtime", "elapsed")
MIN_YEAR, MAX_YEAR = 1900, 2200


def date_and_clock(value: Mapping[Any, Any], key: str = "") -> str | None:
    """The moment (or the day) an object of a date and a clock is, or None when it is not only those."""
    if not value or len(value) > 2 or any(word in key.lower() for word in LENGTH_WORDS):
        return None
    names = {str(name).strip().lower(): item for name, item in value.items()}
    dates = [name for name in names if name in DATE_KEYS]
    clocks = [name for name in names if name in CLOCK_KEYS]
    if len(dates) != 1 or len(dates) + len(clocks) != len(names):
        return None
    day = _day(names[dates[0]])
    if day is None:
        return None
    if not clocks:
        return day.isoformat()
    time = _time(names[clocks[0]])
    return f"{day.isoformat()}T{time.isoformat()}" if time is not None else None


def _day(text: Any) -> dt.date | None:
    if not isinstance(text, str) or len(text.strip()) != 10:  # YYYY-MM-DD only: no week or ordinal dates
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def _time(text: Any) -> dt.time | None:
    if not isinstance(text, str) or not 5 <= len(text.strip()) <= 8:  # HH:MM or HH:MM:SS, no zone
        return None
    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        return None
