"""Consecutive days joined by slashes before one month: "19/20 Settembre", "10/11/12 Aprile". Pure.

A club's calendar (batch 103) writes a two- or three-day ride as its days with slashes, then the month once: "19/20
Settembre", "10/11/12 Aprile". The date reader found "20 Settembre" and "12 Aprile" and took the slashed days before
them for nothing: the ride started on its last day. A day's number and a slash right before a day-first date, each
day the next after it up to the date's own ("19/" before "20", "10/11/" before "12"), open a run of days: the date
is read from the first day to the last.

Not: days that are not consecutive ("3/10 Maggio" is two days apart, a list, and is left as read); a slashed pair
glued to a word, a dot or another number ("v2/3 March", "1.2/3 May", "2024/25 March"); a run backwards ("20/19");
more than five days; a date whose text does not open with its day's number ("Sat 20 September": the weekday is
between); numbers after a word of a measure ("Ages 6/7 May", "Score 2/3 May", "Issue 14/15 May", review44).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # _page_dates reads its hits through this module
    from sources.adapters._page_dates import DateHit

# Up to four days, each followed by a slash, right before the date's own day ("19/", "10/11/"); not glued to a word, a
# dot, a digit or another slash before the first.
SLASHED_DAYS = re.compile(r"(?<![\w./-])(?P<days>(?:(?:[12]\d|3[01]|0?[1-9])/){1,4})$")
REACH = 16  # characters before the date looked at
DAY_FIRST = re.compile(r"(?:[12]\d|3[01]|0?[1-9])\b")
# review44: a word before the slashed numbers that makes them a measure, not days: "Ages 6/7 May", "Score 2/3",
# "Issue 14/15", "Kids 1/2 price".
MEASURE_WORD = re.compile(
    r"(?<!\w)(?:ages?|aged|kids|children|years?|grades?|class|score|issues?|no\.?|nr\.?|vol\.?|volume|pages?|pp?\.|"
    r"sizes?|scale|price|round|stage|heat|legs?|parts?|rows?|seats?|tables?|rooms?|et[àa]|alter|klasse|jahre|"
    # review55: more counted things and age bands ("Under 9 and 10 May", "Chapter 1 and 2", "Groups 4 + 5",
    # "Platform 2 and 3 June": _page_joined_days reads the same words)
    r"under|u|over|chapters?|groups?|platforms?|levels?|units?|teams?|courts?|pitches?|gates?|lanes?|sections?|"
    r"blocks?|floors?|tracks?|episodes?|acts?|books?|lessons?|sets?|steps?|holes?|modules?|weeks?|phases?|"
    r"stages|heats|rounds|divisions?|squads?|bays?|halls?|screens?|studios?|nos\.?)"
    r"[ \t]{1,3}$",
    re.IGNORECASE,
)


def slashed_days(text: str, hit: DateHit) -> DateHit:
    """The hit read from the first of the consecutive slashed days before it (see the module), else as it is."""
    if hit.end_date is not None or hit.start == 0 or text[hit.start - 1 : hit.start] != "/":
        return hit
    own = DAY_FIRST.match(text, hit.start)
    if own is None or int(own.group(0)) != hit.date.day:
        return hit
    lead = SLASHED_DAYS.search(text, max(0, hit.start - REACH), hit.start)
    if lead is None or MEASURE_WORD.search(text, max(0, lead.start() - REACH), lead.start()):
        return hit
    days = [int(day) for day in lead["days"].split("/") if day]
    if any(later != day + 1 for day, later in zip(days, [*days[1:], hit.date.day], strict=True)):
        return hit
    first = hit.date - dt.timedelta(days=len(days))
    return dataclasses.replace(hit, date=first, start=lead.start(), end_date=hit.date)
