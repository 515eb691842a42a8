"""An item's own date restated in its words with a span of clocks, for the ``rss`` adapter. Pure.

A TV guide's or a box office's feed dates each item with the broadcast's or the show's start (``<dc:date>
2031-01-24T03:00+09:00</dc:date>``, a pubDate) and writes the same day and clock again in the description, numeric
and without a year, with the clock it ends at: "1/24 3:00～3:30 [Channel 7]", "24/1 20:00-22:15". Nobody
publishes an article at a moment and then writes that moment in its body as a span of clocks: the item's date is
the event's start, and the span's last clock its end.

- ``restated_when`` reads the first such restatement in the item's words: a numeric day and month, month first or
  day first (only as the item's own date reads: "1/24" is 24 January, "24/1" too), maybe a year and a weekday in
  brackets ("1/24(日) 3:00～3:30"), then a start clock equal to the item's date's own (in the feed's zone or in the
  offset the date is written with) and an end clock after a dash or a wave dash. An end at or before the start is
  the next day's ("23:30～0:30"), as is a broadcaster's hour past 24 ("24:30", "25:00").

- ``stamp_day_when`` (from ``restated_when`` when no span is found) reads the item's own day written out in full,
  numeric with its four-digit year ("No dia 24/11/2017, das 8:00 às 12:00", "no dia 23/10/2017 no III Workshop",
  feeds81: a Portuguese game-development group's Hugo events, dated by each day at midnight UTC): the day whichever
  order reads it as the pubDate's own (its UTC day when stamped at midnight UTC, else its day in the feed's zone), with
  the clock or span of clocks written right after it (``_feed_clock_after``), else the day alone.

Not read: a restated day with one clock ("Updated 1/24 3:00": a publication's own moment), a clock span on another
day or at another clock than the item's date's, a fraction or a score ("1/2 3:00-3:30" on an item dated 5 March),
an item with no date. Review60: nor the day a publication's word leads ("Publicado em 24/11/2031", "Posted
24/11/2031", "Veröffentlicht am …": ``PUBLISHED_LEAD``): a post saying when it was published, not an event's day.
The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_item import FeedInfo, stamp_of
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, make_when, read_moment

# Every part is bounded and no quantifier is nested: linear on any text.
RESTATED = re.compile(
    r"(?<![\d/.:])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)(?:/(?:\d{4}|\d{2}))?(?![\d/])"
    r"[ \t\u3000]{0,3}(?:[(（][^()（）\d]{1,4}[)）][ \t\u3000]{0,3})?"
    r"(?P<start>(?:[01]?\d|2[0-3]):[0-5]\d)[ \t\u3000]{0,3}(?:-|–|—|~|～|〜)[ \t\u3000]{0,3}"
    r"(?P<end>(?:[01]?\d|2\d):[0-5]\d)(?![\d:])"
)
MAX_RESTATED_ATTEMPTS = 20  # as prose dates (``_feed_when.MAX_PROSE_ATTEMPTS``)
# A numeric day with its four-digit year, slashed: "24/11/2017", "11/24/2017". Bounded: linear.
FULL_NUMERIC_DAY = re.compile(r"(?<![\d/.:])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d{4})(?![\d/])")


def restated_when(entry: Mapping[str, Any], texts: Sequence[str | None], info: FeedInfo) -> When | None:
    """The item's own date as its event's start, when its words restate that day and clock with an end clock;
    None otherwise."""
    stamp = stamp_of(entry, "published_parsed") or stamp_of(entry, "updated_parsed")
    if stamp is None:
        return None
    local = stamp.astimezone(info.zone or dt.UTC)
    written = read_moment(str(entry.get("published") or entry.get("updated") or "")[:100], None)
    moments = [local]
    if isinstance(written, dt.datetime) and written.tzinfo is not None and written == stamp:
        moments.append(written)
    tried = 0
    for text in texts:
        for match in RESTATED.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            tried += 1
            if tried > MAX_RESTATED_ATTEMPTS:
                return None
            for moment in moments:
                end = _end(match, moment)
                if end is not None:
                    return make_when(local, end.astimezone(local.tzinfo), zone=info.zone, exclusive_end=False)
    return stamp_day_when(stamp, texts, info)


# A publication's word right before the day (review60): "Publicado em", "Posted on", "Veröffentlicht am", "Publié le".
PUBLISHED_LEAD = re.compile(
    r"(?<!\w)(?:publicad[oa]|postad[oa]|atualizad[oa]|published|posted|updated|veröffentlicht|aktualisiert|publié|"
    r"publiée|mis[ \t]à[ \t]jour|pubblicato|aggiornato)(?:[ \t]+(?:em|on|am|le|il|el|:))?[ \t:]*$",
    re.IGNORECASE,
)
PUBLISHED_REACH = 30  # characters before the day looked at


def stamp_day_when(stamp: dt.datetime, texts: Sequence[str | None], info: FeedInfo) -> When | None:
    """The item's own day (``stamp``, its pubDate) when its words write it numeric with its year, at the clock or
    span of clocks written right after it; None when they do not."""
    zone = info.zone or dt.UTC
    day = stamp.date() if stamp.time() == dt.time() else stamp.astimezone(zone).date()
    tried = 0
    for text in texts:
        text = (text or "")[:TEXT_SCAN_LIMIT]
        for match in FULL_NUMERIC_DAY.finditer(text):
            tried += 1
            if tried > MAX_RESTATED_ATTEMPTS:
                return None
            numbers = (int(match["first"]), int(match["second"]))
            if int(match["year"]) != day.year or numbers not in ((day.month, day.day), (day.day, day.month)):
                continue
            if PUBLISHED_LEAD.search(text[max(0, match.start() - PUBLISHED_REACH) : match.start()]):
                continue  # "Publicado em 24/11/2031": the post's own day (review60)
            clock = clock_after(text, match.end())
            if clock is None:
                return make_when(day, None, zone=info.zone, exclusive_end=False)
            start = dt.datetime.combine(day, clock.start, tzinfo=zone)
            end = dt.datetime.combine(day, clock.end, tzinfo=zone) if clock.end is not None else None
            return make_when(start, end if end is None or end > start else None, zone=info.zone, exclusive_end=False)
    return None


def _end(match: re.Match[str], moment: dt.datetime) -> dt.datetime | None:
    """The span's end when the match restates ``moment``'s day and clock, else None."""
    numbers = (int(match["first"]), int(match["second"]))
    if numbers not in ((moment.month, moment.day), (moment.day, moment.month)):
        return None
    hour, minute = (int(part) for part in match["start"].split(":"))
    if (hour, minute, moment.second) != (moment.hour, moment.minute, 0):
        return None
    end_hour, end_minute = (int(part) for part in match["end"].split(":"))
    end = moment.replace(hour=end_hour % 24, minute=end_minute) + dt.timedelta(days=end_hour // 24)
    return end if end > moment else end + dt.timedelta(days=1)
