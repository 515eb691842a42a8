"""A range's first day written as a slashed day and month without its year, before a dash into a slashed date that
has its year ("7/7 – 11/7/2026", "12/28 – 1/3/2027"): that first day, read in the order its last day is written
(day first when the last day was read so, month first otherwise); not a pair a word counts ("Years 3/4", "Class
1/2", "Round 2/3": review 13). Used by _page_ranges. Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import DateHit, safe_date

# Two numbers joined by one slash, then a dash, at the end of the text looked at; not glued to a word, a number or
# another slash or dot before it ("v2/3", "1/2/3", "1.2/3").
SLASHED_START = re.compile(
    r"(?<![\w./])(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])[ \t]{0,3}[-–—][ \t]{0,3}$"
)
# A word a pair of numbers counts after, so the pair is no day: a composite class ("Years 3/4", "Class 1/2", "Grade
# 5/6"), a round, a room, a volume, a page, a part ("Round 2/3 – 6/12/2026" is round 2 or 3, on 12 June).
COUNTED_BEFORE = re.compile(
    r"\b(?:years?|yrs?|class(?:es)?|grades?|forms?|rounds?|rooms?|vol(?:ume)?s?|no|nos|levels?|stages?|groups?|"
    r"teams?|pages?|pp|parts?|chapters?|sizes?|ages?|tracks?|seasons?|episodes?)\.?[ \t]{1,3}$",
    re.I,
)
COUNTED_REACH = 16  # characters before the pair looked at
LONGEST_RANGE = dt.timedelta(days=366)
TURN = dt.timedelta(days=183)  # a range over New Year with the first day's year unwritten: a season, not a year

# The last day written with slashes to its year ("11/7/2026", "1/3/27"): its first two numbers.
SLASHED_END = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:19|20)?\d\d$")


def slashed_start(text: str, hit: DateHit, gap: int) -> DateHit | None:
    """The first day a slashed pair before ``hit`` gives (see the module), in the hit's year, when it falls before
    the hit; None otherwise."""
    lead = SLASHED_START.search(text, max(0, hit.start - gap), hit.start)
    written = SLASHED_END.search(text, hit.start, hit.end) if hit.year_written else None
    if lead is None or written is None:
        return None
    if COUNTED_BEFORE.search(text, max(0, lead.start() - COUNTED_REACH), lead.start()):
        return None  # "Years 3/4 – 14/5/2026": a class's numbers, not a first day
    day_first = (int(written.group("a")), int(written.group("b"))) == (hit.date.day, hit.date.month)
    first, second = int(lead.group("a")), int(lead.group("b"))
    day, month = (first, second) if day_first else (second, first)
    start = safe_date(hit.date.year, month, day) if month <= 12 else None
    if start is not None and start > hit.date and month > hit.date.month:  # "12/28 – 1/3/2027": the year before
        start = safe_date(hit.date.year - 1, month, day)
    if start is None or not start < hit.date <= start + (LONGEST_RANGE if start.year == hit.date.year else TURN):
        return None
    return DateHit(start, lead.start(), lead.start() + len(lead.group(0).rstrip(" \t-–—")), False, None)
