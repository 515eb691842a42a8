"""A title that opens with its event's own day: the day is the event's date, not its name. Pure; for pages and feeds.

Two ways of writing it are read, each only when the day is the event's own (the day it was read to start on):

* a date with its year written, then words: a council's meetings named by their date and kind in one link
  ("24/08/2026      Council Meeting"), a what's-on list's day before a dash ("3 March 2027 - Open Day"). A meeting
  portal's title may put the hour between the day and the name ("2019/01/23 06:00 PM Arts Committee Committee
  Meeting"): when that hour is the event's own start, it goes with the day. A day without its year ("1 May Day
  Parade": May Day), an hour other than the event's, a range ("12/05/2027 - 14/05/2027 Festival") or a year alone
  ("2027 Annual Meeting") stay in the title;
* a month/day without a year, US order, then a time, "TBA"/"TBD" or "All Day", and a result mark ("[W]"), as
  athletics calendars write every game ("10/3 1:00 PM [W] Otters Football vs Bay State"). A day alone ("9/11
  Memorial Run") stays: it may be the name; so does a title going on with its range's end ("10/3 1:00 PM - 3:00 PM
  Board Meeting", "10/3 1 pm to 3 pm …"): what follows is no name.

And a title that opens with nothing but its event's own start hour ("6:00 PM Human Rights Commission", as a city's
CivicPlus calendar names every meeting): the hour is the event's time, not its name (``lead_hour_off``). Only an
hour written as one (with its minutes or am/pm: "6:00 PM", "18:30") and equal to the start; another hour ("4:48
Psychosis" at 8 pm), a bare number ("6 Music Live") or a range going on ("6:00 PM - 8:00 PM Board") stays.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_words import meaningful

# What stands between the opening day and the name: spaces, a dash, a bar, a colon ("08/04/2027 – Board Meeting").
LEAD_DAY = re.compile(r"[\s\-–—|:·,]+")
BEFORE_DAY = " \t([{"  # what may come before the day and still leave it the title's opening
# A month/day and a clock, TBA/TBD or "All Day", then a result mark [W]/[L]/[T]: "10/3 1:00 PM [W] Otters …".
MONTH_DAY_LEAD = re.compile(
    r"(?P<month>\d{1,2})/(?P<day>\d{1,2})\s+"
    r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|tba|tbd|all day)\s+(?:\[[a-z]\]\s+)?(?P<rest>\S.*)",
    re.IGNORECASE,
)
SECOND_MARK = re.compile(r"\d{1,2}(?:[/:.]\d|\s?[ap]\.?m\b)", re.IGNORECASE)  # "3:00 PM", "10/5", "3 pm"
RANGE_ON = re.compile(r"(?:to|until|till|thru|through)\s", re.IGNORECASE)  # "… 1:00 PM to 3:00 PM …": the end


def without_lead_day(title: str, start: dt.date) -> str:
    """``title`` without the event's own day it opens with ("13/05/2027 Board Meeting": "Board Meeting"), else as
    written."""
    return lead_day_off(title, start) or title


def lead_day_off(title: str, start: dt.date) -> str | None:
    """The title's words after the event's own day it opens with (and the hour with it), or None when it opens
    with no such day, or nothing but the day would be left."""
    return _dated_lead_off(title, start) or _month_day_lead_off(title, start)


def _dated_lead_off(title: str, start: dt.date) -> str | None:
    """After a date whose year is written ("13/05/2027 Board Meeting", "2019/01/23 06:00 PM Arts Committee")."""
    day = start.date() if isinstance(start, dt.datetime) else start
    hits = find_dates(title, year_hint=day.year, today=day)
    first = hits[0] if hits else None
    if first is None or first.date != day or not first.year_written or first.end_date not in (None, day):
        return None
    if title[: first.start].strip(BEFORE_DAY):
        return None
    gap = LEAD_DAY.match(title, first.end)
    rest = " ".join(title[gap.end() :].split()) if gap is not None else ""
    rest = _without_own_hour(rest, start)
    if not rest or not rest[0].isalpha() or not meaningful(rest):
        return None
    return None if find_dates(rest, year_hint=day.year, today=day) else rest


def _month_day_lead_off(title: str, start: dt.date) -> str | None:
    """After a year-less month/day and a time ("10/3 1:00 PM Otters Football vs Bay State"); None when what follows
    goes on with the range's end ("10/3 1:00 PM - 3:00 PM Board Meeting", "… to 3:00 PM …", "… - 10/5 Festival")."""
    match = MONTH_DAY_LEAD.match(title.strip())
    if match is None or (int(match["month"]), int(match["day"])) != (start.month, start.day):
        return None
    rest = match["rest"].strip()
    if RANGE_ON.match(rest):
        return None
    gap = LEAD_DAY.match(rest)
    rest = rest[gap.end() :] if gap is not None else rest
    if SECOND_MARK.match(rest):
        return None  # a second hour or day: the range's end, not the name
    return rest if any(character.isalnum() for character in rest) else None


AM_PM = re.compile(r"[ap]\.?m\b", re.IGNORECASE)


def lead_hour_off(title: str, start: dt.date) -> str | None:
    """The title's words after the event's own start hour it opens with ("6:00 PM Human Rights Commission": "Human
    Rights Commission"), or None when it opens with no such hour or nothing meaningful would be left."""
    opening = title.strip()
    if not isinstance(start, dt.datetime) or not opening[:1].isdigit():
        return None
    clock = find_clock(opening, dated=True)
    if clock is None or clock.span[0] != 0 or clock.end is not None or clock.until is not None:
        return None
    written = opening[: clock.span[1]]
    if ":" not in written and AM_PM.search(written) is None:
        return None  # "6 Music Live": a number that may be the name's
    rest = _without_own_hour(opening, start)
    if rest == opening or not meaningful(rest):
        return None
    return " ".join(rest.split())


def _without_own_hour(rest: str, start: dt.date) -> str:
    """``rest`` without the event's own start hour it opens with ("06:00 PM Arts Committee": "Arts Committee"),
    and the dash or bar after it; else as written (another hour stays: it is not known to be the start's)."""
    if not isinstance(start, dt.datetime) or not rest[:1].isdigit():
        return rest
    clock = find_clock(rest, dated=True)
    if clock is None or clock.span[0] != 0 or (clock.start.hour, clock.start.minute) != (start.hour, start.minute):
        return rest
    gap = LEAD_DAY.match(rest, clock.span[1])
    after = rest[gap.end() :] if gap is not None else rest[clock.span[1] :]
    return after if after[:1].isalpha() else rest
