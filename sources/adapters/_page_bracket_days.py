"""A year-less dotted day whose weekday follows in brackets, closed as German writes it before the readers look at
the page (mutates the tree it is given; html.read_page through _page_prepare).

A cinema's or a club's table writes its days "11.08 (Sa)", "02.09 (Mo.)", "5.10 (ven)": a day and a two-digit
month joined by one dot, then the weekday's name in brackets. Alone, "11.08" is as often a price, a clock ("Beginn
20.10") or a version as a day, and the year-less dotted reader takes only "11.08." (``DAY_MONTH_DOTTED``, on a page
that writes its dotted dates day first); the bracketed weekday says it is a day (as "9/23（火）" does for Japanese,
``CJK_SLASHED_DATE``), so the day is closed and its weekday written before it: "Sa 11.08.", as "12.06.2031 (Do)" is
written "Do 12.06.2031" (review33: after the day, the bracket's rest stayed in the title, "Do) – Paris, Texas").
Weekday names of every language the page
readers know (full, short, English), folded; one name of three to twelve letters at most, nothing else in the
brackets. Not read: "11.08 (Saal 2)", "12.05 (inkl. MwSt)", "20.10 (ca.)" (no weekday), "Version 2.10 (Mo)" (a
numbered thing before it), "3.7 (Mo)" (a one-digit month: a decimal).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_intl import NUMERIC_WEEKDAYS, SHORT_WEEKDAYS, fold
from sources.adapters._page_number_years import NUMBERED_THING
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

# "11.08 (Sa)", "02.09 (Mo.)": a day and a two-digit month, one dot between, then a bracketed word; nothing dotted,
# numeric or a currency before it.
BRACKETED_DAY = re.compile(
    r"(?<![\w.,/€$£:-])(?P<day>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0[1-9]))(?P<year>\.(?:\d{4})?)?"
    r"[ \u00a0]?\((?P<weekday>[^\W\d_]{2,12})\.?\)"
)
WEEKDAY_NAMES = frozenset(
    fold(name)
    for name in (
        *NUMERIC_WEEKDAYS,
        *ENGLISH_WEEKDAYS,
        *(short for names in SHORT_WEEKDAYS.values() for short in names),
    )
)
MAX_NODES = 20_000  # elements looked at: a hostile page of millions costs no more


def _closed(match: re.Match[str]) -> str:
    if fold(match.group("weekday")) not in WEEKDAY_NAMES:
        return match.group(0)
    if NUMBERED_THING.search(match.string[max(0, match.start() - 20) : match.start()]):
        return match.group(0)  # "Version 2.10 (Mo)"
    return f"{match.group('weekday')} {match.group('day')}{match.group('year') or '.'}"


def bracketed_days_closed(root: Any) -> None:
    """Each "11.08 (Sa)" in the page's text written "Sa 11.08." (see the module's docstring). Mutates ``root``."""
    for count, element in enumerate(root.iter()):
        if count >= MAX_NODES:
            break
        if not isinstance(element.tag, str):
            continue
        for part in ("text", "tail"):
            text = getattr(element, part)
            if text and "(" in text:
                setattr(element, part, BRACKETED_DAY.sub(_closed, text))
