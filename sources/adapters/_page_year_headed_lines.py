"""A year-less day told under a heading that is a past year alone is that year's, not the next such day (pages batch 123,
helper pages123). Pure.

A fan page's "Famous Gigs" tells the band's concerts as history: "<h2>1994</h2><p>On June 26th Oasis played their
first apperance at Glastonbury …</p>", "<h2>1995</h2>…". The page's one event was read from that line: "Famous Gigs"
on the next 26 June after the reading day. A line that writes no year of its own and whose nearest heading before it
(in the page's order) is a year alone ("1994") is dated in that year: when that year is before the one the record was
given, the record is that year's history, not an event to come, and is left out.

Not: a line under a year heading of the record's own year or a later one ("<h2>2031</h2>" over "June 26th: open day",
read in 2031), a line that writes its year ("June 26th 2031"), a heading that holds more than a year ("Season 1994",
"1994–1995"), a record with no line of its own to find (a card's, a table row's: their readers date them).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters.base import ParsedRecord, RawEvent

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
YEAR_ALONE = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
LINE_START = 60  # characters of the record's line looked for on the page
MAX_ELEMENTS = 20_000  # elements walked: a hostile page of many costs no more
MAX_RECORDS = 20  # a page's one event, or a few: a listing's many records are its readers' to date
LINE_TAGS = frozenset({"p", "li", "div", "td", "dd", "span", "blockquote"})


def _words(text: str) -> str:
    return " ".join(text.split())


def _year_over(root: Any, line: str) -> int | None:
    """The year alone of the nearest heading before the first element whose words begin with ``line``, or None."""
    year: int | None = None
    for index, node in enumerate(root.iter()):
        if index >= MAX_ELEMENTS or not isinstance(node.tag, str):
            continue
        if node.tag in HEADINGS:
            found = YEAR_ALONE.match(node.text_content() or "")
            year = int(found.group(1)) if found else None
        elif node.tag in LINE_TAGS and _words(node.text_content() or "").startswith(line):
            return year
    return None


def without_past_year_lines(records: list[ParsedRecord], root: Any) -> list[ParsedRecord]:
    """``records`` without the events a line dated that sits under a past year's heading (see the module)."""
    events = [record for record in records if isinstance(record, RawEvent)]
    if root is None or not events or len(events) > MAX_RECORDS:
        return records
    dropped: set[int] = set()
    for record in events:
        told = [text for text in (record.description or "").splitlines() if text.strip()]
        line = _words(next((text for text in told if not YEAR_ALONE.match(text)), ""))[:LINE_START]
        start = getattr(record.start, "year", None)
        if len(line) < LINE_START // 3 or start is None or YEAR_WRITTEN.search(line):
            continue
        year = _year_over(root, line)
        if year is not None and year < start:
            dropped.add(id(record))
    return [record for record in records if id(record) not in dropped] if dropped else records
