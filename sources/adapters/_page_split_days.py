"""A day of the month split over two inline elements (Word pasted into a CMS: ``<span>Monday, January 2</span><span>5
</span>``, ``<span>, June </span><span>2</span><span>8</span>``): the second digit belongs to the first. Pure.

_page_lines sets two numbers that meet at an element's edge apart ("<span>13.10.2025</span><span>16:00</span>" is a
date and its time). A lone digit right after a month's name and one digit is not a second value: it is the rest of
the day ("January 2" + "5" is January 25), as long as the two make a day of a month (≤ 31).
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import MONTHS

# A month's name (or its abbreviation) and one digit at the end of the text before the edge: "Monday, January 2".
MONTH_AND_DIGIT = re.compile(r"(?<![^\W\d_])(?P<month>[^\W\d_]{3,9})\.?\s(?P<digit>[0-3])$")
LONE_DIGIT = re.compile(r"^\d$")
TAIL = 16  # characters of the text before the edge looked at
LAST_DAY = 31


def split_day(before: str, following: str) -> bool:
    """Whether ``following`` (an element's whole text) is the second digit of a day ``before`` ends with."""
    if not LONE_DIGIT.match(following.strip()) or following != following.strip():
        return False
    found = MONTH_AND_DIGIT.search(before[-TAIL:])
    if not found or found["month"].lower() not in MONTHS:
        return False
    return int(found["digit"] + following) <= LAST_DAY
