"""A day an item's title opens with in brackets, for the ``rss`` adapter. Pure.

An aggregator's feed may mark each title with its event's day, in brackets, before the name: "[21 Oct] CityJS Athens
Warmup-Meetup", "(Sat 10 Oct) Saturday Social", and write the event's full date and time in the description ("When:
Wednesday 21 October 2026, 18:00"). The prose reader reads the texts title first: the bracketed day was the event's
date, all day, and it stayed in the name (batch 60):

- ``restated_clock``: in an item whose title opens with a pair of brackets (the shape above), a day read without a
  clock that the description restates as a date with a clock on that same day ("When: Wednesday 21 October 2026,
  18:00") is the event's start at that clock, with the description's end if it gives one (any other item's dates
  are not read twice);
- ``bracket_day_off``: a title that opens with a pair of brackets holding only a day (a day and a month, either way
  round, a weekday before it, a year after it) equal to the event's own start loses the brackets, the day and the
  dash, colon or bar after them ("[21 Oct] CityJS Athens 2026" → "CityJS Athens 2026"); the source's title is kept
  beside it.

Not changed: a description whose first date is another day ("Posted 14 October 2031, 09:00" under "[21 Oct]"), or
that restates the day without a clock; brackets holding more than a day ("[21 Oct, Athens] Meetup", "[Oct 21–23]
Conference"), holding a day that is not the start's ("[22 Oct]" read on the 21st), standing anywhere but first
("Meetup [21 Oct]": ``_feed_cut_date`` reads that form), or leaving no name ("[21 Oct]").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_when import When, text_when
from sources.adapters._page_dates import find_dates

# A pair of brackets first in the title, holding a few characters and no other bracket, then what follows after a
# dash, a colon or a bar. Bounded and unnested: linear on any text.
BRACKET_LEAD = re.compile(r"\s{0,3}(?P<open>[\[(])(?P<inner>[^\[\]()]{3,30})[\])]\s{0,3}[-–—:|]?\s{0,3}(?P<rest>\S)")
CLOSES = {"[": "]", "(": ")"}
# What may stand around the day inside the brackets: spaces, a comma or a dot ("Wed, 21 Oct.").
AROUND = " ,."


def restated_clock(when: When, texts: list[str | None], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When:
    """``when`` at the clock the description (``texts`` after the title) restates its day with, else as it is."""
    if not when.all_day or isinstance(when.start, dt.datetime) or BRACKET_LEAD.match(texts[0] or "") is None:
        return when
    restated = text_when(texts[1:], zone=zone, reference=reference)
    if restated is None or not isinstance(restated.start, dt.datetime):
        return when
    local = restated.start.astimezone(zone) if zone else restated.start
    if local.date() != when.start:
        return when
    return dataclasses.replace(restated, doubt=when.doubt)


def bracket_day_off(title: str, start: dt.date) -> str | None:
    """The title without the bracketed day it opens with, when that day is the event's ``start``; else None."""
    match = BRACKET_LEAD.match(title)
    if match is None or title[match.end("inner")] != CLOSES[match["open"]]:
        return None
    day = start.date() if isinstance(start, dt.datetime) else start
    inner = match["inner"]
    hits = find_dates(inner, year_hint=day.year, today=day)
    if len(hits) != 1 or hits[0].date != day or hits[0].end_date not in (None, day):
        return None
    if inner[: hits[0].start].strip(AROUND) and not _weekday_only(inner[: hits[0].start]):
        return None
    if inner[hits[0].end :].strip(AROUND):
        return None
    rest = " ".join(title[match.start("rest") :].split())
    return rest if any(character.isalpha() for character in rest) else None


WEEKDAY = re.compile(r"\s{0,3}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{0,3}", re.IGNORECASE)


def _weekday_only(text: str) -> bool:
    """Whether ``text`` is only a weekday's name (and its comma): "Wed, " before "21 Oct"."""
    return WEEKDAY.fullmatch(text) is not None
