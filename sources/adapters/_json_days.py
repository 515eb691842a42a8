"""A JSON record's days, for the ``json_api`` mapping (``_json_mapping``): a day given as an instant (the
``"local-day"`` format), a record that spans one whole day, and all-day records as dates. Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._json_dated_ranges import DATED_RANGE_FORMATS, dated_range_moment
from sources.adapters._json_dayless import DAYLESS_FORMATS, dayless_moment
from sources.adapters._json_sittings import SITTINGS_FORMATS, sittings_moment
from sources.adapters._json_summary import DAY_FIRST, MONTH_FIRST, SUMMARY, summary_moment
from sources.adapters.common import parse_datetime

# A format's name: an ISO instant standing for a day (Simpleview's "date": "2026-03-09T06:59:59Z", the last second
# of 8 March in California), read as the day it falls on in the source's zone; maybe followed by a time's format,
# for a time of day given in a second path ("local-day %H:%M:%S": that day at that time).
LOCAL_DAY = "local-day"
# A format's name: an all-day end written as the day after the last, as iCalendar's DTEND;VALUE=DATE and the
# calendar APIs modelled on it write it (Google Calendar's "end": {"date": "2026-12-06"} for an event of the 5th):
# the day before is the last (for a one-day event, its start: no end, as day_span gives).
DAY_AFTER = "day-after"
# A format's name: a stamp written at its day's midnight in some zone, with no day beside it (left34's
# ``_json_day_stamps.stamp_alone``: "date": {"timestamp": 1944424800} beside "starts_at": "20:30"), read as the day
# whose midnight it is; maybe followed by a time's format, as LOCAL_DAY is.
MIDNIGHT_DAY = "midnight-day"
MIDNIGHT = dt.time(0, 0)
DAY_END = dt.time(23, 59)  # a day's last minute, as a record from 00:00 to 23:59 ends
SUMMARY_FORMATS = (DAY_FIRST, MONTH_FIRST)  # a day written as a short summary ("do 12/12/13 om 20:15"): _json_summary
# The formats read by name here, not by strptime (LOCAL_DAY may also be followed by a time's format).
DAY_FORMATS = (
    LOCAL_DAY,
    MIDNIGHT_DAY,
    DAY_AFTER,
    *SUMMARY_FORMATS,
    *DAYLESS_FORMATS,
    *DATED_RANGE_FORMATS,
    *SITTINGS_FORMATS,
)
TIMED_DAY_FORMATS = (LOCAL_DAY, MIDNIGHT_DAY)  # the formats a time's format may follow


def day_format(value_format: str) -> bool:
    """Whether a format is one of this module's: LOCAL_DAY (maybe with a time's format) or a summary's."""
    return value_format in DAY_FORMATS or value_format.startswith(tuple(each + " " for each in TIMED_DAY_FORMATS))


def day_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """A value read by one of this module's formats (``day_format``)."""
    if value_format.startswith(SUMMARY + " "):
        return summary_moment(value, value_format, tz)
    if value_format in DATED_RANGE_FORMATS:  # "6 Jan 2014 - 2 Apr 2014": _json_dated_ranges
        return dated_range_moment(value, value_format, tz)
    if value_format in SITTINGS_FORMATS:  # "2018-01-07T12:30:00 2018-01-07T19:00:00;…": _json_sittings
        return sittings_moment(value, value_format, tz)
    if value_format in DAYLESS_FORMATS:  # "Fri, 6 Sept, 20:00 – Sat, 7 Sept, 01:00": _json_dayless
        return dayless_moment(value, value_format, tz)
    if value_format == DAY_AFTER:
        return day_before(value)
    if value_format.startswith(MIDNIGHT_DAY):
        return local_day(value, value_format[len(MIDNIGHT_DAY) :].strip(), tz, midnight=True)
    return local_day(value, value_format[len(LOCAL_DAY) :].strip(), tz)


def day_before(value: Any) -> dt.date | None:
    """The day before a date written alone ("2026-12-06" → 5 December); None for anything else."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    day = parse_datetime(value.strip(), tz=dt.UTC)
    if day is None or isinstance(day, dt.datetime):  # parse_datetime keeps days in 2000–2100
        return None
    return day - dt.timedelta(days=1)


def local_day(
    value: Any, time_format: str, tz: dt.tzinfo | None, *, midnight: bool = False
) -> dt.datetime | dt.date | None:
    """An instant's day in ``tz``; with ``time_format``, that day at the time of day written after it. ``midnight``:
    the instant is its day's midnight in some zone (MIDNIGHT_DAY), maybe a number (an epoch): that day."""
    if midnight and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or len(value) > 64:
        return None
    instant, _, clock = value.strip().partition(" ")
    moment = parse_datetime(int(instant) if midnight and EPOCH.fullmatch(instant) else instant, tz=dt.UTC)
    if not isinstance(moment, dt.datetime):
        return None
    day = midnight_of(moment)[0] if midnight else moment.astimezone(tz or dt.UTC).date()
    if not time_format:
        return None if clock.strip() else day
    try:
        parsed = dt.datetime.strptime(clock.strip(), time_format)  # noqa: DTZ007 - the day's zone applied below
    except (ValueError, re.error):
        return None
    return dt.datetime.combine(day, parsed.time(), tzinfo=tz or dt.UTC)


