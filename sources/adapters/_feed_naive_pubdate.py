"""A pubDate written with "-0000" is a wall clock of the feed's own zone, for the ``rss`` adapter. Pure.

RFC 5322 writes "-0000" for a date-time that carries no information about its local zone, and Python's email.utils
and feedgenerator (Django's syndication framework) write a naive datetime so: "Thu, 17 Sep 2026 18:00:00 -0000" is
18:00 where the feed's events are, not 18:00 in London. feedparser reads the zone as UTC, and a feed of events whose
pubDates are its starts had each moved by its zone's offset (batch 63: a Venice concert at 18:00 read at 20:00, and
an untimed show's "00:00:00 -0000" read at 02:00 instead of as a day). The values' own readers already read a zone
they cannot name in the feed's zone (``_feed_when.rfc822_moment``); the pubDate read as an event's start now does so
too. "+0000", "GMT", "UT" and "Z" name UTC and are read as UTC.

Ruby's ``Time#rfc2822`` writes a UTC time with "-0000" too (review36): "Sat, 13 Sep 2031 00:00:00 -0000" for a
New York show its words say "starts at 8:00 PM" is 8 pm on the 12th, not the 13th as a day. When the item's words
state the clock the UTC reading gives there and not the written one (``_feed_stated_clock.stated_clocks``), the
pubDate is read as UTC; words that state no clock, or the written one, leave it the feed's wall clock.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence
from typing import Any

from sources.adapters._feed_stated_clock import stated_clocks
from sources.adapters._feed_when import read_moment, rfc822_moment

NO_ZONE = re.compile(r"\s-0000$")
MAX_WRITTEN = 100  # characters of a pubDate looked at


def naive_pubdate(written: Any, zone: zoneinfo.ZoneInfo | None, texts: Sequence[str | None] = ()) -> dt.datetime | None:
    """The pubDate as written, read in ``zone``, when it says "-0000"; None for any other pubDate or no zone, or when
    the item's ``texts`` state the UTC reading's clock and not the written one (Ruby's UTC)."""
    if zone is None or not isinstance(written, str):
        return None
    text = written.strip()[:MAX_WRITTEN]
    if NO_ZONE.search(text) is None:
        return None
    moment = rfc822_moment(text, zone)
    if moment is None or moment.tzinfo is not zone:
        return None
    return None if _utc_by_words(text, moment, zone, texts) else moment


def _utc_by_words(text: str, moment: dt.datetime, zone: zoneinfo.ZoneInfo, texts: Sequence[str | None]) -> bool:
    """Whether the words state the clock of the pubDate read as UTC, in ``zone``, and not ``moment``'s."""
    if not texts:
        return False
    universal = read_moment(text, None)
    if not isinstance(universal, dt.datetime) or universal.utcoffset() != dt.timedelta(0):
        return False
    local = universal.astimezone(zone)
    clocks = stated_clocks(texts)
    return (local.hour, local.minute) in clocks and (moment.hour, moment.minute) not in clocks
