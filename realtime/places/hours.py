"""Open or closed right now, from the weekly hours the Google Places enrichment stores. Pure.

``Venue.opening_hours`` holds Google's ``regularOpeningHours.weekdayDescriptions`` as they came (see
sources/enrichment.py): one line per day, in the venue's own wall-clock time, e.g.

    "Monday: Closed"
    "Tuesday: Open 24 hours"
    "Friday: 6:00 PM – 2:00 AM"             (closes after midnight: Saturday 02:00)
    "Sunday: 2:00 – 10:00 PM"               (the first time shares the second's PM)
    "Saturday: 11:00 AM – 2:00 PM, 5:00 – 11:00 PM"

Google separates with narrow no-break and thin spaces (U+202F, U+2009) and an en dash; 24-hour times
("09:00–17:00") and "Every day: …" are read too. A line that cannot be read makes the whole week unknown
(``None``): a prediction from half the week would claim "closed" on the days we failed to read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EVERY_DAY = ("every day", "daily")
CLOSED = "closed"
ALL_DAY = ("open 24 hours", "24 hours")
# The hours are looked at this many days around today: enough for a range that started yesterday evening and
# for the next opening of a venue closed for most of the week.
LOOK_BEHIND_DAYS = 1
LOOK_AHEAD_DAYS = 8

_SPACES = re.compile(r"[\s\u202f\u2009\u00a0]+")
# Never started inside a run of spaces: its first space starts the same split (linear on "12" + 20k spaces).
_RANGE_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*+[–—-]\s*+")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")

# (weekday 0-6, opens, closes); closes <= opens means the next day (closes == opens: around the clock)
WeeklyRange = tuple[int, dt.time, dt.time]


@dataclasses.dataclass(frozen=True, slots=True)
class OpenState:
    open_now: bool
    until: dt.datetime | None  # the next opening or closing (aware, UTC); None: none within the days looked at


def _clock(text: str, meridiem: str | None) -> tuple[dt.time, str | None] | None:
    """``"6:30 PM"`` → 18:30 and its meridiem; ``"2:00"`` takes ``meridiem`` when given (Google's shared PM)."""
    match = _TIME.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    own = (match.group(3) or "").replace(".", "") or None
    marker = own or meridiem
    if minute > 59:
        return None
    if marker is None:
        if hour == 24 and minute == 0:  # "24:00": the end of the day
            return dt.time(0, 0), None
        return (dt.time(hour, minute), None) if hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if marker == "pm" else 0)
    return dt.time(hour, minute), own


def _ranges(text: str) -> list[tuple[dt.time, dt.time]] | None:
    """One day's text after the colon: its ranges, [] when closed, None when unreadable."""
    text = text.strip().lower()
    if text == CLOSED:
        return []
    if text in ALL_DAY:
        return [(dt.time(0, 0), dt.time(0, 0))]
    ranges: list[tuple[dt.time, dt.time]] = []
    for part in text.split(","):
        bounds = _RANGE_SPLIT.split(part.strip())
        if len(bounds) != 2:
            return None
        closes = _clock(bounds[1], None)
        if closes is None:
            return None
        opens = _clock(bounds[0], closes[1])
        if opens is None:
            return None
        ranges.append((opens[0], closes[0]))
    return ranges


def weekly_ranges(lines: Iterable[object]) -> list[WeeklyRange] | None:
    """Every line read into (weekday, opens, closes); None when any line is unreadable or no day is named."""
    found: list[WeeklyRange] = []
    named = False
    for line in lines:
        if not isinstance(line, str) or ":" not in line:
            return None
        day, _, rest = _SPACES.sub(" ", line).partition(":")
        day = day.strip().lower()
        if day in DAYS:
            weekdays = [DAYS.index(day)]
        elif day in EVERY_DAY:
            weekdays = list(range(7))
        else:
            return None
        ranges = _ranges(rest)
        if ranges is None:
            return None
        named = True
        found.extend((weekday, opens, closes) for weekday in weekdays for opens, closes in ranges)
    return found if named else None


def _at(day: dt.date, clock: dt.time, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    # Wall-clock time in the venue's zone (a DST gap or fold resolves the zoneinfo way), then UTC.
    return dt.datetime.combine(day, clock, tzinfo=zone).astimezone(dt.UTC)


def _intervals(ranges: list[WeeklyRange], today: dt.date, zone: zoneinfo.ZoneInfo) -> list[list[dt.datetime]]:
    """The concrete open intervals around ``today`` (UTC), sorted and merged where they touch."""
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    for offset in range(-LOOK_BEHIND_DAYS, LOOK_AHEAD_DAYS):
        day = today + dt.timedelta(days=offset)
        for weekday, opens, closes in ranges:
            if weekday != day.weekday():
                continue
            end_day = day if closes > opens else day + dt.timedelta(days=1)
            spans.append((_at(day, opens, zone), _at(end_day, closes, zone)))
    merged: list[list[dt.datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def open_state(lines: Iterable[object], *, now: dt.datetime, zone: zoneinfo.ZoneInfo) -> OpenState | None:
    """Whether the venue is open at ``now`` by its weekly hours, and until when; None when the hours are unknown."""
    ranges = weekly_ranges(lines)
    if ranges is None:
        return None
    now = now.astimezone(dt.UTC)
    for start, end in _intervals(ranges, now.astimezone(zone).date(), zone):
        if start <= now < end:
            return OpenState(open_now=True, until=end)
        if now < start:
            return OpenState(open_now=False, until=start)
    return OpenState(open_now=False, until=None)


def next_local_midnight(now: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The start of tomorrow on the venue's clock (UTC): the same answer all day, so recomputing changes nothing."""
    return _at(now.astimezone(zone).date() + dt.timedelta(days=1), dt.time(0, 0), zone)
