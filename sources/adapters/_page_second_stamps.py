"""A table whose rows are stamped to the second: a log of what happened, not a schedule (held-out batch 69, helper
pages69). Pure.

A browser game's character page lists the character's "Evènements" as a table, each row's date cell a record's stamp
("11-05-2014 18:25:55", "11-05-2014 14:21:39"): a gift received, a training, a move. Each row was read as an event.
Nothing one attends is announced to the second; a log, an audit trail or a transaction list writes such stamps. Where
a table's rows that give a time in their date's cell ("11-05-2014 18:25:55") number ``LOG_ROWS`` or more, are most
of its rows, and at least half of them give seconds other than ":00", the table's rows give no event.

Not: a schedule written by a machine with zero seconds ("2026-03-10 19:30:00"); a table whose seconds stand in
another cell than the date's (a race's finishing time "2:10:05" beside its day); a table of one or two such rows.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates
from sources.adapters._page_schedule import Entry

LOG_ROWS = 3
CELL = " | "  # how a table row's cells are joined in its entry's text
# A time of day to the second: "18:25:55", "8:05:09" (not a part of a longer number: "1:02:03:04", "2:10:05.3").
SECONDS = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d:(?P<seconds>[0-5]\d)(?![\d:.])")
_EPOCH = dt.date(2000, 1, 1)


def _date_cell_seconds(text: str) -> str | None:
    """The seconds the row's date cell writes with its time, or None when that cell gives no such time."""
    for cell in text.split(CELL):
        if find_dates(cell, year_hint=_EPOCH.year, today=_EPOCH):
            stamp = SECONDS.search(cell)
            return stamp.group("seconds") if stamp else None
    return None


def stamped_to_the_second(entries: list[Entry]) -> bool:
    """Whether a table's rows are a log's (see the module's docstring)."""
    seconds = [found for found in (_date_cell_seconds(entry.text) for entry in entries) if found is not None]
    if len(seconds) < LOG_ROWS or 2 * len(seconds) <= len(entries):
        return False
    return 2 * sum(1 for value in seconds if value != "00") >= len(seconds)
