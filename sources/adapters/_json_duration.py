"""An event's length where its source gives no end: the end is the start plus a duration.

Schedules and ticketing APIs often state how long an event lasts instead of when it ends: a conference talk's
"duration": "00:25" (frab, Pentabarf) or 30 (minutes, FOSDEM's JSON), a film's "runTime": 195 (minutes), a
volunteer shift's "Duration": "3.00" (hours), schema.org's "PT1H30M". The ``json_api`` mapping field
``duration`` reads one, with its ``format`` the unit: ``minutes``, ``hours``, ``seconds``, ``hh:mm`` or
``iso8601``; the end is the start plus it, when the item has no end of its own and its start has a time.

The inference (``duration_column``) takes a column only when its key names a length ("duration", "runtime",
"run time", or "length" with a unit of time: a cinema's "LengthInMinutes") and its values read in one unit: clock text ("00:15", "1:30:00") as hours and minutes, ISO 8601
durations as themselves, numbers by the key's own unit word ("durationMinutes") or, without one, by their
range: a decimal below 24 ("3.00", 1.5) is hours, whole numbers from 13 up to a day are minutes, whole minutes
written in milliseconds (7200000) are milliseconds; small whole
numbers alone (1, 2, 3: hours or minutes?) decide nothing, and are left out, as is a column holding one under 10
but 5 (6, 8, 14, 30: a course's weeks or days) or only whole minutes of ten hours and more (600, 900, 1200: short
talks in seconds?). The key's other words must still make it the event's ("session_duration", not
"parking_duration"), and the object holding it the item, a container or the event ("video": {"duration"} is not).

Every value comes from an untrusted document: the patterns here have bounded repeats and no overlapping
quantifiers (tested on 100 KB of adversarial text).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # _json_shapes reads dates with _json_mapping, which reads durations with this module
    from sources.adapters._json_shapes import Column

UNITS = ("minutes", "hours", "seconds", "milliseconds", "hh:mm", "iso8601")
DURATION_WORDS = frozenset({"duration", "durations", "runtime", "runtimes"})
RUN_TIME = ("run", "time")  # "runTime", "run_time"
UNIT_WORDS = {"minutes": "minutes", "minute": "minutes", "mins": "minutes", "min": "minutes",
              "hours": "hours", "hour": "hours", "hrs": "hours", "hr": "hours",
              "seconds": "seconds", "second": "seconds", "secs": "seconds", "sec": "seconds",
              "milliseconds": "milliseconds", "millis": "milliseconds", "ms": "milliseconds"}  # fmt: skip
# Words beside "duration" (in its key, or the objects above it) that still make it the event's own length: the
# item's own, or that of what it is an occurrence of (a TV calendar's episode holds its "series": {"runtime": 30},
# and every episode lasts that long).
OWN_LENGTH_WORDS = frozenset({"event", "events", "session", "sessions", "talk", "show", "performance", "film",
                              "movie", "total", "estimated", "slot", "length", "schedule", "timing", "timings",
                              "time", "times", "details", "detail", "info", "attributes", "data", "item", "node",
                              "source", "fields", "occurrence", "instance", "production", "series",
                              "programme", "program", "episode", "booking", "activity", "lesson", "class",
                              "metadata"})  # fmt: skip  # SportsML's "event-metadata" (feeds71)
# The unit words a "length" needs to be one of time ("min" left out: "lengthMin" is a minimum as often as minutes;
# "second" too: an ordinal as often as a unit),
# and the word a key joins its unit with ("LengthInMinutes", "duration_in_hours").
TIME_UNIT_WORDS = frozenset(UNIT_WORDS) - {"min", "second"}  # "secondLength": the second one's, an ordinal
UNIT_FILLERS = frozenset({"in"})
SECONDS = {"minutes": 60, "hours": 3600, "seconds": 1, "milliseconds": 0.001}
LONGEST = dt.timedelta(days=31)  # a "duration" longer than a month is not an event's length
MINUTE_MS = 60_000
LONGEST_MS = LONGEST // dt.timedelta(milliseconds=1)
DAY_MINUTES = 24 * 60
DAY_SECONDS = DAY_MINUTES * 60
MIN_SHARE = 0.5  # of the sampled items that must have the duration
BAD_UNIT = "Unreadable duration format {value!r}: use one of " + ", ".join(UNITS) + "."
_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
_ISO = re.compile(r"^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,6})M)?(?:(\d{1,7})S)?)?$")
_DECIMAL = re.compile(r"^\d{1,6}(?:\.\d{1,3})?$")
MAX_TEXT = 32  # longer text is no duration, whatever it holds


def read_duration(value: Any, unit: str | None) -> dt.timedelta | None:
    """The length ``value`` states in ``unit``, or None when it does not read (or is none, or longer than
    LONGEST)."""
    length = _length(value, unit)
    return length if length is not None and dt.timedelta(0) < length <= LONGEST else None


def _length(value: Any, unit: str | None) -> dt.timedelta | None:
    if isinstance(value, bool) or value is None:
        return None
    text = value.strip() if isinstance(value, str) else None
    if text is not None and len(text) > MAX_TEXT:
        return None
    if unit == "hh:mm":
        match = _CLOCK.match(text or "")
        if match is None:
            return None
        hours, minutes, seconds = (int(part or 0) for part in match.groups())
        return dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    if unit == "iso8601":
        match = _ISO.match(text or "")
        if match is None or text in ("P", "PT"):
            return None
        days, hours, minutes, seconds = (int(part or 0) for part in match.groups())
        return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if unit in SECONDS:
        number = _number(value, unit)
        return dt.timedelta(seconds=number * SECONDS[unit]) if number is not None else None
    return None


def _number(value: Any, unit: str | None = None) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) if 0 <= value < (LONGEST_MS + 1 if unit == "milliseconds" else 10**7) else None
    if isinstance(value, str) and _DECIMAL.match(value.strip()):
        return float(value.strip())
    return None


def ends_after(start: Any, value: Any, spec: Any) -> dt.datetime | None:
    """The end of an event starting at ``start`` and lasting ``value`` (read by ``spec``'s format, the unit);
    None for an all-day start, no spec or no readable length."""
    if spec is None or not isinstance(start, dt.datetime):
        return None
    unit = spec.format if isinstance(spec.format, str) else None
    length = read_duration(value, unit)
    return start + length if length is not None else None


def check_unit(value: Any) -> str:
    """A ``duration`` mapping's format: one of UNITS."""
    if value not in UNITS:
        raise ValueError(BAD_UNIT.format(value=value))
    return value


# --- the inference --------------------------------------------------------------------------------------------


def duration_column(columns: Sequence[Column], used: set[str]) -> tuple[Column, str] | None:
    """The column stating each item's length, and its unit; None when none does clearly."""
    for column in columns:
        if column.path in used or column.share < MIN_SHARE or not _named(column):
            continue
        unit = column_unit(column)
        if unit is not None:
            return column, unit
    return None


def _named(column: Column) -> bool:
    """A key naming the event's own length: "duration", "runTime", "durationMinutes", "session_length"… at the
    item's top, in an object the item sits in (a show's, under ``^``) or in one named as the event ("event",
    "timing"); not another thing's length ("parking_duration", "course_duration" in weeks) nor inside an object
    about something else ("video": {"duration"}: the recording's)."""
    names = glued_length(column.key_words)
    if not (set(names) & DURATION_WORDS or all(word in names for word in RUN_TIME) or timed_length(names)):
        return False
    if set(names) - DURATION_WORDS - set(RUN_TIME) - set(UNIT_WORDS) - OWN_LENGTH_WORDS - UNIT_FILLERS:
        return False
    from sources.adapters._json_shapes import words  # _json_shapes imports this module through _json_mapping

    above = [part for part in column.path.split(".")[:-1] if not part.isdigit()]
    holder = above[-1] if above else ""  # the object holding it: "^event" (the show's), "room.event", "video"
    return holder.startswith("^") or set(words(holder)) <= OWN_LENGTH_WORDS


def timed_length(names: list[str]) -> bool:
    """A "length" whose key states a unit of time (a cinema's "LengthInMinutes", "length_hours", "lengthSeconds"):
    the event's length. A bare "length" (a route's, a cable's), one in another unit ("lengthKm") or with "min" (a
    minimum as well as minutes: "lengthMin") is not."""
    return "length" in names and any(word in TIME_UNIT_WORDS for word in names)


def glued_length(names: list[str]) -> list[str]:
    """A length named in one lower-case word, an own-length word glued to "duration" (Moodle's "timeduration",
    "eventduration"): its two words; any other key's words as they are ("duration", "parkingduration")."""
    if len(names) == 1 and names[0].endswith("duration") and names[0][: -len("duration")] in OWN_LENGTH_WORDS:
        return [names[0][: -len("duration")], "duration"]
    return names


def column_unit(column: Column) -> str | None:
    """How the column's values read as lengths: the one unit that reads every value, else None."""
    present = column.present
    strings = [value.strip() for value in present if isinstance(value, str)]
    if strings and len(strings) == len(present):
        if all(_CLOCK.match(text) for text in strings):
            return "hh:mm"
        if all(len(text) <= MAX_TEXT and _ISO.match(text) and text not in ("P", "PT") for text in strings):
            return "iso8601"
    if _whole_minutes_in_ms(present):
        return "milliseconds"
    numbers = [_number(value) for value in present]
    if not numbers or any(number is None for number in numbers):
        return None
    stated = next((UNIT_WORDS[word] for word in column.key_words if word in UNIT_WORDS), None)
    if stated is not None:
        return stated
    decimal = any(
        (isinstance(value, str) and "." in value) or (isinstance(value, float) and value % 1) for value in present
    )
    return _unit_by_range([number for number in numbers if number is not None], decimal=decimal)


def _unit_by_range(numbers: Sequence[float], *, decimal: bool) -> str | None:
    """The unit bare numbers are in, by their range: hours, minutes, seconds, or None when it is unclear."""
    largest = max(numbers)
    if decimal and largest <= 24:
        return "hours"  # "3.00", 1.5: minutes are not written in fractions
    if not decimal and largest > DAY_MINUTES and _whole_minutes_in_seconds([number for number in numbers if number]):
        return "seconds"  # 2700, 3600: more than a day as minutes, so whole minutes in seconds (Deciplus's classes;
        # Moodle's 0 beside 5400: a deadline has no length)
    if decimal or not 13 <= largest <= DAY_MINUTES:
        return None
    if any(0 < number < 10 and number != 5 for number in numbers):
        return None  # 6, 8, 14, 30: weeks, sessions or days of a course; minutes are not written 6 or 8
    if all(number >= 600 and number % 60 == 0 for number in numbers):
        return None  # 600, 900, 1200: ten hours and more in minutes, or ten minutes and more in seconds
    return "minutes"


def _whole_minutes_in_seconds(numbers: Sequence[float]) -> bool:
    """Whole numbers that are each whole minutes in seconds, from ten minutes to a day (600 to 86400), and not
    each a whole number of days in minutes (1440, 2880, 4320: a course's days, not 24, 48 and 72 minutes)."""
    return all(600 <= number <= DAY_SECONDS and number % 60 == 0 for number in numbers) and not all(
        number % DAY_MINUTES == 0 for number in numbers
    )


def _whole_minutes_in_ms(present: Sequence[Any]) -> bool:
    """Whole numbers that are each a whole number of minutes in milliseconds (7200000: two hours, Meetup's
    "duration"), up to LONGEST: as minutes or seconds they would be months or years, so no other unit reads them."""
    return bool(present) and all(
        isinstance(value, int)
        and not isinstance(value, bool)
        and MINUTE_MS <= value <= LONGEST_MS
        and value % MINUTE_MS == 0
        for value in present
    )
