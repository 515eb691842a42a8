"""A numeric date whose day carries its ordinal as a superscript ("24 <sup>th</sup>/03/2024", held-out batch 99, a
church's events page): the page's text reads "24 th/03/2024", which no date pattern reads. The suffix is dropped
and the day joined to its month: "24/03/2024", written "2024-03-24" when a year follows (review38: the suffix says
which number is the day; "1<sup>er</sup>/06/2031" read month first was 6 January). Run by _page_prepare.prepared. Pure (it edits the tree in place).

Only a <sup> holding an English or French ordinal suffix alone, after a day's number (one or two digits) and before
a separator and the month's number: "1<sup>st</sup> Prize" and "x<sup>2</sup>" stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

ORDINAL = re.compile(r"(?:st|nd|rd|th|er|re|e|ème)", re.IGNORECASE)  # fullmatch on the stripped text
DAY_BEFORE = re.compile(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])\s*$")
MONTH_AFTER = re.compile(r"[/.-](?:1[0-2]|0?[1-9])(?!\d)")
# The month and a year after the day's suffix ("/06/2031"): the date is then written as ISO, which no reader takes
# month first ("1<sup>er</sup>/06/2031" is the first of June, not 6 January: the suffix says which number is the day).
MONTH_YEAR_AFTER = re.compile(r"(?P<sep>[/.-])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)")
DAY_AT_END = re.compile(r"(?P<day>\d{1,2})\s*$")
MAX_SUPS = 500  # superscripts looked at on one page


def ordinal_days_joined(root: Any) -> None:
    """Every "24 <sup>th</sup>/03/2024" in the tree made "24/03/2024"."""
    for count, sup in enumerate(list(root.iter("sup"))):
        if count >= MAX_SUPS:
            return
        if len(sup) or not ORDINAL.fullmatch((sup.text or "").strip()) or not MONTH_AFTER.match(sup.tail or ""):
            continue
        previous = sup.getprevious()
        before = (previous.tail if previous is not None else sup.getparent().text) or ""
        if not DAY_BEFORE.search(before):
            continue
        joined = _joined(before, sup.tail or "")
        if previous is not None:
            previous.tail = joined
        else:
            sup.getparent().text = joined
        sup.getparent().remove(sup)


def _joined(before: str, tail: str) -> str:
    """The day and its month joined: "24 " and "/03/2024, 19:00" → "2024-03-24, 19:00" (ISO when a year follows),
    else the day written right before the month ("24/03")."""
    after = MONTH_YEAR_AFTER.match(tail)
    day = DAY_AT_END.search(before)
    if after is None or day is None:
        return before.rstrip() + tail
    iso = f"{after['year']}-{int(after['month']):02d}-{int(day['day']):02d}"
    return before[: day.start()] + iso + tail[after.end() :]
