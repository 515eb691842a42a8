"""A card's run of days with one clock right after it: from the first day at that clock to the last (left33). Pure.

"17-28 June, 19:30" on a theatre's card was read as the 28th at 19:30: the card's date pattern finds "28 June, 19:30"
with its time, and a date with a time was never asked for the range it ends (``_page_card_dates.day_range``). "June
17 – 28 at 7:30pm" was an all-day run, its clock dropped (a single hour over a span "keeps the days",
``_page_daily_hours``). A run stays one event (left31); with one clock written right after its days it is now a run
of evenings: the first day at the clock to the last day at the clock (the last show's start: its close is not
written), with the evidence saying so.

Not: two days ("17–18 June, 19:30": two shows, left32's ``_page_two_days``), hours with an end ("10:00–17:00": each
day's hours, ``_page_daily_hours``), a clock on another line of the card ("April 4 - 6" over "8 pm": the days, as
before), a clock before the days, a clock the reader did not take as the start.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import ClockHit
from sources.adapters._page_day_pairs import CLOCK_AFTER

NIGHTLY = "a run of days with one clock after them: from the first day at {clock} to the last day at it"


def nightly_run(
    days: tuple[dt.date, dt.date],
    hit: ClockHit | None,
    written: tuple[str, re.Match[str], int | None],
    zone: dt.tzinfo,
) -> tuple[dt.datetime, dt.datetime, str] | None:
    """(start, end, evidence) of a run of ``days`` (first, last) whose clock ``hit`` is written right after them;
    ``written`` is the card's text, its date's match and where the last day's words end when written after the date.
    None otherwise (see the module)."""
    (first, last), (text, match, tail_end) = days, written
    if hit is None or hit.start is None or hit.end is not None or hit.until is not None or (last - first).days < 2:
        return None
    # "17-28 June, 19:30": the date's own time, right after its days; "June 17 – 28 at 7:30pm": a clock after them
    after = match.group("time") or (tail_end is not None and CLOCK_AFTER.match(text, tail_end) is not None)
    if not after:
        return None
    start, end = (dt.datetime.combine(day, hit.start, tzinfo=zone) for day in (first, last))
    return start, end, NIGHTLY.format(clock=hit.start.strftime("%H:%M"))
