"""A fixtures table whose days are rows of their own: a league's page writes each match day as a row of one cell
that names the day ("Thursday 23 Oct 2025", spanning the table) over that day's matches, one row each, with their
kick-off, pitch and sides ("7:20pm | Field 1 | Home FC | vs | Away FC"). Read as a calendar service's day headers over
the row that names its event (``_page_day_rows``), such a table gives one event a day, named by its first match's
time and pitch; read row by row, its match rows have no date. Here each day row gives its day to the match rows
under it (as a day line above a table does: ``_page_matchups.day_above``), and every match row is an event.

Only when every row under the day rows is a match (two sides around a separator, a cell that is a time alone:
``_page_matchups.timed_row``) and two or more such rows are read: a day row over a row of notes, or over a row naming
a show, keeps its other readings. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sources.adapters._page_matchups import day_alone, timed_row
from sources.adapters._page_schedule import MIN_ROWS, Entry


def day_header_matches(
    rows: Sequence[Any],
    table: Any,
    cells_of: Callable[[Any], list[Any]],
    text_of: Callable[[Any], str],
    read_row: Callable[[list[Any], Any], Entry | None],
) -> list[Entry]:
    """The match rows of a table of day rows over fixtures, each an event on its day row's day; else []."""
    today: dt.date = table.today
    found: list[Entry] = []
    day: dt.date | None = None
    days = 0
    before = table.day_above
    try:
        for row in rows:
            cells = cells_of(row)
            texts = [text_of(cell) for cell in cells]
            if not any(text.strip() for text in texts):
                continue
            named = day_alone(" ".join(texts), today) if len([text for text in texts if text.strip()]) == 1 else None
            if named is not None:
                day, days = named, days + 1
                continue
            if day is None or timed_row(texts, day, today) is None:
                return []  # a row above every day row, or one under a day that is no match: not such a table
            table.day_above = day
            entry = read_row(cells, table)
            if entry is None:
                return []
            found.append(entry)
    finally:
        table.day_above = before
    return found if days and len(found) >= MIN_ROWS else []
