"""A card that is a place's hours for a holiday, not an event (held-out batch 114). Pure.

A library's holiday hours page puts each holiday in a block: "<h3>Canada Day 2015</h3><p>Wednesday, July 1 - Canada
Day, CLOSED</p><p>Thursday, July 2 - Regular Hours</p>". The card reader took the heading and the first date for an
event (its place "Regular Hours"). A block whose dated lines all say what the place's hours are that day (closed,
closing early, its regular or holiday hours, open for something) and at least one says closed or regular hours, is
an hours notice: no event.

Not an hours notice: a card with one dated line (an event's "Library closed – Author talk moved", the rows' own
closure readers weigh it), a card where one dated line names anything else ("Saturday, April 4 - Egg Hunt"), a
"Closed session" (a meeting), a line that only mentions "open" ("Open Mic Night") beside no closed or regular line.
review56: nor a line whose "open" names what is on ("Open Garden, 10am to 4pm, tea room closed", "Open swim 6pm to
8pm", "Open Day", "Opening Reception 6pm": ``OPEN_EVENT``, the word before a name, not before a clock, "until", "as usual", a weekday).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import page_lines
from sources.adapters._page_words import CLOSURE

MIN_DATED = 2
MAX_LINES = 40  # a card's lines, not a page's
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which
# The hours a place keeps that day: regular ones, or open for something ("designated branches will be open").
REGULAR_HOURS = re.compile(r"\b(?:regular|normal|usual|standard|reduced|holiday)\s+(?:opening\s+)?hours\b", re.I)
OPEN_WORD = re.compile(r"\b(?:open|opens|opening|geöffnet|ouvert|abierto|aperto|geopend)\b", re.I)
# "Open" naming what is on (review56): "Open Garden", "Open swim", "Open Mic", "Opening Reception"; not "open 10am",
# "open until 5", "opening hours", "opening times".
OPEN_EVENT = re.compile(
    r"\bopen(?:ing)?[ \t]+(?!(?:until|till|to|from|as|at|on|for|daily|late|early|normally|normal|usual|regular|all|"
    r"noon|midday|between|again|hours|times|and|or|but|with|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[^\W\d_]",
    re.I,
)


def hours_card(block: Any) -> bool:
    """Whether every dated line of the block states the place's hours that day (see the module)."""
    lines = page_lines(block, base=None)[:MAX_LINES]
    strong = dated = 0
    for line in lines:
        hits = find_dates(line.text, year_hint=2000, today=_ANY_DAY)
        if not hits or line.is_heading:
            continue
        dated += 1
        rest = line.text[hits[0].end :]
        if OPEN_EVENT.search(rest):
            return False  # "Open Garden, 10am to 4pm": what is on (review56)
        if CLOSURE.search(rest) or REGULAR_HOURS.search(rest):
            strong += 1
        elif not OPEN_WORD.search(rest):
            return False
    return dated >= MIN_DATED and strong >= 1
