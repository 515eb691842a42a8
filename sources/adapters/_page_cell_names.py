"""The events of a month grid's day cell: the lines under its day number, in its cell. Pure.

A school's or a parish's calendar (an ASP.NET month view) writes each day as a cell, its number a link ("4") over
the day's events ("Early May Bank Holidays (School Closed)"), under a "May 2026" heading between the links to the
months around it ("Apr", "Jun"). Read as a date line, the number took the line above it as its name: the month
link for the first cell, the previous cell's event for the next one. The number heads its cell: its name is the
first line under it that the cell holding both holds no other day number of (the next cell's is another day's),
that is not a way in (_page_nav_links.names_no_event, "Jun" among them), a price or a call to action
(_page_row_skips). A cell with no such line (an empty day) names nothing.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_lines import Line
from sources.adapters._page_row_skips import names_nothing
from sources.adapters._page_rows import holder
from sources.adapters._page_schedule import BELOW_LINE_LENGTH, BELOW_LINES, Entry
from sources.adapters._page_words import meaningful

CELL_EVIDENCE = "title read from the line under its day number, in the month grid's cell: {text!r}"


def day_number(line: Line) -> bool:
    """A line that is only a day's number ("4", "16"): a month grid's day."""
    text = line.text.strip()
    return text.isdigit() and 1 <= int(text) <= 31


def _holds(element: Any, other: Any) -> bool:
    return other is element or any(ancestor is element for ancestor in other.iterancestors())


def name_in_cell(entry: Entry, lines: list[Line], line: Line) -> None:
    """The day number's event name, from its cell's lines (see the module)."""
    if entry.title is not None or line.block is None or not day_number(line):
        return
    following = lines[line.index + 1 : line.index + 1 + BELOW_LINES]
    next_day = next((other for other in following if day_number(other) and other.block is not None), None)
    for below in following:
        if below is next_day or below.is_heading or below.block is None:
            return
        cell = holder(line.block, below.block)
        if cell is None or cell.tag in ("body", "html") or (next_day is not None and _holds(cell, next_day.block)):
            return
        text = " ".join(below.text.split())
        if not meaningful(text) or names_nothing(text) or len(text) > BELOW_LINE_LENGTH:
            continue
        entry.title = text
        entry.evidence.append(CELL_EVIDENCE.format(text=text[:60]))
        return
