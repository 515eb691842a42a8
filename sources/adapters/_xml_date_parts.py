"""A date or a clock written as its parts, read as the one value it is. Pure.

Some XML exports write an event's day as an element of its parts and each clock as another
(``<date><year>2018</year><month>1</month><day>1</day></date>``, ``<start><hour>9</hour><minute>0</minute>
</start>``): a university calendar's records, a booking system's slots. Read as data, such a field is an object
of numbers, and no date shape fits it, so the record had no start at all. An object whose keys are only a date's
parts (a year, a month and a day, with or without an hour, a minute and a second) is that date
(``"2018-01-01"``, ``"2018-01-01T09:00"``); one whose keys are only a clock's parts (an hour, with or without its
minute and second) is that time of day (``"09:00"``). The inference then reads them as it reads any day and
clock written as text: a day field beside a start and an end time.

What stays an object: a month with no day (``{"year", "month"}``: no day to place an event on), a part out of range
(month 13, 30 February, hour 25), a part that is not a number, any other key beside the parts (``"label":
"Friday"``), and a length of time: parts named in the plural (``{"hours": 1, "minutes": 30}``) or under a name
that says duration, length or run time.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._xml_date_clock import date_and_clock

DAY_PARTS = frozenset({"year", "month", "day"})
CLOCK_PARTS = ("hour", "minute", "second")  # in this order; the hour is required, the rest optional
# The parts of a date and a clock together (a whole moment) may use the plural, as the Events Calendar's
# "start_date_details" does; a clock alone in the plural is a length of time.
PLURAL_CLOCK = {"hours": "hour", "minutes": "minute", "seconds": "second"}
LENGTH_WORDS = ("duration", "length", "runtime", "elapsed", "span", "count", "total")
MIN_YEAR, MAX_YEAR = 1900, 2200
_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def joined_date_parts(value: Any, key: str = "") -> Any:
    """``value`` with each object that is only a date's or a clock's parts replaced by that date or clock as text
    (see the module docstring); every other value as it was (lists and objects rebuilt only where one changed)."""
    if isinstance(value, Mapping):
        joined = _joined(value, key)
        if joined is not None:
            return joined
        changed = {name: joined_date_parts(item, str(name)) for name, item in value.items()}
        return changed if any(changed[name] is not value[name] for name in value) else value
    if isinstance(value, list):
        items = [joined_date_parts(item, key) for item in value]
        # An element of its own under the document's root is read as a list of records (``_xml_data``); one such
        # element of parts (a lone record's <date>) is its field's one value, as its text would have been.
        if len(items) == 1 and isinstance(items[0], str) and isinstance(value[0], Mapping):
            return items[0]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    return value


def _joined(value: Mapping[Any, Any], key: str) -> str | None:
    """The date or clock an object of parts is, or None when it is not only such parts."""
    if not value or any(word in key.lower() for word in LENGTH_WORDS):
        return None
    moment = date_and_clock(value, key)  # <StartDate><Date>…</Date><Clock>…</Clock></StartDate> (IOF XML)
    if moment is not None:
        return moment
    names = {str(name).lower(): name for name in value}
    numbers: dict[str, int] = {}
    for lowered, original in names.items():
        part = value[original]
        if not isinstance(part, (str, int)) or isinstance(part, bool) or not _NUMBER.match(str(part)):
            return None
        numbers[lowered] = int(part)
    keys = set(numbers)
    if DAY_PARTS <= keys:
        clock = {PLURAL_CLOCK.get(name, name): number for name, number in numbers.items() if name not in DAY_PARTS}
        if set(clock) - set(CLOCK_PARTS) or len(clock) != len(keys - DAY_PARTS):
            return None
        return _moment(numbers, clock)
    if keys and keys <= set(CLOCK_PARTS) and "hour" in keys:
        return _clock(numbers)
    return None


def _moment(numbers: Mapping[str, int], clock: Mapping[str, int]) -> str | None:
    year, month, day = numbers["year"], numbers["month"], numbers["day"]
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not clock:
        return date.isoformat()
    if "hour" not in clock:
        return None
    time = _clock(clock)
    return f"{date.isoformat()}T{time}" if time is not None else None


def _clock(parts: Mapping[str, int]) -> str | None:
    hour, minute, second = parts.get("hour", 0), parts.get("minute", 0), parts.get("second")
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and (second is None or 0 <= second <= 59)):
        return None
    return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
