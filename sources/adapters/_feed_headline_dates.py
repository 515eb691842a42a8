"""A news headline's day is what it reports on, not an item's event: held (helper review30). Pure.

In a feed that does not say it lists events, an item whose title writes a date was read as an event on that day at
full confidence, as a listing's title is ("Summer Fair – Saturday 14 June"). A news feed's headlines write days too:
"Bridge to reopen on Monday 16 June after repairs", "Rail strike called for 19 June", "Neues Parkraumkonzept ab 1.
Juli". Such a title — three words at least, then a preposition that leads into the day ("on", "for", "from", "until",
"by", "ab", "am", "bis", "le", "dès", "el", "desde", "il", "dal", "op", "vanaf"), then its first date (a weekday may
stand between), all in one clause (no dash, colon or bar) — is a sentence about the day: the item is read
and held for a moderator, as a date in an item's prose is (``_feed_dates.PROSE_EVIDENCE``).

Not: a feed whose title calls it a list of events and not news ("What's on at Riverside Library", "Club events":
its "Storytime for toddlers on Tuesday 17 June" is a listing's title; review31); a listing's title ("Quiz night on
19 June": two words before; "Summer Fair – Saturday 14 June": a dash before
the date; "Concert 19 June 2031": no preposition), a feed that says it lists events. Short headlines stay as they
were ("Neues Parkraumkonzept ab 1. Juli": two words before "ab").

In a feed whose title calls it news and not events ("Riverside Gazette - Local news", "Press releases"), a title
whose date follows a colon, a dash or a bar after its own words is a headline too ("Election date set: 3 July 2031",
"LIVE: Council meeting 12 June 2031", "Weather warning – Saturday 14 June 2031"): held (review32). A feed of news and
events ("News and events") keeps its listings' titles ("Summer Fair – Saturday 14 June").
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._feed_date_signs import EVENT_WORDS
from sources.adapters._feed_news import NEWS_WORDS
from sources.adapters._feed_report_titles import report_after_day
from sources.adapters._page_dates import find_dates

_EPOCH = dt.date(2000, 1, 1)
LEADS_INTO = frozenset({
    "on", "for", "from", "until", "till", "by", "ab", "am", "bis", "le", "dès", "des", "jusqu'au", "el", "desde",
    "hasta", "il", "dal", "fino", "op", "vanaf", "tot",
})  # fmt: skip
CLAUSE_BREAK = re.compile(r"[–—|:·•]|\s-\s")
WEEKDAY = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag",
    re.IGNORECASE,
)
MIN_WORDS = 3
MAX_CHANNEL = 500  # characters of the feed's title looked at


def headline_day(title: str | None, channel: str | None = None) -> bool:
    """Whether a title is a headline about its first date (see the module), in a feed whose title (``channel``)
    does not call it a list of events."""
    if not title or _events_channel(channel):
        return False
    hits = find_dates(title, year_hint=None, today=_EPOCH)
    if not hits:
        return False
    if _news_channel(channel) and report_after_day(title, hits[0].end):
        return True  # "April 16 Bargaining Update" in a news feed: _feed_report_titles
    clauses = CLAUSE_BREAK.split(title[: hits[0].start])
    if len(clauses) > 1 and clauses[0].strip() and _news_channel(channel):
        return True  # "Election date set: 3 July 2031", "LIVE: Council meeting 12 June 2031" in a news feed
    clause = clauses[-1]
    words = clause.replace(",", " ").split()
    while words and WEEKDAY.fullmatch(words[-1]):  # "on Monday 16 June": the weekday is the date's
        words.pop()
    return len(words) >= MIN_WORDS + 1 and words[-1].lower() in LEADS_INTO


def _news_channel(channel: str | None) -> bool:
    """Whether the feed's title calls it news and not a list of events ("Riverside Gazette - Local news")."""
    text = (channel or "")[:MAX_CHANNEL]
    return bool(NEWS_WORDS.search(text)) and not EVENT_WORDS.search(text)


def _events_channel(channel: str | None) -> bool:
    """Whether the feed's title calls it a list of events and not news ("What's on at Riverside Library")."""
    text = (channel or "")[:MAX_CHANNEL]
    return bool(EVENT_WORDS.search(text)) and not NEWS_WORDS.search(text)
