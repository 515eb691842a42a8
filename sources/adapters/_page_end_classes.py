"""A start and an end in elements of their own, told apart by their classes only (helper pages64). Pure but for the
tree.

An events list writes a card's days as '<p class="dates"><span class="date date--begin">05.11.2026</span>
<span class="date date--end">06.11.2026</span></p>', its hours the same way ("time--begin" 08:30, "time--end"
17:00): nothing but the classes says the second is the end, so it was read as no end. Now two sibling elements,
one classed as the start (begin, start, from) and the next as the end (end, until), each holding one date or
one clock and nothing else, are joined by a dash, as a range is written ("05.11.2026 – 06.11.2026").

Not: two dated siblings whose classes say nothing of a start and an end (two showings, "date" and "date"), an end
class on an element that holds words besides its date, the end before the start.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_cards import _EPOCH
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters.webpage import clean_text

START_CLASS = re.compile(r"(?<![a-z])(?:begin|start|from)(?![a-z])", re.IGNORECASE)
END_CLASS = re.compile(r"(?<![a-z])(?:end|until)(?![a-z])", re.IGNORECASE)
MAX_PAIRS = 2_000  # elements looked at: a hostile page of millions costs no more
MAX_PART = 40  # a date or a clock, not a sentence


def _one_moment(element: Any) -> bool:
    """Whether the element's whole text is one date or one clock."""
    text = (clean_text(element.text_content()) or "").strip()
    if not text or len(text) > MAX_PART:
        return False
    hits = find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)
    if hits:
        return len(hits) == 1 and not text[: hits[0].start].strip() and not text[hits[0].end :].strip()
    clock = find_clock(text)
    return clock is not None and clock.end is None and len(text) <= len("12:30 p.m.")


def ends_joined(root: Any) -> None:
    """Each start and end told apart by their classes (see the module) joined by a dash."""
    for _, start in zip(range(MAX_PAIRS), root.iterfind(".//*[@class]"), strict=False):
        end = start.getnext()
        if end is None or not isinstance(end.tag, str) or (start.tail or "").strip():
            continue
        if not START_CLASS.search(start.get("class") or "") or not END_CLASS.search(end.get("class") or ""):
            continue
        if END_CLASS.search(start.get("class") or "") or not _one_moment(start) or not _one_moment(end):
            continue
        start.tail = " – "
