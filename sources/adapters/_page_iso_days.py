"""A card's ISO day with the time the card gives elsewhere, and its last day. Pure.

A listing may print its days as ISO dates with the weekday after them and the hours on a line of their own
('2026-08-04, Tuesday To 2026-08-09, Sunday' over '6:00 PM to 4:30 AM'). The first day is the start, at the time the
card's short lines give (as a written date takes it); a second ISO day after it on its line, joined by a range word,
is the last day, and the range's end time is on that day.

Two inline elements whose digits meet ('<span>22.08.2026</span><span>09.00-15.00</span>') are two numbers, a day and
its hours, not one: a card's text keeps a space between them.

A card may give only its time ("2:00 PM", "All Day") inside a day cell that names its ISO day in a data attribute
(LibraryCalendar's '<div class="calendar__day" data-date="2026-07-11">', a month grid's '<td data-date=…>'): the card
is on that day (cell_day; read in _page_day_cells).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sources.adapters._page_cell_hours import written_hour
from sources.adapters._page_dates import ClockHit, find_clock

# A day cell's attribute whose whole value is an ISO day: "2026-07-11", not a timestamp, a "032525" or a sort key.
CELL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CELL_DEPTH = 4  # the card itself and its nearest ancestors: a day cell holds its cards, not the page
# What such a card gives of its day: a time, or that it lasts all day (its title alone is no card of the cell).
CELL_TIME = re.compile(r"\ball[\s-]day\b|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|\b\d{1,2}:\d\d\b", re.IGNORECASE)

# Between two ISO days on one line: a weekday after the first ("2026-08-04, Tuesday"), then a range word.
_TO_LAST = re.compile(
    r",?\s{0,3}(?:[^\W\d]{2,12}\.?\s{0,3})?(?:to|till|until|thru|through|-|–|—|bis|tot|au|à|al|hasta|tom)\s{1,3}"
    r"(?P<last>20\d\d-[01]\d-[0-3]\d)\b",
    re.IGNORECASE,
)
# The joint of a clock range ("6:00 PM to 4:30 AM", "19:00–02:00").
_JOINT = re.compile(r"\s(?:to|till|until|bis|tot|au|à|a|al)\s|[-–—]", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class _Day:
    """A date-only ISO match as BlockReader.time_of reads a written date: no time of its own."""

    begin: int
    finish: int

    def group(self, _name: str) -> None:
        return None

    def start(self, _name: str | None = None) -> int:
        return self.begin

    def end(self, _name: str | None = None) -> int:
        return self.finish


def iso_days(
    text: str,
    iso: re.Match[str],
    zone: dt.tzinfo,
    time_of: Callable[[str, Any], tuple[ClockHit, str | None] | None],
) -> tuple[dt.date, dt.date | None, str | None] | None:
    """Start, end and the time's evidence for a card whose first date is the ISO day ``iso`` with no time of its
    own; None when ``iso`` has a time (read as written) or is no day."""
    if len(iso.group(0)) != len("2026-01-01"):
        return None
    try:
        first = dt.date.fromisoformat(iso.group(0))
    except ValueError:
        return None
    ranged = _TO_LAST.match(text, iso.end())
    last = None
    if ranged is not None:
        try:
            last = dt.date.fromisoformat(ranged.group("last"))
        except ValueError:
            last = None
        last = last if last is not None and last > first else None
    date_end = ranged.end() if ranged is not None and last is not None else iso.end()
    found = time_of(text, _Day(iso.start(), date_end))
    if found is None:
        return first, last, None
    hit, evidence = found
    start = dt.datetime.combine(first, hit.start, tzinfo=zone)
    # A range over days ends on its last day at the range's second clock, even one earlier in the day than the
    # start (which a one-day reading sets aside: "6:00 PM to 4:30 AM" from the 4th to the 9th ends the 9th at 4:30).
    end_time = hit.end or (_range_end(text, hit.start) if last is not None else None)
    if end_time is None:
        return start, None, evidence
    end = dt.datetime.combine(last or first, end_time, tzinfo=zone)
    if end <= start:  # past midnight ("8:00 PM to 2:00 AM" on one day): the next morning
        end += dt.timedelta(days=1)
    return start, end, evidence


def _range_end(text: str, start: dt.time) -> dt.time | None:
    """The second clock of the first range in ``text`` that starts at ``start``."""
    for line in text.splitlines():
        found = find_clock(line)
        if found is None or found.start != start:
            continue
        piece = line[found.span[0] : found.span[1]]
        joint = _JOINT.search(piece)
        later = find_clock(piece[joint.end() :]) if joint is not None else None
        return later.start if later is not None else None
    return None


def digits_apart(parts: list[str], node: Any) -> str:
    """ " " before an inline element whose text starts with a digit right after text ending in one, else ""."""
    before = next((part for part in reversed(parts) if part), "")
    if not before[-1:].isdigit():
        return ""
    return " " if (node.text_content() or "")[:1].isdigit() else ""


def capital_glued(parts: list[str], following: str) -> bool:
    """Whether text starting with a capital meets a lower-case letter at an element's edge ("<span>5 March</span>
    <span>Riverside Rotunda</span>"): two pieces the page sets apart (by its style), not one word; a word split
    in lower case ("<span>Jan</span><span>uary</span>") stays one."""
    before = next((part for part in reversed(parts) if part), "")
    return before[-1:].islower() and following[:1].isupper()


def cell_day(block: Any) -> str | None:
    """The ISO day the card's own ``data-date``, or that of one of its CELL_DEPTH nearest ancestors, names."""
    node, depth = block, 0
    while node is not None and depth <= CELL_DEPTH:
        value = (node.get("data-date") or "").strip() if isinstance(node.tag, str) else ""
        if CELL_DAY.fullmatch(value):
            return value
        node, depth = node.getparent(), depth + 1
    return None


def in_cell(block: Any, text: str) -> str | None:
    """The day cell's ISO day (cell_day) of a block whose ``text`` gives a time or says it lasts all day."""
    return cell_day(block) if CELL_TIME.search(text) or written_hour(text) else None  # "19h" (_page_cell_hours)
