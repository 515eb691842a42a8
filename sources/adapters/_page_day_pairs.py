"""Two days of one month written as a pair before the month: "17th & 18th June", "Sat 17 and Sun 18 June". Pure.

A club's events card gives its weekend rally as two days joined by "&" ("33rd Vintage Rally & Country Fair", "17th &
18th June"; helper pages89): the card's date pattern finds the day written with its month, the second, and the event
was read on the 18th alone. When the day written just before that date's day is the day before it, joined by "&",
"and" or "+" (a weekday may stand before the second day), the two are one event over both days: ``paired_first``
gives that first day, and the card reader reads the pair as it reads "17-18 June".

Not: two days apart ("3rd & 10th June": two dates, not a run of days; left to the reader as before), a day that is a
count or a number in words before the date ("2 & 18 June" is no pair of consecutive days either), a pair after the
month ("June 17 & 18": the date pattern reads "June 17" there; left as it was), a time ("7 & 8pm").
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import safe_date

# The first day and its joiner, right before the second day (and its weekday): "17th & ", "Sat 17 and Sun ".
PAIR_HEAD = re.compile(
    r"(?<![\w/.:-])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]{1,3}(?:&|and|\+)[ \t]{1,3}"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3})?$",
    re.IGNORECASE,
)
PAIR_REACH = 24  # the most characters the first day, its joiner and the second day's weekday take


def paired_first(first: dt.date, text: str, start: int) -> dt.date | None:
    """The day before ``first`` when ``text`` writes it just before ``first``'s day (which begins at ``start``) as
    the first of a pair of days ("17th & 18th June"); None otherwise (see the module)."""
    head = PAIR_HEAD.search(text, max(0, start - PAIR_REACH), start)
    if head is None:
        return None
    day = safe_date(first.year, first.month, int(head.group("day")))
    return day if day is not None and (first - day).days == 1 else None
