"""Days a release's words give at their last minute are no event's, for the ``rss`` adapter's prose dates (issue #13,
feeds batch 73). Pure.

A government department's "Latest news" feed writes releases whose words carry days: "has declared Greater
Melbourne … a hotspot from 11:59pm on 5 August 2021 until 11:59pm on 12 August 2021", "… from 11:59 pm 8 August 2021
until 11:59 pm 11 August 2021". Read from the words, each release became an event at its last day. The last minute
of a day is when a measure, an order or an offer takes effect or lapses; no event starts then. So in a feed that does
not say it lists events (``_feed_dates``' ``reported`` days, as ``_feed_not_event_dates``), a date written at
11:59 pm or 23:59, right before it ("from 11:59pm on 5 August", "23:59 Uhr am") or right after it ("12 August 2021
at 11:59 p.m."), is no event's.

Not: another clock ("from 11:00 pm on 31 December": a New Year's party); "11:59" with no day beside it; a feed of
events (its items' days are their events'). review56: a date read together with its last minute ("lapses on 22 August
2031 at 11:59pm", "jusqu'au 22 août 2031 à 23h59", where the date's reading took the clock) is the same. Tried and taken back: a day before the release in a feed titled as news
(the same feed's "weekly meeting on 4 August" in a release of 5 August): heldout32's and test_feeds_year's tests keep
such a day as a recap, held for the quality gate (an obituary's day reads the same).

left42: named ``_feed_news_reports.news_report`` until a review found it reads only the last minute, no news;
renamed to say what it reads.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._feed_stamps import said_before

__all__ = ["at_last_minute"]

LAST_MINUTE_CLOCK = (23, 59)
LEAD = 24  # "from 11:59 pm on the ", "until 23:59 on "
TRAIL = 16  # " at 11:59 p.m.", ", 23:59"
_LAST_MINUTE = r"(?:11[:.]59\s*+p\.?\s*+m\.?|23[:.]59(?:\s*+(?:h|hrs?|uhr))?)"
LAST_MINUTE_BEFORE = re.compile(rf"\b{_LAST_MINUTE}[\s,]*+(?:on\s++)?(?:the\s++)?$", re.IGNORECASE)
LAST_MINUTE_AFTER = re.compile(rf"^(?:\s*+\d{{4}})?[\s,]*+(?:at\s++)?{_LAST_MINUTE}", re.IGNORECASE)


def at_last_minute(match: re.Match[str], start: dt.date | None = None) -> bool:
    """Whether a date read from an item's words is written at its day's last minute (see the module); ``start`` is
    the date as read, its clock the last minute when the reading took it ("… 2031 at 11:59pm", "… à 23h59")."""
    if isinstance(start, dt.datetime) and (start.hour, start.minute) == LAST_MINUTE_CLOCK:
        return True
    text = match.string
    return said_before(LAST_MINUTE_BEFORE, text, match.start(), LEAD) or bool(
        LAST_MINUTE_AFTER.match(text[match.end() : match.end() + TRAIL])
    )
