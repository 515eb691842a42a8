"""A record's days written as one text with their year: a run, "6 Jan 2014 - 2 Apr 2014", a day with two clocks,
"8 Mar 2014 10:00am - 2:00pm", or a day alone, "8 Mar 2014 ". Pure.

Listing APIs that keep an event's dates for people to read put them in one field (the Leeds Inspired API's
``event_date``: exhibitions over months, workshops of an afternoon, single days, in the one column), where no single
date format reads the column, so no start was found and the document stayed unread. A value reads when the whole
text (spaces aside) is a day with its month's name and a four-digit year, day first or month first ("8 Mar 2014",
"March 8, 2014", a weekday's name before either allowed), maybe with a clock ("10:00am", "19:30"), maybe followed by
a dash and its end: another such day (with its clock or not) or a clock alone, on the start's day. The start is read
under ``DATED_RANGE`` and the end, the same text after its dash, under ``DATED_RANGE_END``; a value with no end has
none. A column reads so when at least READ_SHARE of its values do (the shape says "datetime" when some carry a
clock), and only when at least one of them is a run or a day with two clocks: a column of single written days
("Monday, 6 July 2026", a parliament's sittings labelled by their day) is left as it was read before.

Not: a text that goes on after its dates ("6 Jan 2014 - 2 Apr 2014, Tuesdays only" is prose, read elsewhere if at
all), a day with no year (``_json_dayless`` reads weekday-led ones), numeric dates (the date formats read those), an
end before its start, an hour alone with no minutes and no am/pm.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_dates import MONTHS, safe_date
from sources.adapters.common import plausible

DATED_RANGE = "day-month-year-range"  # a format's name: the start such a text opens with
DATED_RANGE_END = f"{DATED_RANGE} end"  # a format's name: the end written after its dash
DATED_RANGE_FORMATS = (DATED_RANGE, DATED_RANGE_END)
MAX_TEXT = 80

_CLOCK = r"(?P<{h}>2[0-3]|[01]?\d)(?::(?P<{m}>[0-5]\d))?(?:\s?(?P<{p}>[ap])\.?m\.?)?"
_DAY = (
    r"(?:[a-z]{{3,9}}\.?,?\s)?"  # a weekday's name, not checked: the year is written
    r"(?:(?P<{d}>[0-3]?\d)(?:st|nd|rd|th)?\s(?P<{mo}>[a-z]{{3,9}})\.?"
    r"|(?P<{mo2}>[a-z]{{3,9}})\.?\s(?P<{d2}>[0-3]?\d)(?:st|nd|rd|th)?,?)"
    r"\s(?P<{y}>\d{{4}})"
)
_ONE = _DAY.format(d="day", mo="month", mo2="month2", d2="day2", y="year")
_OTHER = _DAY.format(d="eday", mo="emonth", mo2="emonth2", d2="eday2", y="eyear")
_TEXT = re.compile(
    rf"{_ONE}(?:,?\s(?:at\s)?{_CLOCK.format(h='hour', m='minute', p='meridiem')})?"
    rf"(?:\s?[-–—]\s?(?:{_OTHER}(?:,?\s(?:at\s)?{_CLOCK.format(h='ehour', m='eminute', p='emeridiem')})?"
    rf"|(?P<clock>{_CLOCK.format(h='chour', m='cminute', p='cmeridiem')})))?",
    re.IGNORECASE,
)


def dated_range_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """The start (``DATED_RANGE``) or the end (``DATED_RANGE_END``) such a text gives; None when the text is not
    one, or (for the end) states no end."""
    match = _match(value)
    if match is None:
        return None
    start = _moment(match, ("day", "month", "month2", "day2", "year"), ("hour", "minute", "meridiem"), tz)
    if start is None or value_format != DATED_RANGE_END:
        return start
    if match["eyear"] is not None:
        end = _moment(match, ("eday", "emonth", "emonth2", "eday2", "eyear"), ("ehour", "eminute", "emeridiem"), tz)
    elif match["clock"] is not None and isinstance(start, dt.datetime):
        time = _clock(match, ("chour", "cminute", "cmeridiem"))
        end = dt.datetime.combine(start.date(), time, tzinfo=start.tzinfo) if time is not None else None
    else:
        return None
    return end if end is not None and _not_before(end, start) else None


def dated_range_shape(strings: Sequence[str]) -> tuple[int, float] | None:
    """How many of the values read as such texts, and the share of those with a clock; None when none does."""
    read = [moment for text in strings if (moment := dated_range_moment(text, DATED_RANGE, dt.UTC)) is not None]
    if not read:
        return None
    return len(read), sum(1 for moment in read if isinstance(moment, dt.datetime)) / len(read)


def dated_range_end(start_spec: Any) -> dict[str, str] | None:
    """The end of a start read from such texts: the same text read after its dash (``DATED_RANGE_END``)."""
    if (
        isinstance(start_spec, dict)
        and start_spec.get("format") == DATED_RANGE
        and isinstance(start_spec.get("path"), str)
    ):
        return {"path": start_spec["path"], "format": DATED_RANGE_END}
    return None


def _match(value: Any) -> re.Match[str] | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    text = " ".join(value.split())
    return _TEXT.fullmatch(text) if text and not text[0].isspace() else None


def _moment(
    match: re.Match[str], day_groups: tuple[str, ...], clock_groups: tuple[str, str, str], tz: dt.tzinfo | None
) -> dt.datetime | dt.date | None:
    day_name, month_name, month_name2, day_name2, year_name = day_groups
    month = MONTHS.get((match[month_name] or match[month_name2] or "").lower().rstrip("."))
    day_text = match[day_name] or match[day_name2]
    if month is None or day_text is None:
        return None
    date = safe_date(int(match[year_name]), month, int(day_text))
    if date is None or not plausible(date):
        return None
    if match[clock_groups[0]] is None:
        return date
    time = _clock(match, clock_groups)
    if time is None:
        return None  # "8 Mar 2014 10" is no clock: not this kind of text
    return dt.datetime.combine(date, time, tzinfo=tz or dt.UTC)


def _clock(match: re.Match[str], groups: tuple[str, str, str]) -> dt.time | None:
    hour, minute, meridiem = (match[name] for name in groups)
    if hour is None or (minute is None and meridiem is None):
        return None
    number = int(hour)
    if meridiem is not None:
        if not 1 <= number <= 12:
            return None
        number = number % 12 + (12 if meridiem.lower() == "p" else 0)
    return dt.time(number, int(minute or 0))


def _not_before(end: dt.datetime | dt.date, start: dt.datetime | dt.date) -> bool:
    """An end with a clock after a start with one; else an end on the start's day or later."""
    if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
        return end > start
    last, first = (moment.date() if isinstance(moment, dt.datetime) else moment for moment in (end, start))
    return last >= first


def dated_range_date_shape(strings: Sequence[str]) -> Any:
    """The column's ``DateShape`` when at least READ_SHARE of its values read as such texts (``_json_shapes``'s last
    try), else None."""
    from sources.adapters._json_shapes import READ_SHARE, DateShape  # imported late: that module imports this one

    found = dated_range_shape(strings)
    if found is None or found[0] < READ_SHARE * len(strings):
        return None
    if not any(dated_range_moment(text, DATED_RANGE_END, dt.UTC) is not None for text in strings):
        return None  # single days only ("Monday, 6 July 2026"): a day's label, read as it was (a title), not runs
    read, timed = found
    return DateShape(DATED_RANGE, "datetime" if timed else "date", read / len(strings), timed)
