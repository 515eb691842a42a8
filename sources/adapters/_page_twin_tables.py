"""One dated row in a table written as the page's schedule tables are: one more row of that schedule (held-out batch
116). Pure.

A FrontPage calendar writes each year's "Important Dates" as a table of its own, every one with the same markup
("<table border=2 cellpadding=2 width=85% id=AutoNumber1>", a date cell and a name cell a row): "Important Dates -
2016" holds only "Saturday 24th September 2016, 2PM | AGM to be held in …", "Important Dates - 2015" two rows. A table
of one dated row is a lone date (_page_schedule.MIN_ROWS), and its line, in a list of one, was one too: the AGM was
lost. When the page's own schedule table (two rows or more, read) has the same markup (the same attributes, the same
number of cells a row, the date in the same cell), the one-row table is the same template, a year with one date.

Not: a one-row table whose markup differs from every schedule table's (a page's notice box, a contact table), one
beside no schedule table, a row with no name of its own.

Also here, moved from _page_tables (its module's length): ``heading_before``, the nearest heading above a table.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_cell_at_places import cell_at_places
from sources.adapters._page_dates import find_clock
from sources.adapters._page_loose_lines import date_alone
from sources.adapters._page_schedule import HEADING_ABOVE
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._page_words import residue

# What a template's tables share; an id is often the editor's one number for them all ("AutoNumber1"), or unique.
STYLE = ("border", "cellpadding", "cellspacing", "width", "class", "style", "summary")


def heading_before(table: Any) -> str | None:
    """The table's caption, else the nearest heading above it."""
    caption = table.find("caption")
    if caption is not None and cell_text(caption):
        return cell_text(caption)
    found = table.xpath(HEADING_ABOVE)
    return (cell_text(found[0]) or None) if found else None


def _shape(table: Any) -> tuple[tuple[str, str], ...]:
    return tuple((name, " ".join((table.get(name) or "").split())) for name in STYLE)


def _widths(table: Any) -> set[int]:
    return {len(cells(row)) for row in table.iter("tr")}


def _date_cell(entry: Any) -> int:
    return next((index for index, text in enumerate(entry.text.split(" | ")) if entry.day.strftime("%Y") in text), -1)


def _date_only(entry: Any) -> bool:
    """Whether the row's date cell says nothing but its date and clock (review57: not "Last updated 4th January 2031"
    beside "Webmaster: J Smith", a page's footer table in the same markup)."""
    index = _date_cell(entry)
    text = entry.text.split(" | ")[index] if index >= 0 else ""
    clock = find_clock(text)
    return date_alone(residue(text, [clock.span], []) if clock else text)


def twin_rows(
    pending: list[tuple[Any, list[Any]]], schedules: list[tuple[Any, list[Any]]], read: set[Any]
) -> list[Any]:
    """The rows of one-row tables that share a read schedule table's markup (see the module); their tables added to
    ``read``."""
    kept: list[Any] = []
    for table, found in pending:
        shape, widths = _shape(table), _widths(table)
        if len(found) != 1 or not any(value for _, value in shape) or not _date_only(found[0]):
            continue
        for other, rows in schedules:
            if _shape(other) == shape and _widths(other) == widths and len(widths) == 1:
                if any(_date_cell(row) == _date_cell(found[0]) for row in rows):
                    found[0].evidence.append("one row in a table written as the page's schedule table is")
                    kept.append((table, found[0]))
                    break
    cell_at_places([entry for _, entry in kept])  # "AGM to be held in …": a long name cell's name and place
    read.update(table for table, entry in kept if entry.title)
    return [entry for _, entry in kept if entry.title]
