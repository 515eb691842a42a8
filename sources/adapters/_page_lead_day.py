"""A title that opens with its event's own day: the day is the event's date, not its name. Pure.

A council's list of meetings may name each one by its date and its kind in one link ("24/08/2026      Council
Meeting"); a what's-on list may put the day before a dash ("3 March 2027 - Open Day"). When a title begins with a
date whose year is written, that date is the event's own day (the day it was read to start on), and words follow it
(a name, not a clock or a second date), the title is those words; the title as written is kept as the source's. A
meeting portal's page title may put the hour between the day and the name ("2019/01/23 06:00 PM Arts Committee
Committee Meeting"): when that hour is the event's own start, it goes with the day. A day without its year ("1 May
Day Parade": May Day), another day than the event's, an hour other than the event's, a range ("12/05/2027 -
14/05/2027 Festival") or a year alone ("2027 Annual Meeting") stay in the title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_words import meaningful
from sources.adapters.base import ParsedRecord, RawEvent

# What stands between the opening day and the name: spaces, a dash, a bar, a colon ("08/04/2027 – Board Meeting").
LEAD_DAY = re.compile(r"[\s\-–—|:·,]+")
BEFORE_DAY = " \t([{"  # what may come before the day and still leave it the title's opening
LEAD_EVIDENCE = "the title's opening date is the event's own day, not its name: {title!r}"


def without_lead_day(title: str, start: dt.date) -> str:
    """``title`` without the event's own day it opens with ("13/05/2027 Board Meeting": "Board Meeting"), else as
    written."""
    day = start.date() if isinstance(start, dt.datetime) else start
    hits = find_dates(title, year_hint=day.year, today=day)
    first = hits[0] if hits else None
    if first is None or first.date != day or not first.year_written or first.end_date not in (None, day):
        return title
    if title[: first.start].strip(BEFORE_DAY):
        return title
    gap = LEAD_DAY.match(title, first.end)
    rest = " ".join(title[gap.end() :].split()) if gap is not None else ""
    rest = _without_own_hour(rest, start)
    if not rest or not rest[0].isalpha() or not meaningful(rest):
        return title
    return title if find_dates(rest, year_hint=day.year, today=day) else rest


def _without_own_hour(rest: str, start: dt.date) -> str:
    """``rest`` without the event's own start hour it opens with ("06:00 PM Arts Committee": "Arts Committee"),
    and the dash or bar after it; else as written (another hour stays: it is not known to be the start's)."""
    if not isinstance(start, dt.datetime) or not rest[:1].isdigit():
        return rest
    clock = find_clock(rest, dated=True)
    if clock is None or clock.span[0] != 0 or (clock.start.hour, clock.start.minute) != (start.hour, start.minute):
        return rest
    gap = LEAD_DAY.match(rest, clock.span[1])
    after = rest[gap.end() :] if gap is not None else rest[clock.span[1] :]
    return after if after[:1].isalpha() else rest


def lead_days_off(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The records, each event's title without the own day it opens with (see without_lead_day)."""
    kept = list(records)
    for record in kept:
        if not isinstance(record, RawEvent) or not record.title or record.start is None:
            continue
        title = without_lead_day(record.title, record.start)
        if title == record.title:
            continue
        record.source_title = record.source_title or record.title
        record.evidence = [*(record.evidence or []), LEAD_EVIDENCE.format(title=record.title)]
        record.title = title
    return kept
