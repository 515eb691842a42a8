"""The clock an English item writes before its day: "beginning at 7:15 pm on April 14", "join us at 7 pm, Friday,
April 14", for the ``rss`` adapter. Pure.

A church's Squarespace events feed says when its Good Friday service is in one sentence: "Please join us for our
Good Friday Tenebrae service, beginning at 7:15 pm on April 14 in Franklin Hall" (feeds74). The day was read, the
clock was not: the prose readers take a clock after a date ("April 14 at 7:15 pm"), not one before it.

``clock_before_day`` gives a day read alone (no clock, no end) the one clock its texts write right before that same
day: "at", "from", "beginning at", "starting at", "starts at", "begins at" or "@", the clock with its "am"/"pm",
then "on" or a comma, maybe a weekday, and the month and day (a year maybe). Only when the texts give that day
exactly one such clock.

Not changed: a clock before another day ("registration closes at 5 pm on April 10" beside the event's April 14), a
deadline's clock before the event's own day ("Registration closes at 5 pm on April 14; the race starts on April 14":
a deadline's word, "closes", "deadline", "due", "registration", "sign up", "RSVP", in the clause before the clock), a
clock with no "at"/"from" before it ("5 pm, April 14": a list's or a deadline's), a clock without "am"/"pm" ("at 7
on April 14": a count as often), two different clocks for the day, a day that already has its clock or an end.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_begin_end import WINDOW_WORDS
from sources.adapters._feed_verb_clock import at_one_clock, lone_day
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The lead, the clock, "on" or a comma, a weekday maybe, the month and the day. Bounded, nothing nested: linear.
CLOCK_BEFORE = re.compile(
    r"\b(?:(?:beginning|starting|starts|begins)[ \t]{1,3}at|at|from|@)[ \t]{1,3}"
    r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?[ \t]?(?P<half>[ap])\.?[ \t]?m\b\.?"
    r"[ \t]{0,2}(?:,[ \t]{0,3}|[ \t]on[ \t]{1,3})"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]{1,3})?"
    r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
MAX_MATCHES = 20  # clocks before a day looked at per text
LEAD_REACH = 60  # characters of the sentence before the clock looked at for what the clock is of
# review57: the clock of a sale, a sign-up or the doors, not the event's ("Tickets go on sale at 9 am on March 3").
# Read-through 57: a deadline's clock ("Registration closes at 5 pm on April 14", "Forms due at noon on …").
NOT_THE_EVENT = re.compile(r"\b(?:doors|rsvp|drop[ -]?off|closes|closing|due|apply)\b", re.IGNORECASE)


def clock_before_day(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """``when`` (one day, no clock, no end) at the one clock its ``texts`` write right before that same day, in
    ``zone``; else ``when`` as it is."""
    day = when.start
    if not lone_day(when):
        return when
    clocks: set[tuple[int, int]] = set()
    for text in texts:
        for count, match in enumerate(CLOCK_BEFORE.finditer((text or "")[:TEXT_SCAN_LIMIT])):
            if count >= MAX_MATCHES:
                break
            if _of_something_else((text or "")[max(0, match.start() - LEAD_REACH) : match.start()]):
                continue
            month = MONTHS.index(match["month"].lower()) + 1
            if (int(match["day"]), month) == (day.day, day.month):
                hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
                clocks.add((hour, int(match["minute"] or 0)))
    return at_one_clock(when, clocks, zone)


def _of_something_else(before: str) -> bool:
    """Whether the sentence's words before the clock say it is a sale's, a sign-up's or the doors' (review57)."""
    sentence = re.split(r"[.!?\n]", before)[-1]
    return bool(WINDOW_WORDS.search(sentence) or NOT_THE_EVENT.search(sentence))
