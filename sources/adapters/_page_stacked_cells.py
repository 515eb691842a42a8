"""A schedule table's row that stacks several meetings in one cell, a line each ("October 27, 2016, Regular
Meeting<br />January 23, 2017, Committee Meeting<br />…"), its other cells cut by <br> into as many pieces in the
same order (each meeting's "Agenda, Minutes"): read as one row per meeting, each piece beside the meeting on its
line. A table kept up by adding lines to its last row instead of new rows writes this. Pure (used by _page_tables)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_table_cells import cell_text, cells

MIN_STACKED = 2  # dated lines a cell needs to be a stack of meetings


def _pieces(cell: Any) -> list[Any]:
    """The cell cut at its own <br>s, each piece a new cell of the same kind holding copies of that line's
    content; blank pieces (a trailing <br>) are dropped."""
    pieces: list[Any] = []
    current = cell.makeelement(cell.tag, {})
    current.text = cell.text
    for child in cell:
        if isinstance(child.tag, str) and child.tag == "br":
            pieces.append(current)
            current = cell.makeelement(cell.tag, {})
            current.text = child.tail
            continue
        current.append(copy.deepcopy(child))  # the copy keeps its tail: the words after it on the line
    pieces.append(current)
    return [piece for piece in pieces if cell_text(piece)]


def _dated(piece: Any, today: dt.date) -> bool:
    return bool(find_dates(cell_text(piece), year_hint=None, today=today))


def _split(row: Any, today: dt.date) -> list[Any] | None:
    """The row's meetings as rows of their own, or None when the row is not one stack: exactly one cell whose
    every line (two or more) is dated, at least one other cell cut into as many lines (paired by position), and
    every other cell either cut so too or one line with no link (the same for every meeting, copied to each).
    A dated cell of two lines beside cells of one ("March 1, 2027<br>April 30, 2027": an exhibition's opening and
    closing; "January 12<br>Rescheduled from January 5") is one row."""
    row_cells = cells(row)
    cut = [_pieces(cell) for cell in row_cells]
    stacks = [
        index
        for index, pieces in enumerate(cut)
        if len(pieces) >= MIN_STACKED and all(_dated(piece, today) for piece in pieces)
    ]
    if len(stacks) != 1:
        return None
    count = len(cut[stacks[0]])
    if not any(len(pieces) == count for index, pieces in enumerate(cut) if index != stacks[0]):
        return None  # nothing beside the dates is cut alike: a range's two days, a date and its remark
    for index, pieces in enumerate(cut):
        if index == stacks[0] or len(pieces) == count or not pieces:
            continue
        if len(pieces) > 1 or next(row_cells[index].iter("a"), None) is not None:
            return None
    rows: list[Any] = []
    for line in range(count):
        new = row.makeelement(row.tag, {})
        for index, pieces in enumerate(cut):
            if len(pieces) == count:
                new.append(pieces[line])
            elif pieces:
                new.append(copy.deepcopy(row_cells[index]))
            else:
                new.append(row_cells[index].makeelement(row_cells[index].tag, {}))
        rows.append(new)
    return rows


def unstacked_rows(rows: list[Any], today: dt.date) -> list[Any]:
    """The table's rows, a row stacking meetings in one cell replaced by one row per meeting."""
    found: list[Any] = []
    for row in rows:
        found += _split(row, today) or [row]
    return found
