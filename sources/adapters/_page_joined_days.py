"""Two consecutive days joined by "and", "&" or a slash before one month: "29th and 30th April", "Sat 20th / Sun
21st May" (helper pages113). Pure.

A sailing club's news headings give a weekend's regatta as "2017 Regatta 29th and 30th APRIL" and an open meeting
as "Osprey OPEN MEETING SAT 20th / SUN 21st MAY". The date reader found "30th APRIL" and "SUN 21st MAY" and took the
day before them for nothing: the regatta began on its second day, and "29th and" stayed in its title. A day (its
ordinal and its weekday optional) and "and", "&", "+" or "/" right before a day-first date whose own day is the next
one open a run of the two days: the date is read from the first to the second (as "19/20 Settembre" is,
_page_slashed_days, which reads slashes between bare numbers only).

Not: days that are not consecutive ("5 and 12 May": two dates, a list, left as read); a backward pair ("21 and 20
May"); a number after a word of a measure ("Ages 6 and 7 May", "Rooms 2 & 3 May", _page_slashed_days.MEASURE_WORD);
days with weekdays joined by "and", "&" or "+" ("Sat 14 & Sun 15 June": the two days an event is held on, each its own
event: _page_own_days, left32; a slash joins a run: "SAT 20th / SUN 21st"); a month's name before the first day
("June 17 & 18 July": two months' days); a number glued to a word, a dot, a digit or a currency sign ("v2 and 3 May", "1.2 & 3 May", "£6 & 7 May"); a date already a run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from sources.adapters._page_slashed_days import MEASURE_WORD, REACH

if TYPE_CHECKING:  # _page_dates reads its hits through this module
    from sources.adapters._page_dates import DateHit

_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\.?,?[ \t]{1,3}"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# The first day and its joiner, right before the date ("29th and ", "SAT 20th / ", "Saturday 20th & ").
JOINED_DAY = re.compile(
    rf"(?<![\w./$£€¥-])(?P<lead>(?P<weekday>{_WEEKDAY})?(?P<day>{_DAY}))[ \t]{{0,3}}(?P<joint>and|&|\+|/)[ \t]{{0,3}}$",
    re.IGNORECASE,
)
# A month's name right before the first day: "June 17 & 18 July" is two dates, each of its own month.
MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?[ \t]{1,3}$", re.IGNORECASE
)
# The date's own opening: its weekday (optional) and its day's number.
OWN_DAY = re.compile(rf"(?:{_WEEKDAY})?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b", re.IGNORECASE)
LEAD_REACH = 32  # characters before the date looked at ("Wednesday 20th and ")


def joined_days(text: str, hit: DateHit) -> DateHit:
    """The hit read from the day joined before it when that is the day before (see the module), else as it is."""
    if hit.end_date is not None or hit.start == 0:
        return hit
    own = OWN_DAY.match(text, hit.start)
    if own is None or int(own["day"]) != hit.date.day:
        return hit
    lead = JOINED_DAY.search(text, max(0, hit.start - LEAD_REACH), hit.start)
    if lead is None or MEASURE_WORD.search(text, max(0, lead.start() - REACH), lead.start()):
        return hit
    if lead["weekday"] and lead["joint"] != "/":
        return hit  # "Sat 14 & Sun 15 June": the two days an event is held on, each its own (_page_own_days, left32)
    if MONTH_BEFORE.search(text, max(0, lead.start() - REACH), lead.start()):
        return hit  # "June 17 & 18 July": the 17th is June's (_page_day_pairs, left30)
    if int("".join(char for char in lead["day"] if char.isdigit())) + 1 != hit.date.day:  # "29th" -> 29
        return hit
    return dataclasses.replace(hit, date=hit.date - dt.timedelta(days=1), start=lead.start(), end_date=hit.date)
