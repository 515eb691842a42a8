"""An item's run written as two verbs, its first day and its last: "Collection begins Mothers Day (May 14) and
concludes on Fathers Day (June 18)", "The exhibition opens May 14 and closes June 18", for the ``rss`` adapter. Pure.

A church's events feed lists a fundraiser that runs for five weeks in one sentence whose days stand after the
holidays they fall on (feeds74). The first day was read, the last was not: the span readers take "from … to …",
"… – …" or "through", not a pair of verbs.

``begin_end_span`` gives a day read alone (no clock, no end) the last day one sentence of its texts writes: a verb of
beginning ("begins", "starts", "opens", "kicks off"), that same day (month and day, maybe in brackets, maybe after a
few words such as a holiday's name), then "and", a verb of ending ("concludes", "ends", "closes", "finishes", "runs
through"), and a later month and day within a year.

Not changed: a sign-up's, a sale's, a vote's or a consultation's window ("Registration opens May 14 and closes June
18", "The public consultation opens May 14 and closes June 18", "Early-bird pricing starts May 14 and ends June 18":
what opens is no event; its word may stand anywhere in the sentence's match), a first day that is not the day read, a last day before the first or more than a year after it, two
sentences ("It begins May 14. The shop closes June 18."), a day that already has its clock or an end.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._feed_verb_clock import lone_day
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAY = (
    r"\(?(?P<{m}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{{0,6}}\.?[ \t]{{1,3}}"
    r"(?P<{d}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b\)?"
)
# A verb of beginning, the first day, "and", a verb of ending, the last day; within one sentence. Bounded gaps.
BEGIN_END = re.compile(
    r"(?P<lead>[^.!?\n]{0,60}?)\b(?:begins|starts|opens|kicks[ \t]off|commences)\b[^.!?\n]{0,40}?"
    + _MONTH_DAY.format(m="m1", d="d1")
    + r"[^.!?\n]{0,20}?\band[ \t]{1,3}(?:then[ \t]{1,3})?(?:concludes|ends|closes|finishes|wraps[ \t]up"
    r"|runs[ \t](?:through|until|till))\b[^.!?\n]{0,40}?" + _MONTH_DAY.format(m="m2", d="d2"),
    re.IGNORECASE,
)
# What opens and closes in a window no one attends.
WINDOW_WORDS = re.compile(
    r"\b(?:registration|sign-?ups?|applications?|tickets?|sales?|entries|submissions?|nominations?|voting|polls?"
    r"|enrol(?:l)?ment|bookings?|deadline|offer|bidding|bids?|consultations?|surveys?|questionnaires?|pricing|prices?"
    r"|early[- ]?bird|petitions?)\b",  # bidding: an auction's window (review57); consultation …: read-through 57
    re.IGNORECASE,
)
MAX_MATCHES = 10
MAX_SPAN = dt.timedelta(days=366)


def begin_end_span(when: When, texts: Sequence[str | None]) -> When:
    """``when`` (one day, no clock, no end) to the last day a sentence of its ``texts`` gives it after a verb of
    ending; else ``when`` as it is."""
    day = when.start
    if not lone_day(when):
        return when
    for text in texts:
        for count, match in enumerate(BEGIN_END.finditer((text or "")[:TEXT_SCAN_LIMIT])):
            if count >= MAX_MATCHES:
                break
            first = (MONTHS.index(match["m1"].lower()) + 1, int(match["d1"]))
            if first != (day.month, day.day) or WINDOW_WORDS.search(match.group(0)):
                continue
            last = _after(day, MONTHS.index(match["m2"].lower()) + 1, int(match["d2"]))
            if last is not None:
                return dataclasses.replace(when, end=last)
    return when


def _after(day: dt.date, month: int, number: int) -> dt.date | None:
    """The first ``month``/``number`` after ``day``, within ``MAX_SPAN``; None for none or a day that does not exist."""
    for year in (day.year, day.year + 1):
        try:
            last = dt.date(year, month, number)
        except ValueError:
            continue
        if day < last <= day + MAX_SPAN:
            return last
    return None
