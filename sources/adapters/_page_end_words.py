"""The words that make a time an event's end, and a range that names the day it ends on. Pure.

"ends 11:00 pm", "until 11pm", and as other languages label it ("Ende 22:00", "bis 22 Uhr", "einde", "fin 22h"):
those only on a page not in English, where "fin" is a word of its own ("the great fin 7 pm"). A range past
midnight that names its days ("Wed 6th 18:30 – Thu 7th 7:30", "Sat 23:00 - Sun 06:00") ends on the day it names.
"""

from __future__ import annotations

import re

from sources.adapters._page_intl import ENGLISH_PAGE

# A word that makes the clock after it the event's end ("(ends 11:00 pm)", "ends at 11 pm", "until 11pm", "Ende
# 20:30", "bis 22 Uhr", "einde", "fin").
_END = r"\b(?:ends?|ending|until|till|til|(?P<other>ende|bis|einde|fin))\b(?:\s{1,3}at\b)?[\s:]{0,3}"
END_WORD = re.compile(_END, re.IGNORECASE)
END_WORD_BEFORE = re.compile(_END + "$", re.IGNORECASE)
# The word right after a start's time, behind a comma or a bracket ("19:00, Ende 22:00", "7pm (ends 10pm)").
END_WORD_AFTER = re.compile(r"[ \t]{0,3}[,;(·|/–-]?[ \t]{0,3}" + _END, re.IGNORECASE)
END_REACH = 16  # the most characters such a word takes before its clock

_WEEKDAY = r"(?P<{name}>mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}}\.?,?"
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?P<{name}_th>st|nd|rd|th|\.)?,?"
# The days a range names around its start's time: "Wed 6th " before "18:30", then " – Thu 7th " before "7:30".
NAMED_BEFORE = re.compile(
    rf"(?:{_WEEKDAY.format(name='weekday')}[ \t]{{1,3}})?(?:{_DAY.format(name='day')}[ \t]{{1,3}})?$", re.IGNORECASE
)
NAMED_AFTER = re.compile(
    r"[ \t]{0,3}(?:-|–|—|to|until|till|bis)[ \t]{1,3}"
    rf"(?:{_WEEKDAY.format(name='weekday')}[ \t]{{1,3}})?(?:{_DAY.format(name='day')}[ \t]{{1,3}})?(?=\d)",
    re.IGNORECASE,
)
WEEKDAY_INDEX = {name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
LONGEST_NIGHT = 3  # the most days such a range runs on ("Sat 10th 23:00 – Mon 12th 8:00")


def end_word(match: re.Match[str] | None) -> bool:
    """Whether a match of END_WORD (or END_WORD_BEFORE) is an end's word on this page: another language's only on
    a page not in English (_page_intl.ENGLISH_PAGE)."""
    return match is not None and not (match.group("other") and ENGLISH_PAGE.get())


def days_named(before: re.Match[str], after: re.Match[str]) -> int | None:
    """How many days after the start's day a range ends, by the weekdays or the days it names on both sides
    ("Wed 6th" to "Thu 7th": 1); None when it names none on the end's side, or names them inconsistently."""
    counts = set()
    if before.group("weekday") and after.group("weekday"):
        counts.add((WEEKDAY_INDEX[after.group("weekday").lower()] - WEEKDAY_INDEX[before.group("weekday").lower()]) % 7)
    if before.group("day") and after.group("day") and (after.group("day_th") or after.group("weekday")):
        first, last = int(before.group("day")), int(after.group("day"))
        if last > first:  # a turn of the month is told by the weekdays only
            counts.add(last - first)
    if len(counts) != 1:
        return None
    days = counts.pop()
    return days if 0 < days <= LONGEST_NIGHT else None
