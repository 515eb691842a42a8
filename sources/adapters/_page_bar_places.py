"""A card's date line that names its place after a bar, its event's name the heading right under it (held-out
batch 99, a community calendar: "so, 11 dez. | Mergener Hof e.V." over "<h2>Ukrainische Abendparty</h2>"): the
part after the bar is where, the heading is what. Read by _page_line_neighbours.follow_lines. Pure.

Only when the line is a date (and its weekday) before one bar and a short name after it, and the line right under
it is a heading of the same card (a sibling in the date's own element) that is no date itself: "May 3 | Jazz Night"
with no heading under it keeps its name; a bar's part that is a sentence, a time or a long text is no place.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_bars import hours_line, is_sentence
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import meaningful

# "so, 11 dez. | Mergener Hof e.V.": what is before the one bar, and after it.
DATE_BAR = re.compile(r"^(?P<date>[^|]{1,40}?)\s{0,3}\|\s{0,3}(?P<place>[^|]{2,60})$")
# What the date's part may keep beside its date: a weekday's short or full name and punctuation only.
WEEKDAY_ONLY = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,12}\.?)?[\W\d_]*$")
PLACE_WORDS = 6  # a place's name is short ("Mergener Hof e.V.", "Trier")
_ANY_DAY = dt.date(2000, 1, 1)


def place_over_heading(entry: Entry, lines: list[Line], line: Line) -> None:
    """Set the entry's place from its date line's part after the bar and its name from the heading under it."""
    if line.is_heading or line.block is None or line.index + 1 >= len(lines):
        return
    match = DATE_BAR.match(line.text.strip())
    if match is None or entry.location:
        return
    place = match.group("place").strip()
    hits = find_dates(match.group("date"), year_hint=2000, today=_ANY_DAY)
    if len(hits) != 1 or not _a_place(place):
        return
    rest = match.group("date")[: hits[0].start] + match.group("date")[hits[0].end :]
    if not WEEKDAY_ONLY.match(rest):
        return
    below = lines[line.index + 1]
    if not _heading_of_card(below, line):
        return
    entry.location = place
    entry.title = below.text.strip()
    entry.evidence.append(f"the place after the date's bar, the name in the heading under it: {place[:60]!r}")


def _a_place(text: str) -> bool:
    return (
        meaningful(text)
        and len(text.split()) <= PLACE_WORDS
        and text[:1].isupper()
        and not is_sentence(text)
        and hours_line(text, dated=True) is None
    )


def _heading_of_card(below: Line, line: Line) -> bool:
    """Whether ``below`` is a heading in the date line's own element (its sibling), naming something, no date."""
    if not below.is_heading or below.block is None or line.block is None:
        return False
    if below.block.getparent() is not line.block.getparent():
        return False
    text = below.text.strip()
    return meaningful(text) and not find_dates(text, year_hint=2000, today=_ANY_DAY)
