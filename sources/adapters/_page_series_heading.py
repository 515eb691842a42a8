"""A fragment's one unlinked top heading names its event when a dated line under it repeats the heading's lead.

An event detail page cut to its content has no <h1>, <title> or og:title; its one <h2> ("Manufacturing Innovators -
Test Speaker") is the event's name when the line that dates it starts with the same series name ("Manufacturing
Innovators – 4 March 2026"): the heading is the series and its talk, the line the series and its day. A widget's
lone heading ("<h2>Newsletter</h2>" over a dated post) shares no words with the date line, and a heading with no
separator ("<h2>Upcoming talks</h2>") has no lead to repeat.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_dates import find_dates

# The heading's lead: its words before the first spaced dash or colon ("Manufacturing Innovators - Test Speaker").
LEAD = re.compile(r"^(\w[^:\n]{2,80}?)\s+[-–—:]\s+\S")
NEAR_LINES = 8  # text pieces after the heading looked at for the dated line
LINE_CHARS = 200  # a dated line longer than this is prose, not the event's date line
# Only whether the line writes a date matters here, not the year a year-less one would fall in: any day will do.
ANY_DAY = dt.date(2000, 1, 1)


def pieces_after(node: Any) -> Any:
    """The text pieces after ``node`` in document order (its tail, then the following elements' text and tails)."""
    if node.tail and node.tail.strip():
        yield node.tail
    for element in node.itersiblings():
        for piece in element.itertext():
            if piece.strip():
                yield piece
        if element.tail and element.tail.strip():
            yield element.tail


def series_named(heading: Any) -> bool:
    """Whether a dated line among the few after ``heading`` starts with the heading's lead (see the module)."""
    match = LEAD.match(" ".join((heading.text_content() or "").split()))
    if match is None:
        return False
    lead = match.group(1).casefold()
    for piece in itertools.islice(pieces_after(heading), NEAR_LINES):
        line = " ".join(piece.split())
        if len(line) <= LINE_CHARS and line.casefold().startswith(lead) and line[len(lead) :][:1] in " -–—:,":
            if find_dates(line[len(lead) :], year_hint=None, today=ANY_DAY):
                return True
    return False
