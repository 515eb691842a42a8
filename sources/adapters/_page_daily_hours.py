"""A run of days with the hours each day keeps ("12/03/2025 - 14/03/2025" on one line, "19:00 - 21:00" on the next;
"March 20 - 22, 2025, 10 am - 8 pm"): one event from the first day at the first hour to the last day at the last,
as the schedule readers read such a line. A single hour over a run of days ("April 4 - 6, 8 pm") says neither when
each day ends nor when the run does: no reading, the days stand. Pure."""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dated_ends import clock_end
from sources.adapters._page_dates import ClockHit
from sources.adapters._page_named_runs import named_run

DAILY_HOURS = "the hours {start}–{end} read as each day's, from the first day of the run to its last"


def blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` (a range's last day) set to spaces: no hour is read from it, and every
    position stays where it was."""
    return text[:start] + " " * (end - start) + text[end:]


def daily_hours(
    first: dt.date, last: dt.date, hit: ClockHit | None, zone: dt.tzinfo
) -> tuple[dt.datetime, dt.datetime] | None:
    """(start, end) of a run of days ``first`` to ``last`` whose hours ``hit`` gives with their end; None when the
    hours name no end, or an end with a date of their own (that range is read by its own words)."""
    if hit is None or hit.start is None or hit.end is None or hit.until is not None or last <= first:
        return None
    run = named_run(first, last, hit, zone)  # "Fri 7pm – Sun 5pm" over the Friday to the Sunday
    if run is not None:
        return run
    end = clock_end(last, hit, zone)
    if end is None:
        return None
    return dt.datetime.combine(first, hit.start, tzinfo=zone), end
