"""An ISO date whose clock cannot be read: the day it states still stands.

A fixtures list wrote one match as ``"date": "2025-08-05T190:00:00Z"`` among ten well-formed dates (batch apis68,
a football pool's mock of a sports API): a typo in the clock, not in the day. ISO 8601 readers refuse the whole
value, and the match was dropped as having no start. The day before the "T" is written plainly, so the match is
read on that day (a date: its time unknown), as a listing whose time is still to be announced is.

A clock past midnight ("T24:00", "T25:30", as timetables write a night's late hours on the day they began) is that
day plus those hours, up to 47:59: ``2031-08-05T25:30`` is 01:30 on the 6th. Anything else after the "T" that is
made of digits and colons (an hour of three digits, a minute of 60 or more) keeps the day only. A value with words
or other characters after the "T", a date that is not a calendar day ("2031-02-30"), a year out of the plausible
range: not read (None), as before.

Review35: a clock in range whose hour is written in one digit ("2031-02-05 9:00:00", which ISO readers refuse) is
that time, not its day only: a field's other formats would have read it, and the day alone lost it. A clock with no
colon ("2031-02-01 123", a build's number after its day) is no clock, and a zone out of range ("+99:00") keeps the
day only, as an unreadable clock does.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters.common import plausible

# A date, "T" or one space, a clock of digits and colons (three parts at most, each 1-3 digits, an optional
# fraction), and an optional "Z" or numeric offset. Anchored and bounded: at most 40 characters are tried.
BROKEN_CLOCK = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<h>\d{1,3})(?::(?P<m>\d{1,3}))?(?::(?P<s>\d{1,3}))?(?:\.\d{1,9})?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?"
)
MAX_LENGTH = 40
LATEST_HOUR = 47  # "47:59" is the second day's last minute, as timetables write a service's late hours


def broken_clock_day(value: object, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """The moment an ISO value with an unreadable clock still states: its day, or that day plus the hours of a
    clock past midnight ("25:30"); None for a value this does not read."""
    if not isinstance(value, str) or len(value.strip()) > MAX_LENGTH:
        return None
    match = BROKEN_CLOCK.fullmatch(value.strip())
    if match is None:
        return None
    try:
        day = dt.date.fromisoformat(match["day"])
    except ValueError:
        return None
    if match["m"] is None:
        return None  # "2031-02-01 123": no clock's colon, no clock
    hours, minutes, seconds = (int(match[part] or 0) for part in ("h", "m", "s"))
    zone = _zone(match["zone"])
    if minutes >= 60 or seconds >= 60 or (match["zone"] and zone is None):
        return day if plausible(day) else None
    written = all(match[part] is None or len(match[part]) == 2 for part in ("m", "s")) and len(match["h"]) <= 2
    if hours < 24 and written:  # "9:00:00": a readable clock in one digit's hour
        moment = dt.datetime.combine(day, dt.time(hours, minutes, seconds), zone or tz or dt.UTC)
        return moment if plausible(moment) else None
    if 24 <= hours <= LATEST_HOUR:
        moment = dt.datetime.combine(day, dt.time(0), zone or tz or dt.UTC) + dt.timedelta(
            hours=hours, minutes=minutes, seconds=seconds
        )
        return moment if plausible(moment) else None
    return day if plausible(day) else None


def _zone(text: str | None) -> dt.tzinfo | None:
    """The written zone: "Z" as UTC, "+02:00" or "-0300" as that offset; None when none is written."""
    if not text:
        return None
    if text == "Z":
        return dt.UTC
    digits = text[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        return dt.timezone(offset if text[0] == "+" else -offset)
    except ValueError:  # "+99:00": no offset a clock has (review35); the value's day stands
        return None
