"""A range that writes a whole date and a time on both sides ("Wed, Oct 7, 2026 18:30 – Thu, Oct 8, 2026 07:30",
"October 7, 2026 6:30 PM - October 8, 2026 7:30 AM", "Oct 7, 2026 at 6:30 PM to Oct 9, 2026 at 11:00 AM"): the
event starts at the first and ends at the second, not two events nor a start alone. The start's time is read as
ever (find_clock); the end's date and time after it are its ``until``, which only a reader that knows the start's
day turns into an end (clock_end, until_day). Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._page_dates import ClockHit, DatedEnd, DateHit, end_moment, find_clock, find_dates, safe_date

# What joins the start's time to the end's date: a dash or a word, with its spaces.
JOIN = re.compile(r"[ \t]{0,3}(?:[-–—]|\b(?:to|until|till|through|thru|bis)\b)[ \t]{0,3}", re.IGNORECASE)
# What stands between the end's date and its time ("Oct 8, 2026 07:30", "Oct 9, 2026 at 11:00 AM", "12 Oct, 16:00").
DATE_TIME = re.compile(r"[ \t]{0,3}(?:,|@|\||·|\bat\b|\bum\b|à)?[ \t]{0,3}", re.IGNORECASE)
DATE_REACH = 40  # the most characters of the end's date ("Thursday, September 10th, 2026")
TIME_REACH = 20  # and of its time ("11:00 a.m.")
LONGEST = dt.timedelta(days=31)  # a range of dates and times longer than a month is no one event's
_EPOCH = dt.date(2000, 1, 1)


def dated_end(text: str, clock: ClockHit | None) -> ClockHit | None:
    """``clock``, a start's time in ``text``, with the end written after it with its own date ("18:30 – Thu, Oct 8,
    2026 07:30"): its span then covers the end too. ``clock`` as it is when no such end follows it."""
    if clock is None or clock.end is not None or clock.until is not None:
        return clock
    join = JOIN.match(text, clock.span[1])
    if join is None:
        return clock
    dates = find_dates(text[join.end() : join.end() + DATE_REACH], year_hint=None, today=_EPOCH)
    if not dates or dates[0].start != 0 or dates[0].end_date is not None:
        return clock
    day: DateHit = dates[0]
    gap = DATE_TIME.match(text, join.end() + day.end)
    at = gap.end() if gap else join.end() + day.end
    later = find_clock(text[at : at + TIME_REACH], dated=True)
    if later is None or later.span[0] != 0 or later.end is not None:
        return clock
    until = DatedEnd(day.date, day.year_written, later.start)
    return dataclasses.replace(clock, span=(clock.span[0], at + later.span[1]), until=until)


def find_clock_until(text: str, *, dated: bool = False) -> ClockHit | None:
    """find_clock, with the end a range writes with its own date (see dated_end)."""
    return dated_end(text, find_clock(text, dated=dated))


def until_day(day: dt.date, start: dt.time, until: DatedEnd) -> dt.date | None:
    """The day a range that starts on ``day`` at ``start`` ends on, as its end's date writes it (a year-less one in
    the year that puts it on or after ``day``); None when it ends before it starts or more than a month after."""
    last: dt.date | None = until.day
    if not until.year_written:
        last = safe_date(day.year, until.day.month, until.day.day)
        if last is not None and last < day:
            last = safe_date(day.year + 1, until.day.month, until.day.day)
    if last is None:
        return None
    begins, ends = dt.datetime.combine(day, start), dt.datetime.combine(last, until.time)
    return last if begins < ends <= begins + LONGEST else None


def clock_end(day: dt.date, clock: ClockHit, tzinfo: dt.tzinfo) -> dt.datetime | None:
    """When an event that starts on ``day`` at ``clock`` ends: at its end's own date and time when the range writes
    them, else as end_moment reads it (later that day, the next morning, the day the range names)."""
    if clock.until is None:
        return end_moment(day, clock.start, clock.end, tzinfo, clock.days)
    last = until_day(day, clock.start, clock.until)
    return dt.datetime.combine(last, clock.until.time, tzinfo=tzinfo) if last is not None else None


def clock_ends(day: dt.date, clock: ClockHit | None) -> tuple[dt.time | None, dt.date | None]:
    """The end's time of a range that starts on ``day`` at ``clock``, and the day it ends on when it writes its own
    (until_day; None otherwise: later that day, or as the range names it)."""
    if clock is None or clock.until is None:
        return (clock.end if clock else None), None
    last = until_day(day, clock.start, clock.until)
    return (clock.until.time if last else None), last


def timed_range(text: str, first: DateHit, second: DateHit) -> bool:
    """Whether two dates of ``text`` are the start and the end of one range with their times ("Oct 7, 2026 18:30 –
    Oct 8, 2026 07:30"): the first's time, then the second date, then its time."""
    if second.start - first.end > DATE_REACH:
        return False
    window = text[first.end : second.end + DATE_TIME_AFTER]
    clock = find_clock_until(window, dated=True)
    return (
        clock is not None
        and clock.until is not None
        and clock.span[0] <= TIME_AHEAD
        and first.end + clock.span[1] >= second.end
    )


DATE_TIME_AFTER = 24  # the end's time after its date, with what stands between them
TIME_AHEAD = 6  # the most characters between the start's date and its time (", at ")
