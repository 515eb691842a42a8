"""A feed of events whose every pubDate is a midnight in an offset not the feed's: day stamps, not instants. Pure.

A static site generator writes a page's front-matter date ("date: 2026-06-13") as that day at midnight in the zone of
the machine that built it: "Sat, 13 Jun 2026 00:00:00 +0800" from a laptop in Asia for a musician's gigs in France,
"Thu, 05 Oct 2023 00:00:00 +0000" from a build in UTC for a song club's concert near Moscow. Read as instants in the
feed's zone they fall at 18:00 the evening before in Paris, at 03:00 in Moscow (feeds82: two gigs missed by a day,
a concert read at three in the morning). ``_feed_utc_days`` reads such stamps as days in a feed of three items or
more at midnight UTC whatever the feed is; this reads them in a feed that says it lists events
(``_feed_date_signs.is_event_feed``: a "/concerts/" section), of any length and any one offset.

``midnight_offset`` gives that offset when every pubDate of the feed (one at least) is written at 00:00:00 in the
same offset, the feed says it lists events, and at each stamp's instant the feed's zone is at another offset (the
midnight is no local one); ``_feed_utc_days.utc_day`` then reads a start taken from the pubDate as its day in that
offset, a whole day.

Not changed: a feed that does not say it lists events (a news section's posts at midnight +0800 are publication
times); a feed with one pubDate at another time or in another offset; a midnight in the feed's own offset (a local
midnight: a New Year's party's start, read as before).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_item import stamp_of

MAX_TEXT = 64
# A stamp at midnight at the end of the pubDate, its offset written: "00:00:00 +0800", "00:00:00 GMT", "T00:00:00Z".
MIDNIGHT = re.compile(
    r"(?:\A|[\sT])00:00(?::00)?(?:\.0+)?[ \t]?(?:(?P<sign>[+-])(?P<hours>[01]\d):?(?P<minutes>[0-5]\d)|GMT|UTC?|Z)\s*\Z",
    re.IGNORECASE,
)


def stamp_offset(stamp: Any) -> dt.timezone | None:
    """The offset of a pubDate written at midnight, or None for any other stamp."""
    if not isinstance(stamp, str):
        return None
    found = MIDNIGHT.search(stamp.strip()[-MAX_TEXT:])
    if found is None:
        return None
    if not found["sign"]:
        return dt.UTC
    minutes = int(found["hours"]) * 60 + int(found["minutes"])
    return dt.timezone(dt.timedelta(minutes=-minutes if found["sign"] == "-" else minutes))


def midnight_offset(
    entries: Sequence[Mapping[str, Any]], zone: zoneinfo.ZoneInfo | None, *, event_feed: bool
) -> dt.timezone | None:
    """The one offset every pubDate of a feed of events is written at midnight in, when the feed's zone is at
    another offset at each of them; else None."""
    if not event_feed or zone is None:
        return None
    stamps = [entry.get("published") for entry in entries if isinstance(entry, Mapping) and entry.get("published")]
    offsets = {stamp_offset(stamp) for stamp in stamps}
    offset = offsets.pop() if len(offsets) == 1 else None
    if offset is None:
        return None
    for entry in entries:
        instant = stamp_of(entry, "published_parsed") if isinstance(entry, Mapping) else None
        if instant is not None and instant.astimezone(zone).utcoffset() == offset.utcoffset(None):
            return None  # a local midnight: an instant as written
    return offset
