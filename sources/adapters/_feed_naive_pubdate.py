"""A pubDate written with "-0000" is a wall clock of the feed's own zone, for the ``rss`` adapter. Pure.

RFC 5322 writes "-0000" for a date-time that carries no information about its local zone, and Python's email.utils
and feedgenerator (Django's syndication framework) write a naive datetime so: "Thu, 17 Sep 2026 18:00:00 -0000" is
18:00 where the feed's events are, not 18:00 in London. feedparser reads the zone as UTC, and a feed of events whose
pubDates are its starts had each moved by its zone's offset (batch 63: a Venice concert at 18:00 read at 20:00, and
an untimed show's "00:00:00 -0000" read at 02:00 instead of as a day). The values' own readers already read a zone
they cannot name in the feed's zone (``_feed_when.rfc822_moment``); the pubDate read as an event's start now does so
too. "+0000", "GMT", "UT" and "Z" name UTC and are read as UTC.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._feed_when import rfc822_moment

NO_ZONE = re.compile(r"\s-0000$")
MAX_WRITTEN = 100  # characters of a pubDate looked at


def naive_pubdate(written: Any, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | None:
    """The pubDate as written, read in ``zone``, when it says "-0000"; None for any other pubDate or no zone."""
    if zone is None or not isinstance(written, str):
        return None
    text = written.strip()[:MAX_WRITTEN]
    if NO_ZONE.search(text) is None:
        return None
    moment = rfc822_moment(text, zone)
    return moment if moment is not None and moment.tzinfo is zone else None
