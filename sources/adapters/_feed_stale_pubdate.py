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

import datetime as dt

from sources.adapters._feed_item import FeedInfo
from sources.adapters._feed_when import ROLLED_OVER


def stale_reference(published: dt.datetime, info: FeedInfo) -> dt.datetime | None:
    """The start of the feed's build day when ``published`` (the item's pubDate, aware) is stale in a feed of
    events, else None."""
    if not info.event_feed or info.built is None or published >= info.built - ROLLED_OVER:
        return None
    built = info.built.astimezone(info.zone or dt.UTC)
    return built.replace(hour=0, minute=0, second=0, microsecond=0)
