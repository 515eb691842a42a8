"""Days a feed item writes as clock times, for the ``rss`` adapter. Pure.

Two ways a calendar writes a day it has no hours for: the span from 00:00 to 23:59 ("12:00 AM - 11:59 PM", a
CivicPlus all-day entry; "00:00 – 23:59:59") and one instant at local midnight given as both start and end (an
all-day date stored as midnight and sent as a UTC instant: ``ev:startdate`` and ``ev:enddate`` both
"2026-06-15T06:00:00Z" in Denver). Either is the day (or the days, from the first to the last), not an event at
00:00. Any other hour, and any span that does not end at 23:59, keeps its times. The first is read here, on
every item's When; the second where start and end are made into one (``_feed_when.make_when``: midnight to the
same midnight, in a format whose end is inclusive).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sources.adapters._feed_when import When


def whole_day(when: When) -> When:
    """The When as days when its times only say "the whole day"; else itself."""
    start, end = when.start, when.end
    if when.all_day or not isinstance(start, dt.datetime) or start.time() != dt.time(0, 0):
        return when
    if not isinstance(end, dt.datetime) or (end.hour, end.minute) != (23, 59) or end.date() < start.date():
        return when
    last = end.date()
    return dataclasses.replace(when, start=start.date(), end=last if last > start.date() else None, all_day=True)
