"""A span of days written month first whose last day number is smaller than its first ("Sep 30 - 01, 2013", a
conference over a month's end): its last day is in the next month. Pure."""

from __future__ import annotations

import datetime as dt

# The most days a span written "Sep 30 - 01" (its last day a smaller number than its first) may run into the next
# month: a weekend or a few days' conference over a month's end. A longer backwards span is no span.
MONTH_END_SPAN_DAYS = 6


def month_end_span(first: dt.date, day_to: int) -> dt.date | None:
    """The last day of a span whose last day number is smaller than its first ("Sep 30 - 01", "Oct 30 - 2"): that
    day of the next month when the span is at most MONTH_END_SPAN_DAYS long; None otherwise, and over a year's end
    ("Dec 30 - 02, 2014": which year the written one is, is not said)."""
    if first.month == 12:
        return None
    try:
        last = dt.date(first.year, first.month + 1, day_to)
    except ValueError:  # "Feb 28 - 31"
        return None
    return last if (last - first).days <= MONTH_END_SPAN_DAYS else None
