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

Not changed: a day the markup does not restate, or restates as a day, at another instant, or in UTC itself
("2031-10-04T00:00:00Z", review39: the first check read the markup after its conversion to the feed's zone) (a plugin's all-day
event, its body's "<time datetime="2031-09-07">"); a start written at another clock or offset; a feed in UTC.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import zoneinfo
from collections.abc import Callable

from sources.adapters._feed_when import When, read_moment, rfc822_moment

# A <time> element's datetime attribute (also _feed_dates.markup_when's): bounded, no nesting.
TIME_ELEMENT = re.compile(r"""<time\b[^<>]{0,500}?\bdatetime\s*=\s*["']([^"'<>]{4,40})["']""", re.IGNORECASE)
UTC_WRITTEN = re.compile(r"(?:Z|[+-]00:?00)\Z", re.IGNORECASE)  # "…T00:00:00Z", "…+00:00"
UTC = zoneinfo.ZoneInfo("UTC")
MAX_SCAN = 20_000  # characters of a body looked at, as markup_when does


def markup_instant(when: When, written: str | None, markup: Callable[[], When | None], body: str | None = None) -> When:
    """``when`` as the item's markup gives it when ``when`` is a day read from a start ``written`` at midnight UTC
    and the markup's start is that same instant, written in a local offset in the item's ``body``; else ``when``."""
    if not when.all_day or not written:
        return when
    raw = written.strip()[:100]
    moment = rfc822_moment(raw, None) or read_moment(raw, None)
    if not isinstance(moment, dt.datetime) or moment.utcoffset() != dt.timedelta(0) or moment.time() != dt.time(0):
        return when
    given = markup()
    if given is None or given.all_day or not isinstance(given.start, dt.datetime):
        return when
    if given.start.utcoffset() == dt.timedelta(0) or given.start != moment or not _local_offset(body):
        return when
    return given


def _local_offset(body: str | None) -> bool:
    """Whether the body's first readable <time datetime> is a local time (naive, or an offset other than UTC's): "Z" or
    "+00:00" restates the midnight in UTC, a day's (review39: the When read converts it to the feed's zone)."""
    for found in itertools.islice(TIME_ELEMENT.finditer((body or "")[:MAX_SCAN]), 8):
        value = html.unescape(found.group(1)).strip()
        if read_moment(value, UTC) is not None:
            return UTC_WRITTEN.search(value) is None  # naive (local) or a local offset
    return False
