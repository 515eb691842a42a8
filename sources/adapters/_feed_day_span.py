"""An all-day event's last day written as a second date after its first, for the ``rss`` adapter's prose. Pure.

Google Calendar's "basic" feeds and the calendars that copy them write an event of several whole days as two dates
joined by "to" ("When: Thu Jun 26, 2031 to Sat Jun 28, 2031"), and posts write "June 26, 2031 - June 28, 2031" or
"June 26 through June 28". ``_feed_span_end`` reads the timed shape (a date with a clock to another date with a
clock); this reads the shape without clocks: a date, a joining word ("to", "until", "through", a dash), and a
second date with no clock (``_feed_span_end.second_date``, not timed), that second date the last day.

Only a second date right after the joining word, with no clock of its own, later than the first and at most
MAX_DAYS after it is the last day: "June 26 to raise funds" is no date, "June 26, 2031 - June 28, 2031 7pm" is a
timed shape, and "May 1, 2031 to December 31, 2031" is a season's two dates, not one event's days.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._feed_span_end import MAX_SPAN

MAX_DAYS = MAX_SPAN.days  # a longer run is two dates of a text (a season, a booking window), not one event's days


def last_day(first: dt.date, last: dt.date | None) -> dt.date | None:
    """``last`` when it can be the last day of an event whose first day is ``first``: after it, within MAX_DAYS."""
    if last is None or last <= first or (last - first).days > MAX_DAYS:
        return None
    return last
