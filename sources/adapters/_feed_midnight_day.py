"""A date element's day stamped at midnight beside an element of times, for the ``rss`` adapter. Pure.

A city calendar's feed (CivicPlus's ``calendarEvent:`` module) writes an event's day in one element and its hours
in another: ``<calendarEvent:EventDates>Sat, 08 Aug 2026 00:00:00 GMT</calendarEvent:EventDates>`` beside
``<calendarEvent:EventTimes>6:00 PM - 8:30 PM</calendarEvent:EventTimes>``. The midnight is no moment: it is the
day written as a date-time, in whatever offset the writer's library prints (GMT here). Read as an instant it turns
into the evening before in any zone west of Greenwich (Aug 7, 17:00 in San Francisco) and the times are never
read. So a date element's value at midnight of its own stated offset, beside a time element, is that calendar day,
read with those times as a bare date is (``_feed_dates.extension_when``).

Not changed: a midnight stamp with no time element (it may be the instant it says); a stamp at any other clock
("Sat, 08 Aug 2026 19:00:00 GMT", the start itself); an end element that is a moment other than midnight (the pair
is left as it was).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt

MIDNIGHT = dt.time(0)


def stamped_day(moment: dt.date | None) -> dt.date | None:
    """The calendar day of a date-time at exactly midnight in its own offset, else None."""
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None or moment.timetz().replace(tzinfo=None) != MIDNIGHT:
        return None
    return moment.date()


def days_of(start: dt.date, end: dt.date | None) -> tuple[dt.date, dt.date | None] | None:
    """(first day, last day or None) when the start, and the end if any, are midnight stamps; else None."""
    first = stamped_day(start)
    if first is None:
        return None
    if end is None:
        return first, None
    last = stamped_day(end)
    return (first, last) if last is not None else None
