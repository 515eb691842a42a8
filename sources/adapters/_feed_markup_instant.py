"""A start element's midnight in UTC that the item's own markup gives as the same instant, for ``rss``. Pure.

A WordPress plugin writes an all-day event as midnight UTC to midnight UTC (``_feed_when._utc_midnights``): those
are days, not the evenings before them west of Greenwich. Campus Labs Engage writes every start in GMT, and a show
at 8 pm in New York starts at midnight GMT (batch 65): ``<start xmlns="events">Sat, 05 Oct 2024 00:00:00 GMT</start>``
to ``<end xmlns="events">Sun, 06 Oct 2024 00:00:00 GMT</end>`` read as the 5th and 6th, all day, for a musical that
runs from Friday 8 pm to Saturday 8 pm. The item's body says so in its own machine-readable markup: its h-event's
``<time class="dt-start" datetime="2024-10-04T20:00:00.0000000-04:00">``.

So a start element written at midnight UTC, read as a day, is the instant it says when the item's body gives that
very instant, in a local offset, as the first ``<time datetime>`` (``_feed_dates.markup_when``): the item is read as
its markup gives it, start and end.

Not changed: a day the markup does not restate, or restates as a day or at another instant (a plugin's all-day
event, its body's "<time datetime="2031-09-07">"); a start written at another clock or offset; a feed in UTC.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sources.adapters._feed_when import When, read_moment, rfc822_moment


def markup_instant(when: When, written: str | None, markup: Callable[[], When | None]) -> When:
    """``when`` as the item's markup gives it when ``when`` is a day read from a start ``written`` at midnight UTC
    and the markup's start is that same instant; else ``when`` itself."""
    if not when.all_day or not written:
        return when
    raw = written.strip()[:100]
    moment = rfc822_moment(raw, None) or read_moment(raw, None)
    if not isinstance(moment, dt.datetime) or moment.utcoffset() != dt.timedelta(0) or moment.time() != dt.time(0):
        return when
    given = markup()
    if given is None or given.all_day or not isinstance(given.start, dt.datetime):
        return when
    if given.start.utcoffset() == dt.timedelta(0) or given.start != moment:
        return when
    return given
