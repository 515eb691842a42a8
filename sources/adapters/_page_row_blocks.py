"""A table whose events are blocks of rows: a name row, a date row and a clock row between rule rows. Pure.

A theatre's Spielplan (held-out batch 94, DOCK 11) lays each production out over four rows of one table: a genre
and the linked name ("PREMIERE | <a><strong>Fallback</strong></a>"), the run and a description ("17. bis
19.08.2018 | ein Tanzstück von Emily Ranford … mehr Informationen >>"), a genre and the clock and place ("TANZ |
19:00 Uhr | im DOCK 11"), then a row holding only a rule (<hr>). Read row by row, the date row was the event and its
description the title; the name and the clock, a row away, were lost. Here a table is read so when every block
between its rule rows (or spacer rows: no text) that holds a date is such a block: exactly one dated row, one link
name above it in the block (one row with one link target, its text the name), a clock below it or in it. Each
block is one event: the date row's day or run, named by the name row's link and at the clock row's time.

Not: a table without rule rows between its events (read row by row as before), a block with two dated rows (a
production's several dates: which is the name's?), a block whose name row has links to two pages, a block with no
name row above its date (a date row that names itself), a block with no time of day (a news table's headline over
its publication day, a shop's product over "Lieferbar ab 12.08.2031": read row by row as before), fewer than two
such blocks (one may be a coincidence).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_lines import Anchor
from sources.adapters._page_schedule import Entry
from sources.adapters._page_years import month_heading

MIN_BLOCKS = 2  # blocks of the shape a table needs at least
MAX_BLOCK_ROWS = 6  # rows a block may hold: more is a table of its own, not one event's block
Anchors = Callable[[list[Any], Any], list[tuple[Anchor, "str | None"]]]
BLOCKS = "a block of rows between rules: name {name!r} from the row above its date, clock {clock} from its rows"


def _row_text(row: Any, cells_of: Callable[[Any], list[Any]], cell_text: Callable[[Any], str]) -> str:
    return " ".join(cell_text(cell) for cell in cells_of(row)).strip()


def _blocks(rows: Sequence[Any], text_of: Callable[[Any], str]) -> list[list[Any]]:
    """The table's rows in runs between rows without text (a rule's row, a spacer)."""
    found: list[list[Any]] = []
    current: list[Any] = []
    for row in rows:
        if text_of(row):
            current.append(row)
            continue
        if current:
            found.append(current)
        current = []
    if current:
        found.append(current)
    return found


def _name(block: Sequence[Any], table: Any, cells_of: Callable[[Any], list[Any]], anchors_of: Anchors) -> Anchor | None:
    """The one link of the block's rows above its date row, when they link one page only (its name)."""
    targets: dict[str, Anchor] = {}
    rows = 0
    for row in block:
        anchors = [anchor for anchor, _heading in anchors_of(cells_of(row), table) if anchor.text.strip()]
        rows += bool(anchors)
        targets.update((anchor.href, anchor) for anchor in anchors)
    return next(iter(targets.values())) if rows == 1 and len(targets) == 1 else None


def block_entries(
    rows: Sequence[Any],
    table: Any,
    cells_of: Callable[[Any], list[Any]],
    cell_text: Callable[[Any], str],
    read_row: Callable[[list[Any], Any], Entry | None],
    anchors_of: Anchors,
) -> list[Entry]:
    """The events of a table of row blocks (see the module), or [] when the table is not one."""
    text_of = functools.partial(_row_text, cells_of=cells_of, cell_text=cell_text)
    found: list[Entry] = []
    for block in _blocks(rows, text_of):
        if len(block) > MAX_BLOCK_ROWS:
            return []
        read = [
            (index, None if len(cells_of(row)) == 1 and month_heading(text_of(row)) else read_row(cells_of(row), table))
            for index, row in enumerate(block)
        ]
        dated = [(index, entry) for index, entry in read if entry is not None]
        if not dated:
            continue  # a month's heading row ("August 2018"), a note
        if len(dated) != 1:
            return []
        index, entry = dated[0]
        name = _name(block[:index], table, cells_of, anchors_of)
        if name is None:
            return []
        if entry.time is None:
            clocks = (find_clock(text_of(row), dated=True) for row in block[index + 1 :])
            clock = next((hit for hit in clocks if hit is not None), None)
            if clock is None:
                return []  # a news item's or a product's block ("Lieferbar ab 12.08."): no show's time
            entry.time, entry.end_time = clock.start, clock.end
        entry.title, entry.url = " ".join(name.text.split()), name.href
        entry.links = [link for link in entry.links if link.get("url") != name.href]
        entry.evidence.append(BLOCKS.format(name=entry.title, clock=entry.time))
        found.append(entry)
    return found if len(found) >= MIN_BLOCKS else []
