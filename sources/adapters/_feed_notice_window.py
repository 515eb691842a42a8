"""Event-module dates that are a notice's display window, not an event's days (for ``rss``). Pure.

A town's news feed (RSS 1.0 from a CMS) declares the RSS event module and writes, on every notice,
``<ev:startdate>2011-03-14</ev:startdate> <ev:enddate>2011-05-14</ev:enddate>`` beside the notice's own
``<date>2011-02-14</date>``: the window the notice stays listed, opening a whole number of months after the day it
went up, to the day of the month, and running months. Read as events, every notice of the feed became one
("Revision der Richtplanung" from 14 March to 14 May).

An event's day is not the day its post went up shifted by whole months, on every item of a feed. So when at least
MIN_ITEMS items give a day-only ``ev:startdate`` and every such item's start is its own date (its bare ``<date>``,
else its pubDate's day) plus one to twelve whole months, to the day of the month, and its ``ev:enddate`` is a day
at least MIN_WINDOW after the start, the feed's ``ev:`` dates are windows: no item is dated by them (its words still
may date it).

The window is whole months too, to the day (review47): a gallery's month-long shows posted on the 1st of the month
before ("2031-03-01" to "2031-03-31", posted "2031-02-01") are its shows' days, as a window never ends on the 31st
after opening on the 1st.

Not read as windows: a start with a clock, a start any other number of days after the item's date, a window shorter
than MIN_WINDOW, a feed where one item's start breaks the pattern, fewer than MIN_ITEMS such items.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_day_programme import bare_day, plain_day
from sources.adapters._feed_extras import local_value
from sources.adapters._feed_item import stamp_of

MIN_ITEMS = 2
MIN_WINDOW = dt.timedelta(days=28)
MAX_MONTHS = 12
EVIDENCE = (
    "{count} items' ev:startdate is the item's own date plus whole months and its ev:enddate months later: "
    "the window a notice stays listed, not an event's days"
)


def notice_windows(entries: Sequence[Any]) -> str | None:
    """Why the feed's start and end elements (``startdate``, ``enddate`` in any namespace: the event module's, or
    one a CMS misdeclares) are notices' windows (the evidence); None when they are not."""
    count = 0
    for entry in entries:
        if not isinstance(entry, Mapping) or not local_value(entry, ("startdate",)):
            continue
        own = bare_day(entry) or _published_day(entry)
        start, end = plain_day(local_value(entry, ("startdate",))), plain_day(local_value(entry, ("enddate",)))
        if (
            own is None
            or start is None
            or end is None
            or end - start < MIN_WINDOW
            or not _months_after(own, start)
            or not _months_after(start, end)  # a month-long show ends on the 31st, not the 1st (review47)
        ):
            return None
        count += 1
    return EVIDENCE.format(count=count) if count >= MIN_ITEMS else None


def _months_after(own: dt.date, start: dt.date) -> bool:
    months = (start.year - own.year) * 12 + start.month - own.month
    return 1 <= months <= MAX_MONTHS and start.day == own.day


def _published_day(entry: Mapping[str, Any]) -> dt.date | None:
    stamp = stamp_of(entry, "published_parsed")
    return stamp.date() if stamp is not None else None
