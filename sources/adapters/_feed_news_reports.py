"""Days a news release's words give that are no event's, for the ``rss`` adapter's prose dates (issue #13, feeds
batch 73). Pure.

A government department's "Latest news" feed writes releases, each with its pubDate, whose words carry days:
"An update from the Australian Technical Advisory Group on Immunisation (ATAGI) following their weekly meeting on
4 August 2021" (posted 5 August), "World Breastfeeding Week (1-7 August 2021) reminds us …" (posted 4 August),
"has declared Greater Melbourne … a hotspot from 11:59pm on 5 August 2021 until 11:59pm on 12 August 2021". Read
from the words, each release became an event. Two signs tell such days, both only in a feed that does not say it
lists events (``_feed_dates``' ``reported`` days, as ``_feed_not_event_dates``):

- **A day before the release**, in a feed whose title names it news (``_feed_news.NEWS_WORDS``: "Latest news",
  "Press releases", "Newsroom", "Nachrichten"…) and no list of events (``_feed_date_signs.EVENT_WORDS``: "News and
  events" still lists events): the release reports it (a meeting held, a week under way), it announces nothing to
  come. ``_feed_not_event_dates`` leaves earlier days to the reading of days past in other feeds (a club's recap
  may be read as the event it was); a newsroom's are its news.
- **A day at 11:59 pm**: "from 11:59 pm 8 August 2021 until 11:59 pm 11 August 2021", "… 23:59 on 12 August". The
  last minute of a day is when a measure, an order or an offer takes effect or lapses; no event starts then. In
  every feed that does not say it lists events.

Not: a day on or after the release in a news feed ("The open day is on 14 August", posted 5 August); a feed titled
"News and events", "Events", or not titled news; a date whose clock is another ("from 11:00 pm on 31 December": a
New Year's party); "11:59" with no day beside it. review56: a date read together with its last minute ("lapses on
22 August 2031 at 11:59pm", "jusqu'au 22 août 2031 à 23h59", where the date's reading took the clock) is the same.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._feed_date_signs import EVENT_WORDS
from sources.adapters._feed_news import MAX_TEXT, NEWS_WORDS
from sources.adapters._feed_stamps import said_before
from sources.adapters._feed_when import When

__all__ = ["news_past", "news_report", "news_titled", "year_stated"]

LAST_MINUTE_CLOCK = (23, 59)
LEAD = 24  # "from 11:59 pm on the ", "until 23:59 on "
TRAIL = 16  # " at 11:59 p.m.", ", 23:59"
_LAST_MINUTE = r"(?:11[:.]59\s*+[ap]\.?\s*+m\.?|23[:.]59(?:\s*+(?:h|hrs?|uhr))?)"
LAST_MINUTE_BEFORE = re.compile(rf"\b{_LAST_MINUTE}[\s,]*+(?:on\s++)?(?:the\s++)?$", re.IGNORECASE)
LAST_MINUTE_AFTER = re.compile(rf"^(?:\s*+\d{{4}})?[\s,]*+(?:at\s++)?{_LAST_MINUTE}", re.IGNORECASE)


# A year written out ("4 August 2021"): a release's formal date (review56, below).
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def year_stated(texts: Sequence[str | None]) -> bool:
    """Whether the item's words write a year out. review56: a release reports its days with their year ("following
    their weekly meeting on 4 August 2021"); a blog's or an institute's recap ("came out on Feb 20!", "He died on
    August 25th") reads as the day past it is and is held (heldout32, test_feeds_year), so the newsroom's reading of
    days before the release needs the year."""
    return any(YEAR.search(text[: MAX_TEXT * 8]) for text in texts if text)


def news_titled(channel_title: str | None) -> bool:
    """Whether the feed's title names it news and not a list of events."""
    title = (channel_title or "")[:MAX_TEXT]
    return bool(NEWS_WORDS.search(title)) and not EVENT_WORDS.search(title)


def news_report(start: dt.date, published: dt.datetime, match: re.Match[str], *, news: bool) -> bool:
    """Whether a date read from an item's words is no event's: a day before the release in a news feed (``news``),
    or a day at its last minute (see the module)."""
    day = start.date() if isinstance(start, dt.datetime) else start
    if news and day < published.date():
        return True
    if isinstance(start, dt.datetime) and (start.hour, start.minute) == LAST_MINUTE_CLOCK:
        return (
            True  # "on 22 August 2031 at 11:59pm", "le 22 août 2031 à 23h59": the date read with its clock (review56)
        )
    text = match.string
    return said_before(LAST_MINUTE_BEFORE, text, match.start(), LEAD) or bool(
        LAST_MINUTE_AFTER.match(text[match.end() : match.end() + TRAIL])
    )


NEWS_PAST = (
    "the only date{plural} read from the item's words ({days}) {verb} before the release itself ({published}), in a "
    "feed titled as news: a day the release reports, not an event to come"
)


def news_past(whens: Sequence[When], published: dt.datetime | None, *, news: bool) -> str | None:
    """Why a news feed's item is dated by nothing: every date its words gave starts before the day it was released
    (a run under way, "World Breastfeeding Week (1-7 August 2021)" in a release of 4 August, is read whole, so its
    first day is looked at here); None when one does not, or the feed is not titled news."""
    if not news or published is None or not whens:
        return None
    days = [when.start.date() if isinstance(when.start, dt.datetime) else when.start for when in whens]
    if any(day >= published.date() for day in days):
        return None
    plural = len(days) > 1
    listed = ", ".join(day.isoformat() for day in days)
    verb = "are" if plural else "is"
    return NEWS_PAST.format(plural="s" if plural else "", days=listed, verb=verb, published=published.date())
