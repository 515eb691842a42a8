"""A record's days written as one text with their year: a run, "6 Jan 2014 - 2 Apr 2014", a day with two clocks,
"8 Mar 2014 10:00am - 2:00pm", or a day alone, "8 Mar 2014 ". Pure.

Listing APIs that keep an event's dates for people to read put them in one field (the Leeds Inspired API's
``event_date``: exhibitions over months, workshops of an afternoon, single days, in the one column), where no single
date format reads the column, so no start was found and the document stayed unread. The text is read by the page
reader's own readers, so every way a page writes a day and a clock reads here too ("6 janvier 2014 - 2 avril 2014",
"6 - 8 March 2014", "8 Mar 2014 at 7.30pm"): ``_page_dates.find_dates`` finds its days, ``_page_date_clocks.
find_clock`` its clocks. A value reads when those cover the whole text (spaces, a comma or "at" before a clock, and
the dash of a run aside): one or two days, each with its month's name and a four-digit year written, a clock after
each maybe, the second after a dash; or one day and a clock range ("10:00am - 2:00pm"). The start is read under
``DATED_RANGE`` and the end (a run's last day, the second day, or the range's end on the start's day) under
``DATED_RANGE_END``; a value with no end has none. A column reads so when at least READ_SHARE of its values do (the
shape says "datetime" when some carry a clock), and only when at least one of them is a run or a day with two clocks:
a column of single written days ("Monday, 6 July 2026", a parliament's sittings labelled by their day) is left as it
was read before.

Not: a text that goes on after its dates ("6 Jan 2014 - 2 Apr 2014, Tuesdays only" is prose, read elsewhere if at
all), a day with no year (``_json_dayless`` reads weekday-led ones), numeric dates (the date formats read those) or a
two-digit year, an end before its start, an hour alone with no minutes and no am/pm.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_date_clocks import ClockHit, find_clock
from sources.adapters._page_dates import MONTHS, DateHit, find_dates
from sources.adapters._page_intl import intl_month
from sources.adapters.common import plausible

DATED_RANGE = "day-month-year-range"  # a format's name: the start such a text opens with
DATED_RANGE_END = f"{DATED_RANGE} end"  # a format's name: the end written after its dash
DATED_RANGE_FORMATS = (DATED_RANGE, DATED_RANGE_END)
MAX_TEXT = 80
# Any day: every day read here has its year written, so the reading day decides nothing.
_ANY_DAY = dt.date(2000, 1, 1)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]{3,12}")
_BEFORE_CLOCK = re.compile(r"[\s,]{0,3}(?:(?:at|um|à|a las|om|kl\.?)\s)?", re.IGNORECASE)
_DASH = re.compile(r"\s{0,2}[-–—]\s{0,2}")


@dataclasses.dataclass(frozen=True, slots=True)
class _Reading:
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None


def dated_range_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """The start (``DATED_RANGE``) or the end (``DATED_RANGE_END``) such a text gives; None when the text is not
    one, or (for the end) states no end."""
    reading = _reading(value, tz or dt.UTC)
    if reading is None:
        return None
    return reading.end if value_format == DATED_RANGE_END else reading.start


def dated_range_shape(strings: Sequence[str]) -> tuple[int, float] | None:
    """How many of the values read as such texts, and the share of those with a clock; None when none does."""
    read = [reading for text in strings if (reading := _reading(text, dt.UTC)) is not None]
    if not read:
        return None
    return len(read), sum(1 for reading in read if isinstance(reading.start, dt.datetime)) / len(read)


def dated_range_end(start_spec: Any) -> dict[str, str] | None:
    """The end of a start read from such texts: the same text read after its dash (``DATED_RANGE_END``)."""
    if (
        isinstance(start_spec, dict)
        and start_spec.get("format") == DATED_RANGE
        and isinstance(start_spec.get("path"), str)
    ):
        return {"path": start_spec["path"], "format": DATED_RANGE_END}
    return None


def _reading(value: Any, tz: dt.tzinfo) -> _Reading | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    text = " ".join(value.split())
    if not text or not _YEAR.search(text):
        return None
    days = find_dates(text, year_hint=None, today=_ANY_DAY)
    if not 1 <= len(days) <= 2 or days[0].start != 0 or not all(_written_day(text, day) for day in days):
        return None
    try:
        return _one_day(text, days[0], tz) if len(days) == 1 else _two_days(text, days[0], days[1], tz)
    except _NotARangeError:
        return None


def _one_day(text: str, day: DateHit, tz: dt.tzinfo) -> _Reading:
    """ "8 Mar 2014", "6 - 8 March 2014" (a span in one month), "8 Mar 2014 10:00am - 2:00pm" (a clock range)."""
    clock = _clock_after(text, day.end, len(text))
    start = _at(day.date, clock.start if clock else None, tz)
    end: dt.datetime | dt.date | None = day.end_date
    if clock is not None and clock.end is not None:  # past midnight: the next morning (``ClockHit.end``)
        # a run's hours end on its last day ("2 - 8 March 2031 10:00-16:00"), as the page reader reads them
        end = _at((day.end_date or day.date) + dt.timedelta(days=_nights(clock)), clock.end, tz)
    return _Reading(start, end if end is not None and _not_before(end, start) else None)


def _two_days(text: str, first: DateHit, second: DateHit, tz: dt.tzinfo) -> _Reading:
    """ "6 Jan 2014 - 2 Apr 2014", "Sat 8 Mar 2014 19:30 - 9 Mar 2014 10:00": a dash between, a clock after each maybe;
    or the run's hours after its last day ("2 Mar 2014 - 8 Mar 2014 10:00-16:00": from 10:00 on the first day to 16:00
    on the last, as the page reader reads them)."""
    dash = _last_dash(text, first.end, second.start)
    clock, later = _clock_after(text, first.end, dash), _clock_after(text, second.end, len(text))
    if (clock is not None and clock.end is not None) or (later is not None and later.end is not None and clock):
        raise _NotARangeError
    hours = later if later is not None and later.end is not None else None  # a run's hours after its last day
    start = _at(first.date, clock.start if clock else hours.start if hours else None, tz)
    last = second.date + dt.timedelta(days=_nights(hours) if hours else 0)
    end = _at(last, hours.end if hours else later.start if later else None, tz)
    return _Reading(start, end if _not_before(end, start) else None)


def _nights(clock: ClockHit) -> int:
    """The days a clock range's end is after its start's: past midnight, the next morning (``ClockHit.end``)."""
    return clock.days + (clock.end is not None and clock.end < clock.start and not clock.days)


class _NotARangeError(Exception):
    """Something other than a clock, a comma or a dash is written beside the days: not such a text."""


def _written_day(text: str, day: DateHit) -> bool:
    """A day with its month's name and a four-digit year ("8 Mar 2014", "6 janvier 2014"), none numeric."""
    written = text[day.start : day.end]
    named = any(MONTHS.get(word.lower()[:3]) or intl_month(word) for word in _WORD.findall(written))
    return day.year_written and named and bool(_YEAR.search(written)) and plausible(day.date)


def _clock_after(text: str, start: int, end: int) -> ClockHit | None:
    """The clock written between ``start`` and ``end`` and nothing else ("", " 19:30", ", at 7pm"); None when
    nothing is written there. Raises ``_NotARangeError`` when something else is."""
    piece = text[start:end]
    lead = _BEFORE_CLOCK.match(piece)
    rest = piece[lead.end() if lead else 0 :]
    if not rest.strip():
        if piece.strip(" ,"):
            raise _NotARangeError
        return None
    clock = find_clock(rest, dated=True)
    if clock is None or clock.until is not None or clock.span != (0, len(rest.rstrip())):
        raise _NotARangeError
    return clock


def _last_dash(text: str, start: int, end: int) -> int:
    """Where the dash between two days starts: it must end just before the second day."""
    for match in _DASH.finditer(text, start, end):
        if match.end() == end:
            return match.start()
    raise _NotARangeError


def _at(day: dt.date, time: dt.time | None, tz: dt.tzinfo) -> dt.datetime | dt.date:
    return day if time is None else dt.datetime.combine(day, time, tzinfo=tz)


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
