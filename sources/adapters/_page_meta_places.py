"""A card's date line that ends in its place after the time (helper venues55). Pure.

Theme meta lines write the date, the time and the place on one line: "Saturday 14 June 2031, 7:30pm @ The Old Mill",
"Sat 14 June 2031 at 7:30pm at The Old Mill", "14 June 2031 · 7:30pm · at The Old Mill", "14 June 2031 | 7:30pm |
The Old Mill", "Saturday 14 June 2031, 7:30pm, The Old Mill", "Saturday 14 June 2031 – The Old Mill". The card
reader's date-line place (_page_card_fields.date_line_place) takes the part right after the date only when no time
stands between; this reads the words after the line's last date or time, set off by a separator (a comma, a spaced
bar, dot or dash) or by "@" / "at", as the place when they read as a name.

Not a place: a time range's end ("7:30pm - 10pm"), a price, a remark or status ("Free entry", "Cancelled"), a tag
("· Live Music", "· Family Friendly": _page_card_fields.date_tag, unless a place noun names a place), an online room,
a call to act, who plays ("with The Quartet"), a sentence or longer than a name (_page_sibling_places.a_name); a line
that is a sentence ("Doors open at 7pm at the latest"); words after a date with no separator or at-word between; another
label's value ("18:00 Uhr – Gegner: DC Triple 20", the opponent: _page_card_tail.labelled_place, pages117).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_card_fields import date_tag
from sources.adapters._page_card_tail import labelled_place
from sources.adapters._page_cards import block_text, heading_of
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_sibling_places import a_name
from sources.adapters.webpage import clean_text

MAX_LINE = 140  # a meta line, not a paragraph
MAX_LINES = 8  # the card's first lines: its meta, not its description
_EPOCH = dt.date(2000, 1, 1)  # any day: only where a line's dates end matters here
# What sets the place off after the time: a separator, then maybe "@" or "at"; or "@" / "at" alone.
LEAD = re.compile(r"^\s*(?:(?:,|;|\s[|•·–—-]|[|•·–—])\s*(?:(?:@|at)\s+)?|(?:@|\bat\b)\s*)(?=\S)", re.I)


def _when_end(line: str) -> int:
    """Where the line's dates and times end (0 when it has none)."""
    end = 0
    for hit in find_dates(line, year_hint=_EPOCH.year, today=_EPOCH):
        end = max(end, hit.end)
    while True:
        clock = find_clock(line[end:])
        if clock is None:
            return end
        end += clock.span[1]


def meta_place(block: Any) -> str | None:
    """The place a card's date line names after its time (see the module), else None."""
    heading = heading_of(block)
    title = clean_text(block_text(heading)) if heading is not None else ""
    lines = [text for text in (clean_text(line) for line in block_text(block).split("\n")) if text]
    for line in lines[:MAX_LINES]:
        if len(line) > MAX_LINE or line == title:
            continue
        end = _when_end(line)
        lead = LEAD.match(line[end:]) if end else None
        if lead is None:
            continue
        place = labelled_place(line[end + lead.end() :].strip(" .")) or ""  # not "Gegner: DC Triple 20" (pages117)
        if not place or date_tag(place) and not PLACE_NOUN.search(place):
            continue
        if a_name(place, title or ""):
            return place
    return None
