"""A feed whose every item is dated at midnight UTC: day stamps, not instants, for ``rss``. Pure.

R's Distill site generator (and many a static site's) writes each post's date as that day at midnight UTC: "Wed, 15
Sep 2021 00:00:00 +0000". An events listing built so (feeds76: a federal R users' group's) gives its meetings'
days that way, and read as instants in New York they fell on the evening before ("2021-09-14 20:00"): three of six
events missed.

``utc_day_feed`` says whether a feed's items are dated so: at least three pubDates, every one at 00:00:00 written
with a zero offset ("+0000", "-0000", "GMT", "UT", "UTC", "Z"). In such a feed ``utc_day`` reads an item's start taken
from its pubDate (``_feed_dates.scheduled_when``, or a programme's) as that UTC day, a whole day.

Not changed: a feed with one pubDate at another time, or one written with another offset ("00:00:00 -0400" is a
midnight in New York, an instant), a feed of fewer than three dated items, a start read from anything but the pubDate.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, overload

from sources.adapters._feed_item import FeedInfo
from sources.adapters._feed_when import When

MIN_ITEMS = 3
MAX_TEXT = 64
# A stamp at midnight with a zero offset, at the end of the pubDate: "00:00:00 +0000", "00:00:00 GMT", "T00:00:00Z".
UTC_MIDNIGHT = re.compile(r"(?:\A|[\sT])00:00(?::00)?(?:\.0+)?[ \t]?(?:[+-]00:?00|GMT|UTC?|Z)\s*\Z", re.IGNORECASE)


def utc_day_feed(entries: Sequence[Mapping[str, Any]]) -> bool:
    """Whether every dated item of the feed (three at least) is dated at midnight UTC."""
    stamps = [entry.get("published") for entry in entries if isinstance(entry, Mapping) and entry.get("published")]
    if len(stamps) < MIN_ITEMS:
        return False
    return all(isinstance(stamp, str) and UTC_MIDNIGHT.search(stamp.strip()[-MAX_TEXT:]) for stamp in stamps)


@overload
def utc_day(when: When, info: FeedInfo) -> When: ...
@overload
def utc_day(when: None, info: FeedInfo) -> None: ...
def utc_day(when: When | None, info: FeedInfo) -> When | None:
    """``when`` (a start read from the pubDate) as its UTC day, whole, in a feed of day stamps (or its day in the
    offset of a feed of events' midnight stamps, ``_feed_midnight_days``); else as it is."""
    offset = dt.UTC if info.utc_days else info.day_offset
    if when is None or offset is None or not isinstance(when.start, dt.datetime) or when.end is not None:
        return when
    start = when.start.astimezone(offset)
    if start.time() != dt.time():
        return when
    return dataclasses.replace(when, start=start.date(), all_day=True)