EPOCH = re.compile(r"\d{9,13}")
HALF_DAY = dt.timedelta(hours=12)


def midnight_of(moment: dt.datetime) -> tuple[dt.date, dt.timedelta]:
    """The day an instant is the midnight of, in the zone whose offset is the one from -12 h to under +12 h that
    makes it so, and that offset: 22:00 UTC is the next day's midnight at +2 h, 05:00 UTC the day's at -5 h."""
    utc = moment.astimezone(dt.UTC)
    offset = -dt.timedelta(hours=utc.hour, minutes=utc.minute, seconds=utc.second)
    if offset < -HALF_DAY:
        offset += 2 * HALF_DAY
    return (utc + offset).date(), offset


def day_span(
    start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, *, all_day: bool
) -> tuple[dt.datetime | dt.date, dt.datetime | dt.date | None]:
    """All-day events as dates (the end inclusive, None for a single day). An all-day end written as midnight
    after the first day ("2026-03-10T00:00:00" for an exhibit of the 8th and 9th) is the moment the last day
    ends, as calendars write it: the day before is the last. A moment at midnight UTC is its UTC day's
    (``_utc_midnight_day``)."""
    if not all_day:
        return start, end
    start, end = _utc_midnight_day(start), (_utc_midnight_day(end) if end is not None else None)
    first = start.date() if isinstance(start, dt.datetime) else start
    last = end.date() if isinstance(end, dt.datetime) else end
    if isinstance(end, dt.datetime) and end.time() == MIDNIGHT and last is not None and last > first:
        last -= dt.timedelta(days=1)
    return first, (last if last is not None and last > first else None)


def _utc_midnight_day(moment: dt.datetime | dt.date) -> dt.datetime | dt.date:
    """An all-day record's moment written at midnight UTC and read in a zone where it is not midnight
    ("2031-03-05T00:00:00Z", 18:00 the day before in Chicago, 01:00 in Berlin): a day stored as UTC midnight, so the
    UTC moment, whose day is the day written (left45). Midnight in the record's zone stays as it is: "…T23:00:00Z"
    for Berlin is its next day's midnight there."""
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None or moment.time() == MIDNIGHT:
        return moment
    utc = moment.astimezone(dt.UTC)
    return utc if utc.time() == MIDNIGHT else moment


def whole_day(start: dt.date, end: dt.date | None, zone: dt.tzinfo | None = None) -> bool:
    """A record from 00:00 to 23:59 of one day ("2026-07-19 00:00:00" to "2026-07-19 23:59:00"), or from one
    midnight to a later one ("2022-04-13T00:00:00+02:00" to "2022-04-14T00:00:00+02:00": the all-day events of a
    room's calendar, which its API sends as times): the days themselves, written as the moments that bound them.
    Both are read in the record's own wall time, and only when that is the local wall time: a midnight written in
    another offset than the reader's zone has there ("2014-02-08T00:00:00+00:00" read in Bratislava is 01:00) is
    a moment, not the start of a local day."""
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime) or start.time() != MIDNIGHT:
        return False
    if zone is not None and start.utcoffset() is not None and start.utcoffset() != start.astimezone(zone).utcoffset():
        return False
    if end.time() == MIDNIGHT:
        return end.date() > start.date()
    return end.date() == start.date() and end.time().replace(second=0) == DAY_END


EPOCH_FORMATS = frozenset({"epoch", "epoch_ms"})


def epoch_days(
    start: dt.date, end: dt.date | None, start_format: Any, end_format: Any
) -> tuple[dt.date, dt.date | None] | None:
    """A record whose start and end are epoch numbers each exactly at a UTC day's start, the end a later one
    ("start": 1308960000, "stop": 1309132800: 25 June 2011 00:00 to 27 June 00:00 UTC): days stored as numbers,
    the end the day after the last, as calendars write an all-day end. Its first and last day (None for one day), or
    None for anything else: a start alone, an end at the same midnight, a time of day in either (19:00 UTC is a
    moment), a value not read as an epoch number. Read in the source's zone, such a start is the evening before
    anywhere west of Greenwich."""
    if not (_epoch(start_format) and _epoch(end_format)):
        return None
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        return None
    first, after = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    if first.time() != MIDNIGHT or after.time() != MIDNIGHT or after <= first:
        return None
    last = after.date() - dt.timedelta(days=1)
    return first.date(), (last if last > first.date() else None)


def _epoch(value_format: Any) -> bool:
    formats = value_format if isinstance(value_format, (list, tuple)) else [value_format]
    return bool(formats) and all(isinstance(each, str) and each in EPOCH_FORMATS for each in formats)
