"""A programme's concerts, each a heading over a "day | place | hour" heading (held-out batch 106, helper pages106).
Pure.

A festival's concerts page: "<h2>Opening Concert</h2><h3>Sunday, May 20 | NDSU Beckwith Recital Hall | 2:00 PM
</h3>" and the programme below, then "<h2>Concert I</h2><h3>Wednesday, May 23 | … | 7:30 PM</h3>" and so on. The
date headings sat in different wrappers (a stray <a name> around the first), so two of four were lone dates and
left out, and the others were titled by their place ("NDSU Beckwith Recital Hall", "Plains Art Museum | Noon").

* Headings of one level, each leading with a date and cut by "|" into a date, a place and an hour, are one list
  however they are wrapped (``MIN_LINES`` of them: fewer are a page's aside).
* The part that is neither the date nor the hour is the place; the heading above names the concert (the entry's
  own title, when it is that place, is dropped).
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

MIN_LINES = 3
MIN_PARTS = 3  # a date, a place and an hour
PLACE_PART = "the heading line's part between its date and its hour is the place: {place!r}"


def _place_part(text: str, today: dt.date) -> str | None:
    """The one part of a "day | place | hour" line that is neither its date nor its hour; None if not such a line."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) < MIN_PARTS or not find_dates(parts[0], year_hint=None, today=today):
        return None
    rest = [part for part in parts[1:] if part and find_clock(part, dated=True) is None]
    return rest[0] if len(rest) == 1 and not find_dates(rest[0], year_hint=None, today=today) else None


def heading_date_lines(entries: list[Entry], lines: list[Line], today: dt.date) -> None:
    """Entries read from "day | place | hour" headings made one list and placed, in place (see the module)."""
    placed = [
        (entry, place)
        for entry in entries
        if lines[entry.line].kind == "heading" and (place := _place_part(lines[entry.line].text, today)) is not None
    ]
    levels = {lines[entry.line].level for entry, _ in placed}
    if len(placed) < MIN_LINES or len(levels) != 1:
        return
    for entry, place in placed:
        if entry.structure == "lone":
            entry.structure = "list"
        if entry.title and entry.title.startswith(place):
            entry.title = None  # "NDSU Beckwith Recital Hall": the heading above names the concert
        if entry.location is None:
            entry.location = place
            entry.evidence.append(PLACE_PART.format(place=place))
