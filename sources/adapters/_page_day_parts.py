"""One event's day told in its parts: under its date line, which gives no time, lines that name a part of the day
and its hours ("Morning session - Xdebug essentials: (10:00am - 12:30pm)", "Afternoon session - …: (01:30pm -
04:00pm)"): the event runs from the first part's start to the last part's end (pages batch 88, helper left29). Pure.

A workshop's page dates the day and times only its halves; read as it was, the day was all day. A part of the day
is named at the line's start: "Morning session", "Afternoon part", "Session 2", "Part 1", "Teil 1", "Vormittag",
"Nachmittag", "Matin", "Après-midi", "Ochtend", "Mattina", "Pomeriggio", "Mañana", "Tarde" — each line with a range
of hours, at least two, each starting no earlier than the one before ends (one day in order, not two tracks), before
any line with another date (the next day's, another event's).

Not: one part alone; two parts that overlap; lines that name no part of the day ("18:30 Doors open", "19:00 Main
talk": a meetup's programme, whose start the page's other readers decide); a part without an end ("Morning session
10:00"); opening hours ("Opening hours: 10:00 - 18:00" names no part).

Parts right under the date (left30): "Morning session: 10:00–12:30" one or two lines below the date was read as the
event's time by the reader of the lines that follow a date, before this last resort, so the event ended at 12:30.
When the line that reader takes names a part of the day, the parts' span is the event's (``part_span``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_date_clocks import ClockHit
from sources.adapters._page_dates import find_clock, find_dates

# A part of one day, named at its line's start (after a bullet): "Morning session", "Session 2", "Teil 1".
DAY_PART = re.compile(
    r"^[\W_]{0,3}(?:(?:morning|afternoon|evening|first|second|third)\s{1,3}(?:session|part|half|block)|"
    r"(?:session|part|teil|block|module|partie|parte)\s{1,3}\d{1,2}|vormittags?|nachmittags?|matin(?:ée)?|après-midi|"
    r"ochtend|middag|mattina|pomeriggio|mañana|tarde)(?![^\W\d_])",
    re.IGNORECASE,
)
REACH = 30  # lines after the date line looked at: a workshop's outline between its parts
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a line holds a date matters


def day_parts(lines: list[Any], date_line: Any) -> ClockHit | None:
    """The span from the first part's start to the last part's end (see the module's docstring), or None."""
    parts: list[ClockHit] = []
    for line in lines:
        if not 0 < line.index - date_line.index <= REACH:
            continue
        if find_dates(line.text, year_hint=None, today=_EPOCH):
            break  # another day's lines
        part = DAY_PART.match(line.text)
        clock = find_clock(line.text[part.end() :]) if part is not None else None  # the hours after the part's name
        if clock is None:
            continue
        if clock.end is None or clock.end <= clock.start or (parts and parts[-1].end and clock.start < parts[-1].end):
            return None  # a part without its end, past midnight, or two parts at once: no day in order
        parts.append(clock)
    if len(parts) < 2:
        return None
    return ClockHit(parts[0].start, parts[-1].end, parts[0].span)


def part_span(lines: list[Any], date_line: Any, line: Any) -> ClockHit | None:
    """The parts' span when ``line``, the line under the date whose hours were taken, names a part of the day and the
    parts give a day in order (``day_parts``); None otherwise, leaving that line's hours."""
    return day_parts(lines, date_line) if DAY_PART.match(line.text) else None
