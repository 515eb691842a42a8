"""A bare date's row on the loose line under it: its name, its place after "at", its hours (held-out batch 116).
Pure but for the entry it fills.

"Thursday, October 24 <br>&emsp;<i>RCMGA Meeting at Highland Rim 7PM to 9PM</i>" under a month heading, with no
element around the row: the line reader found the date alone, named it by the heading above ("October 2024") and
timed it by the page's "statement". The line under the date (``_page_loose_lines.loose_row_line``) is the row: its
clock is the time, what is left is read as a schedule line's rest is (_page_tail_places.line_place: "RCMGA Meeting",
"Highland Rim"), when it names something.

Not: a line that is a sentence ("Please bring a dish to share."), a long line, a link's line, a way in ("More info"),
a line with a date of its own (the next row), a heading (the next month), lines inside an element (the row readers
of blocks read those), a date line that names its own event.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_bars import is_sentence
from sources.adapters._page_dates import find_clock
from sources.adapters._page_loose_lines import loose_row_line
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_not_places import a_remark, price_or_call
from sources.adapters._page_schedule import ADDRESS, BELOW_LINE_LENGTH
from sources.adapters._page_tail_places import line_place
from sources.adapters._page_words import meaningful, residue, without_status

# review57: a line that is no row's name: a call ("Click here to register"), an exhibitor's stand ("Stand 42"), the
# hours' word alone ("Open 10AM to 4PM").
NOT_A_NAME = re.compile(
    r"^(?:click|tap|press)\b|^(?:stand|booth|stall|pitch|table)[ \t]*\d+$|^(?:open|opens|closed|geöffnet|ouvert)$",
    re.IGNORECASE,
)
EVIDENCE = "title read from the loose line under the date: {text!r}"


def row_under_date(entry: Any, lines: list[Any], line: Any) -> None:
    """An untitled date's name, place and time from the loose line under it (see the module), in place."""
    if entry.title is not None or not loose_row_line(lines, line.index + 1):
        return
    below = lines[line.index + 1]
    text = " ".join(below.text.split())
    if not text or below.anchors or len(text) > BELOW_LINE_LENGTH or is_sentence(text) or names_no_event(text):
        return
    clock = find_clock(text)
    words = residue(text, [clock.span], []) if clock else text
    title, place = line_place(without_status(words))
    if not meaningful(title) or _no_name(text, title):
        return
    entry.title = title
    entry.evidence.append(EVIDENCE.format(text=text[:60]))
    if place and entry.location is None:
        entry.location = place
    if clock is not None and entry.time is None:
        entry.time, entry.end_time = clock.start, clock.end


def _no_name(text: str, title: str) -> bool:
    """Whether the loose line is a remark, a price, a call, an address or a stand rather than the row's name: "All
    Welcome", "$5 members, $7 guests", "12 Oak Street, Springfield", "Cancelled", "Stand 42" (review57)."""
    return bool(a_remark(text) or price_or_call(text) or ADDRESS.search(text) or NOT_A_NAME.search(title.strip()))
