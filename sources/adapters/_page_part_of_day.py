"""A part of the day over an event's name names no event (left38): "<p>Evening</p><p>Jazz night</p>" under a
date's line, "<h3>Morning</h3><p>Yoga in the park</p>" as a card's only heading. Pure.

The part of day is a tag of when in the day the event falls; its name is the line below. One vocabulary: the part
of day alone as ``_page_day_headings.PART_OF_DAY`` reads a card's section heading ("Morning", "Evening", "Tarde",
"Nachmittag", "Soirée"…). A row's line that is only a part of day is passed over (``_page_row_skips.names_nothing``);
a card whose heading is only a part of day, with no heading of its own before it, is named by the first line after
the heading that names something and is no date, no time, no label's line and no other part of day
(``name_after_part``); a card with no such line keeps its heading's words, as before.

Not either (review47): a heading that links somewhere (a film's page: "<h3><a href=…>Evening</a></h3>"), nor one
among sibling cards whose same headings are names ("<h3>Night</h3>" beside "<h3>Casablanca</h3>": a film called
"Night", "Abend", "Evening"): a part of day tags every card of a day's programme, a title only one.

Not: "Evening of Jazz", "Morning Yoga", "Night Market", "Evening session" (a name with the part of day in it).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_dates import find_clock
from sources.adapters._page_day_headings import LABEL_LINE, MAX_NAME, only_when, part_of_day
from sources.adapters._page_words import meaningful

__all__ = ["name_after_part", "part_of_day"]


def name_after_part(block: Any, heading: Any) -> str | None:
    """The first line after the card's part-of-day ``heading`` that names something (see the module), or None."""
    if _a_name(block, heading):
        return None
    lines = block_text(block).splitlines()
    own = " ".join(block_text(heading).split())
    after = next((index for index, line in enumerate(lines) if line == own), None)
    if after is None:
        return None
    for line in lines[after + 1 :]:
        if len(line) > MAX_NAME or not meaningful(line) or LABEL_LINE.match(line) or part_of_day(line):
            continue
        if only_when(line) or _only_clock(line):
            continue
        return line
    return None


MAX_SIBLINGS = 60


def _a_name(block: Any, heading: Any) -> bool:
    """Whether the part-of-day ``heading`` is a name after all: it links somewhere, or a sibling card of the same
    tag and class has its same heading, and that heading is no part of day (review47)."""
    if any(link.get("href") for link in heading.iter("a")):
        return True
    parent = block.getparent()
    if parent is None:
        return False
    for index, other in enumerate(parent):
        if index >= MAX_SIBLINGS:
            break
        if other is block or other.tag != block.tag or other.get("class") != block.get("class"):
            continue
        first = next(other.iter(heading.tag), None)
        text = " ".join(block_text(first).split()) if first is not None else ""
        if text and not part_of_day(text):
            return True
    return False


def _only_clock(line: str) -> bool:
    """A line that is only a time or hours ("8pm", "19:00-21:00")."""
    clock = find_clock(line)
    return clock is not None and not meaningful(line[: clock.span[0]] + line[clock.span[1] :])
