"""An item's pubDate that is a listing's date label, not a publication stamp, for the ``rss`` adapter. Pure.

A CMS writes an item's pubDate as a machine date (RFC 822, ISO 8601), which feedparser reads; that is when the item
was published, never the event's day (``rss``'s module docstring). Some agenda feeds copy the listing's own label
into the element instead, a text feedparser cannot read: a city's cultural agenda writes "Dj. 25/07 18 h",
"Dv. 26/07 21.30 h", "Dj. 25/07 20 h [+]" (an abbreviated weekday, the day and month, the hour). Such a text is
no publication (a stamp always states its year): it is the event's day and clock, read by ``label_pubdate_when``:

- only when feedparser could not read the pubDate, and the whole text is the label: at most one leading word (an
  abbreviation with its dot, "Dj.", "Sat.", or a word and its comma, "Samstag,"), the day and month written with a
  slash and no year, then the clock ("18 h", "21.30 h", "18:30", "8 pm", "20h15"); a mark may follow ("[+]", "*");
- the day comes first when its first number is over 12, the month when the second is; else as the feed's zone
  writes dates: month first in a US zone, day first elsewhere (``_page_dates.US_ZONE``);
- the year is that of the first such day from the reference day (the fetch: the pubDate dates nothing else), a day
  months past held as ``_feed_when.year_less`` holds any year-less date;
- the label lies ahead of the fetch (review27): a news desk's, a shop's or a podcast's feed may write its
  publication stamps the same way ("Dc. 23/07 10.15 h", "Mon, 21/07 18:00"), and a publication is never ahead of the
  fetch, an agenda's labels are. A label that falls before the fetch, or that may be months past (the year's
  doubt), is no event's.

Not read: a label with no clock ("Fins al 26/07/24", "25/07"), a range or a sentence ("Del 22 al 26 de juliol",
"Until 26/07 18 h": two words before the date), a label with its year ("25/07/2024 18:00": a stamp written badly
as easily as a label), a bare hour ("25/07 18": a number, no clock), and any pubDate feedparser reads.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_item import FeedInfo, stamp_of
from sources.adapters._feed_when import When, make_when, year_less
from sources.adapters._page_dates import US_ZONE

MAX_LABEL = 60  # a label is short: a longer pubDate is not one
# Bounded parts, no nested quantifier: linear on any text.
LABEL = re.compile(
    r"(?:[^\W\d_]{1,4}\.|[^\W\d_]{2,12},)?[ \t]{0,3}"
    r"(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])(?![\d/])[ \t,]{1,3}"
    r"(?P<hour>2[0-3]|[01]?\d)(?:[:.h](?P<minute>[0-5]\d))?(?!\d)"
    r"[ \t]?(?P<tail>h\b|hrs?\b|uhr\b|[ap]\.?m\b\.?)?"
    r"[ \t]*[^\w\s]{0,4}",
    re.IGNORECASE,
)


def label_pubdate_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The day and clock an item's unreadable pubDate writes as a listing's label; None when it is no such label."""
    raw = entry.get("published")
    if not isinstance(raw, str) or stamp_of(entry, "published_parsed") is not None or len(raw) > MAX_LABEL:
        return None
    match = LABEL.fullmatch(raw.strip())
    if match is None or (match["minute"] is None and match["tail"] is None):
        return None  # "25/07 18": a number after the date, no clock
    hour = _hour(int(match["hour"]), match["tail"])
    order = _month_day(int(match["a"]), int(match["b"]), zone=info.zone.key if info.zone else None)
    if order is None or hour is None:
        return None
    month, day = order
    posted = info.fallback_reference.date()
    found = _date(posted.year, month, day)
    if found is not None and found < posted:
        found = _date(posted.year + 1, month, day)
    if found is None:
        return None
    back, doubt = year_less(match.group(0), found, posted)
    found = _date(found.year - back, month, day) if back else found
    if found is None:
        return None
    start = dt.datetime.combine(found, dt.time(hour, int(match["minute"] or 0)), tzinfo=info.zone)
    if doubt is not None or start <= info.now:
        return None  # a stamp of the past, as a publication's is (review27), or a day that may be months past
    when = make_when(start, None, zone=info.zone, exclusive_end=False)
    return When(when.start, when.end, when.all_day, when.timezone)


def _month_day(first: int, second: int, *, zone: str | None) -> tuple[int, int] | None:
    if first > 12 and second > 12:
        return None
    day_first = first > 12 or (second <= 12 and not US_ZONE.match(zone or ""))
    return (second, first) if day_first else (first, second)


def _hour(hour: int, tail: str | None) -> int | None:
    meridiem = (tail or "").lower().replace(".", "").replace(" ", "")
    if meridiem in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + (12 if meridiem == "pm" else 0)
    return hour


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
