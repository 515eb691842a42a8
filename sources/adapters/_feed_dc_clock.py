"""An item's day as its pubDate writes it bare, at the clock its ``dc:date`` gives on that day, for ``rss``. Pure.

A university's Localist calendar, as a newsletter's script rewrites it (feeds76), dates each item twice: a pubDate
that is a day alone ("Thu, 18 Sep 2025": no clock and no zone, so no publication stamp) and a Dublin Core date with
the clock ("2025-09-18T10:00:00-04:00"). The day was read from the item's words, the clock was lost: ten events at
the whole day of the 18th, two of them missed.

``dc_day_when`` reads the item as its ``dc:date`` says when the pubDate writes a day and no clock, the ``dc:date`` is
a date-time on that same day (in its own offset), and the item is a feed of events' or its page is an event's
(``/event/heart-smart``). A ``dc:date`` at midnight is the day alone (an all-day instance).

Not read: a pubDate with a clock (a publication's stamp, and the ``dc:date`` beside it the same publication), a
``dc:date`` on another day (an edit's date), one with no clock, an item of a feed that does not list events and whose
page is no event's (a news post dated by the day). review58: an item whose title or description writes another day
("Saturday 27 September 2031, 8pm" under a pubDate and a dc:date of the 18th): those are its publication's, the
words are the event's (as before the rule).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_date_signs import event_page
from sources.adapters._feed_item import FeedInfo, item_description, stamp_of
from sources.adapters._feed_when import When, text_when

DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}date"
CLOCK = re.compile(r"\d{1,2}:\d{2}")  # any clock in the pubDate: a publication's stamp
MAX_TEXT = 64


def dc_day_when(entry: Mapping[str, Any], element: Any, info: FeedInfo) -> When | None:
    """The item's start as its ``dc:date`` writes it, on the day its bare pubDate gives; None otherwise."""
    published = entry.get("published")
    if not isinstance(published, str) or not published.strip() or CLOCK.search(published[:MAX_TEXT]):
        return None
    stamp = stamp_of(entry, "published_parsed")
    if stamp is None or not (info.event_feed or event_page(entry.get("link"))):
        return None
    moment = _dc_moment(element)
    if moment is None or moment.date() != stamp.date() or _other_day_written(entry, moment, info):
        return None
    zone = info.zone.key if info.zone else None
    if moment.time() == dt.time():
        return When(moment.date(), None, True, zone)  # an all-day instance
    return When(moment, None, False, zone)


def _dc_moment(element: Any) -> dt.datetime | None:
    """The item's own ``dc:date``, when it is an ISO date-time with an offset; None otherwise."""
    if element is None:
        return None
    for child in element:
        if child.tag != DUBLIN_CORE:
            continue
        text = (child.text or "").strip()
        if "T" not in text or len(text) > MAX_TEXT:
            return None
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else None
    return None


def _other_day_written(entry: Mapping[str, Any], moment: dt.datetime, info: FeedInfo) -> bool:
    """Whether the item's title or description writes a day other than the ``dc:date``'s (review58)."""
    written = text_when([entry.get("title"), item_description(entry)], zone=info.zone, reference=moment)
    if written is None:
        return False
    day = written.start.date() if isinstance(written.start, dt.datetime) else written.start
    return day != moment.date()
