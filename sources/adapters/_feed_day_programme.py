"""Items dated by a bare day and nothing else, running forward from the fetch: a programme's days (for ``rss``). Pure.

A town's CMS writes its "Anlässe" as RSS 1.0 whose items carry one date, a non-namespaced ``<date>2011-03-03</date>``
in the RSS 1.0 namespace, and no pubDate; the clocks are in the descriptions' words or nowhere. feedparser files that
``<date>`` as the item's *updated* stamp, as a plain day ("2011-03-03") with no parsed time, so nothing read it and
the items were dropped as undated. A bare day is a post's date as often as an event's (``_feed_bare_date`` reads one
alone never): the same CMS's news feed writes the same element for when each notice went up.

What tells the two apart is the feed as a whole, as ``_feed_date_signs.pubdate_programme`` tells pubDates apart: no
feed publishes its posts on days to come, and a blog lists its newest first. So when at least MIN_ITEMS items give
such a day and no pubDate, every one of those days is on or after the day of the fetch and after the feed's own date
when it gives one, and they run in date order (each on or after the one before, the last after the first), each is
its item's day: a whole day, unless the item's words give a clock elsewhere (the prose readers run first).

Not read either: a feed whose dated items carry an audio or video enclosure (review47): a podcast's or a video
channel's episodes, scheduled days ahead, are released on those days, and nobody gathers for them.

Not read: a day with a clock ("2011-03-03T10:00", a stamp: feedparser parses those), a feed with a pubDate on an item
that gives such a day, any day before the fetch or the feed's own date, days newest first, days all the same.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_recordings import recording_media
from sources.adapters._feed_when import When

MIN_ITEMS = 3
DAY = re.compile(r"\A\s*+(\d{4})-(\d{2})-(\d{2})\s*+\Z")  # the whole value: a day, nothing after it
EVIDENCE = (
    "{count} items give only a bare day (RSS 1.0 <date>, no pubDate), all on or after the fetch and in date order: "
    "a programme's days, not publication dates"
)


def day_programme(entries: Sequence[Any], now: dt.datetime, built: dt.datetime | None) -> str | None:
    """Why the feed's bare days are its events' days (the evidence), or None when they are not, or there are none."""
    items = [entry for entry in entries if isinstance(entry, Mapping)]
    days = [bare_day(entry) for entry in items]
    dated = [day for day in days if day is not None]
    if len(dated) < MIN_ITEMS or any(
        day is not None and _own(entry, "published") for entry, day in zip(items, days, strict=True)
    ):
        return None
    if any(day is not None and recording_media(entry) is not None for entry, day in zip(items, days, strict=True)):
        return None  # a podcast's episodes, released on days to come (review47)
    floor = max(now.date(), built.date()) if built is not None else now.date()
    in_order = all(one <= other for one, other in itertools.pairwise(dated)) and dated[0] < dated[-1]
    if not in_order or dated[0] < floor:
        return None
    return EVIDENCE.format(count=len(dated))


def programme_day(entry: Mapping[str, Any], programme: str | None, zone_name: str | None) -> When | None:
    """The item's bare day as its event's whole day, in a feed whose bare days are a programme's; else None."""
    day = bare_day(entry) if programme else None
    return None if day is None else When(day, None, True, zone_name)


def bare_day(entry: Mapping[str, Any]) -> dt.date | None:
    """The item's *updated* value when it is a plain ISO day with no time; None for anything else."""
    return plain_day(_own(entry, "updated"))


def plain_day(value: Any) -> dt.date | None:
    """A value that is a plain ISO day ("2011-03-03", nothing else), as a date; None for anything else."""
    match = DAY.match(value) if isinstance(value, str) and len(value) < 40 else None
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _own(entry: Mapping[str, Any], key: str) -> Any:
    """The entry's own value for ``key``: feedparser answers a missing "updated" with "published" (and the other way
    round) and a DeprecationWarning; each is asked for on its own here, as ``_feed_item.stamp_of`` does."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
