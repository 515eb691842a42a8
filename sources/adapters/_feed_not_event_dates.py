"""Dates a feed item's text writes that are not its event's, for the ``rss`` adapter's prose dates. Pure.

A post mentions days that no one attends: an application's or a registration's deadline ("Applications have a
deadline of October 3, 2011", "Nomination Deadline: November 1, 2011", "Nominations must be submitted by
November 1", "Registration closes March 1"), and, in a news feed, the day it reports ("She was featured on NPR on
July 11, 2011" in a post of July 11). Neither is an event's start:

- a date a deadline's words introduce is skipped in every feed: the event, if the item has one, is another date
  ("Registration deadline: Oct 1. The race is on Oct 10": the race);
- in a feed that does not say it lists events (``_feed_dates.is_event_feed``), the day the item was published,
  written without a clock, is the day's news, not an event to come ("She was featured on the radio on September
  1" in a post of September 1 is not read; "Open house tonight, September 1 at 6pm" is). A day before the post is
  read as before: a recap of an event that is over, which the quality gate tells apart ("Thanks to all who came out
  on Feb 20"), and so is an obituary's day ("died on August 25th"): no rule of words tells the two apart. A feed of
  events reads its items' own days as it did.

"Due to the rain, the concert moves to October 5": "due to" is no deadline, the concert is read. A closing in the
past tense ("Registration closed Feb 20, 2024. Results are online.") is left to the reading of days past, as before.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

# How far before a date its deadline's words may stand ("Nominations must be submitted by ").
LEAD = 60
# The words of a deadline right before its date: a deadline's name and its joining word or colon ("deadline of",
# "Deadline:", "due on", "cut-off date:", "Anmeldeschluss:", "date limite :"), or what is submitted, entered or
# applied for "by" or "before" it, or a registration's or an application's closing.
_DEADLINE_WORD = (
    r"\b(?:deadline|due(?:\s++date)?|cut[\s-]?off(?:\s++date)?|closing\s++date|anmeldeschluss|einsendeschluss"
    r"|bewerbungsschluss|meldeschluss|date\s++limite|fecha\s++l[ií]mite|scadenza)"
    r"(?:\s++(?:is|of|on|date|for|by))?[\s:–—-]*+"
)
_SUBMITTED_BY = (
    r"\b(?:submit(?:ted)?|received|postmarked|apply|applications?|register|registrations?|sign[\s-]?ups?|rsvps?"
    r"|enter|entries|nominat(?:e|ions?)|submissions?)\b[^.!?\n]{0,40}?\b(?:by|before|no\s++later\s++than)"
    r"\s++(?:the\s++)?"
)
_CLOSING = (
    r"\b(?:registrations?|applications?|sign[\s-]?ups?|nominations?|entries|submissions?|ticket\s++sales?)"
    r"\s++(?:closes?|closing|ends?|due)(?:\s++on)?[\s:–—-]*+"
)
DEADLINE_BEFORE = re.compile(rf"(?:{_DEADLINE_WORD}|{_SUBMITTED_BY}|{_CLOSING})$", re.IGNORECASE)


def deadline_date(match: re.Match[str]) -> bool:
    """Whether the prose date ``match`` found is a deadline's: its words stand right before it."""
    lead = match.string[max(0, match.start() - LEAD) : match.start()]
    return DEADLINE_BEFORE.search(lead) is not None


def reported_day(start: dt.date, all_day: bool, published: dt.datetime) -> bool:
    """Whether a date read from a news post's text is the day the post reports: the day it was published, without
    a clock. An earlier day is left to the reading of days past (a recap: an event that is over)."""
    day = start.date() if isinstance(start, dt.datetime) else start
    return all_day and day == published.date()
