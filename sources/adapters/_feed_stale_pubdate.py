"""What a year-less date in an item of a feed of events is relative to when the item's pubDate is stale, for
``_feed_dates._reference``: the feed's own build time, not the day the entry was first written. Pure.

A year-less prose date ("beginning at 7:15 pm on April 14", "Join us on Sunday, May 21") takes its year from the
item's publication day. A Squarespace events collection's RSS writes as pubDate the day the entry was created, and a
church or a club reuses one entry year after year: a feed built in March 2017 lists its Good Friday service (written
February 2016) and its Covenant Entrance Sunday (written July 2015). Read from those days, the dates fell in 2016,
before the feed was even built, and were dropped as past (feeds74).

So in a feed that says it lists events (``FeedInfo.event_feed``) whose build time (``lastBuildDate``) is known, an
item published more than ``ROLLED_OVER`` (about six months, ``_feed_when``) before that build time is read relative
to the build time's day: "April 14" is the next one after the feed was built, or one up to six weeks before it.
Not: a news or blog feed (an old post's "May 21" stays the May after the post), an item published within six months
of the build (its own day says which year), a feed without a build time.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_item import FeedInfo, stamp_of
from sources.adapters._feed_when import ROLLED_OVER, When


def stale_reference(published: dt.datetime, info: FeedInfo) -> dt.datetime | None:
    """The start of the feed's build day when ``published`` (the item's pubDate, aware) is stale in a feed of
    events, else None."""
    if not info.event_feed or info.built is None or published >= info.built - ROLLED_OVER:
        return None
    built = info.built.astimezone(info.zone or dt.UTC)
    return built.replace(hour=0, minute=0, second=0, microsecond=0)


def stamp_year(first: When, entry: Mapping[str, Any], texts: Sequence[str | None], info: FeedInfo) -> When:
    """``first`` (the date the item's words give) moved to the year of the item's pubDate when that pubDate is a day
    stamp (midnight, UTC or the feed's) on the same day and month, in a feed of events; else ``first`` as it is.

    A site generator's events section dates each page by the day it is held, and writes it as the pubDate at midnight
    (Hugo's front matter "date: 2022-05-28"). The page's words may restate that day in another year: the first edition
    five years before ("El 28 de Mayo de 2017, se convoca por primera vez ...", feeds81: a cycling NGO's heritage ride
    of 2022), or the day without a year, read from a stale item's build day. The stamp is the event's day and says
    which year. Not: a pubDate with a clock (a publication's moment), another day or month, a later year the words
    write out ("28 May 2032": next year's edition announced on this one's day), a feed that does not list events."""
    stamp = stamp_of(entry, "published_parsed")
    if not info.event_feed or stamp is None:
        return first
    local = stamp.astimezone(info.zone or dt.UTC)
    day = stamp.date() if stamp.time() == dt.time() else local.date() if local.time() == dt.time() else None
    start = first.start.date() if isinstance(first.start, dt.datetime) else first.start
    if day is None or (start.month, start.day) != (day.month, day.day) or start.year == day.year:
        return first
    if start.year > day.year and any(str(start.year) in (text or "") for text in texts):
        return first
    try:
        moved = first.start.replace(year=day.year)
        end = first.end.replace(year=first.end.year + day.year - start.year) if first.end is not None else None
    except ValueError:  # 29 February in a year without one
        return first
    return dataclasses.replace(first, start=moved, end=end)
