"""A line's later day announced with its clock, over an earlier day said in passing (left31). Pure.

"The tall ships arrive Friday 20 June; the talk is Saturday 21 June 2031, 14:00." was read on the 20th (its first
date), at the talk's clock. When the line's first date stands in a clause of words (two words at least before it)
that gives it no clock and ends (";" or a sentence's stop) before a later date, and that later date is announced in
a clause of words too, with its weekday and a clock (``_page_article_dates.announcing_sentence``), the later date is
the event's. Not: a first date with its own clock ("Saturday 21 June 2031, 14:00; ships leave Sunday 22 June,
10:00"), a line that opens with its date ("Friday 20 June; Saturday 21 June 2031, 14:00": a list of days), a later
limit's day ("…; booking closes Friday 20 June 2031, 12:00"), one clause ("Friday 20 June and Saturday 21 June").
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_article_dates import announcing_sentence
from sources.adapters._page_date_clocks import find_clock

CLAUSE_END = re.compile(r";|[.!?](?:\s|$)")
WORDS = 2  # words before a date in its clause: prose, not a list's or a row's date


def _worded(text: str, start: int) -> bool:
    ends = [found.end() for found in CLAUSE_END.finditer(text, 0, start)]
    return len(text[ends[-1] if ends else 0 : start].split()) >= WORDS


def later_announced(text: str, hits: list[Any]) -> Any:
    """The later date of ``text`` announced with its clock, over a first date said in passing (see the module), or
    None."""
    if len(hits) < 2 or not _worded(text, hits[0].start):
        return None
    stop = CLAUSE_END.search(text, hits[0].end)
    if stop is None or find_clock(text[hits[0].end : stop.start()]) is not None:
        return None
    for hit in hits[1:]:
        if hit.start >= stop.end() and _worded(text, hit.start) and announcing_sentence(text, hit):
            return hit
    return None
