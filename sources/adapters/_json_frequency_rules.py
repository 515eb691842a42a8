"""A recurrence rule stated with numbered frequencies, as Discord's scheduled events write it (``"recurrence_rule":
{"start": …, "frequency": 2, "interval": 1, "by_weekday": [2]}``), written as the iCalendar RRULE it means.

Discord documents the frequencies as iCalendar's in its order, numbered from 0 (yearly, monthly, weekly, daily),
weekdays from Monday 0 (``by_weekday``, ``by_n_weekday``: ``[{"n": 2, "day": 4}]`` the second Friday), months from
January 1. Only a key literally named ``frequency`` inside an object under a key named like a recurrence rule is read
(``_json_pattern_rules`` calls this); any number outside those ranges leaves the object as it was, so the record
stays the one event it states. The record's own start is the series' first, and the series is expanded within the
fetch window like any other (``_record_series``).

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")  # Discord's numbers 0..3
ICALENDAR_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # Monday 0
MAX_LISTED = 31  # a list of days or months longer than a month's days states no rule
MAX_INTERVAL = 1000
MAX_COUNT = 10_000
MAX_MOMENT_TEXT = 40  # an ISO moment with its offset, not a paragraph


def frequency_rule(value: Any) -> str | None:
    """The RRULE text of a recurrence object with a numbered ``frequency``, or None when it states none this reads."""
    if not isinstance(value, Mapping):
        return None
    frequency = _whole(value.get("frequency"), 0, len(FREQUENCIES) - 1)
    stated = value.get("interval")
    interval = 1 if stated is None else _whole(stated, 1, MAX_INTERVAL)
    if frequency is None or interval is None:
        return None
    parts = [f"FREQ={FREQUENCIES[frequency]}", f"INTERVAL={interval}"]
    days = _listed(value.get("by_weekday"), 0, 6)
    nth = [_nth(each) for each in _list(value.get("by_n_weekday"))]
    months = _listed(value.get("by_month"), 1, 12)
    month_days = _listed(value.get("by_month_day"), 1, 31)
    year_days = _listed(value.get("by_year_day"), 1, 366)
    count = _whole(value.get("count"), 1, MAX_COUNT) if value.get("count") is not None else None
    until = _until(value.get("end"))
    if None in (days, months, month_days, year_days, until) or None in nth:
        return None  # a number no weekday, month or day could be: not a rule this reads
    codes = [ICALENDAR_DAYS[day] for day in days or []] + [code for code in nth if code]
    if codes:
        parts.append(f"BYDAY={','.join(codes)}")
    if months:
        parts.append(f"BYMONTH={','.join(map(str, months))}")
    if month_days:
        parts.append(f"BYMONTHDAY={','.join(map(str, month_days))}")
    if year_days:
        parts.append(f"BYYEARDAY={','.join(map(str, year_days))}")
    if count is not None:
        parts.append(f"COUNT={count}")
    elif until:
        parts.append(f"UNTIL={until}")
    return ";".join(parts)


def _whole(value: Any, low: int, high: int) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) and len(value) <= MAX_LISTED else []


def _listed(value: Any, low: int, high: int) -> list[int] | None:
    """The numbers of a list (none when absent or null); None when one of them is out of range."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_LISTED:
        return None
    numbers = [_whole(each, low, high) for each in value]
    return None if None in numbers else [number for number in numbers if number is not None]


def _nth(value: Any) -> str | None:
    """``{"n": 2, "day": 4}`` → "2FR" (the second Friday); "-1" is the last."""
    if not isinstance(value, Mapping):
        return None
    n = value.get("n")
    day = _whole(value.get("day"), 0, 6)
    if day is None or not isinstance(n, int) or isinstance(n, bool) or n == 0 or not -5 <= n <= 5:
        return None
    return f"{n}{ICALENDAR_DAYS[day]}"


def _until(value: Any) -> str | None:
    """The series' end ("2024-12-31T19:59:07+00:00") as an iCalendar UTC moment; "" when it states none; None
    when it states one this cannot read (a time without its offset says no instant)."""
    return "" if value is None else utc_stamp(value)


def utc_stamp(value: Any) -> str | None:
    """A moment with its offset (an occurrence's start, a series' end) as an iCalendar UTC date-time
    ("20311009T160000Z"); None for anything else (a time without its offset says no instant)."""
    if not isinstance(value, str) or len(value) > MAX_MOMENT_TEXT:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return f"{moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
