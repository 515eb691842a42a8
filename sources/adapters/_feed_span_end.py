"""An event's end written as a second full date after its start, for the ``rss`` adapter's prose dates. Pure.

Google Calendar's "basic" feeds, and calendars that copy them, write an event that ends on its own day either
with a bare clock ("When: Thu Oct 13, 2011 1:30pm to 3:30pm") or with the whole date again ("When: Tue Oct 11,
2011 4pm to Tue Oct 11, 2011 6pm"), and one that runs over several days the same way ("Fri Oct 14, 2011 7pm to
Sun Oct 16, 2011 5pm"). The first shape is a clock range, read with its date; the second is a date with a clock,
a joining word ("to", "until", "through", a dash), and another date with a clock: that second date is the end.

Only a second date that is the start's own shape is an end: "4pm to raise funds" is no date, "4pm to Wed Oct 12"
without a clock is no end of a timed start, a second date before the first or more than MAX_SPAN after it is
another date the text mentions, not this event's end.

A timed start followed by a later day written without a clock ("Tuesday 1st of November 2016 at 10am to Thursday 10th
of November 2016", a Wagtail calendar's multi-day event) runs to the end of that day: its end is that day's last
minute (``DAY_END``, 23:59, as a record from 00:00 to 23:59 is a whole day). The same day again ("at 10am to
Tuesday 1st of November 2016") is no end, nor a day more than MAX_SPAN later.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

# What joins a start to its end: "to", "until", "till", "through", "thru", a dash; the spaces around it read whole,
# from the run's first space only (a search through a long run of spaces tries each start once).
SPAN_JOIN = re.compile(r"(?<![ \t])[ \t]*+(?:to|until|till|through|thru|-|–|—)[ \t]*+", re.IGNORECASE)
# A longer span is two dates of a text, not one event's start and end.
MAX_SPAN = dt.timedelta(days=31)
DAY_END = dt.time(23, 59)  # the end of a last day written without a clock


def second_date(text: str, after: int, pattern: re.Pattern[str], *, timed: bool = True) -> re.Match[str] | None:
    """The date that a joining word puts right after position ``after`` (``pattern`` is the prose date reader's,
    with a ``start`` clock group), with a clock when ``timed``, else without one (an all-day run's last day:
    ``_feed_day_span``); None when there is no such date."""
    join = SPAN_JOIN.match(text, after)
    if join is None:
        return None
    found = pattern.match(text, join.end())
    if found is None or (found.group("start") is not None) is not timed:
        return None
    return found


def span_end(start: dt.datetime, end: dt.datetime | None, *, later_day: bool = False) -> dt.datetime | None:
    """``end`` when it can be the end of an event starting at ``start``: after it, and within MAX_SPAN; on a later
    day than the start's when ``later_day`` (a last day written without a clock)."""
    if end is None or end <= start or end - start > MAX_SPAN:
        return None
    if later_day and end.date() <= start.date():
        return None
    return end
