"""A dotted time of day in a schedule table's time column (read by _page_table_names.beside_date). Pure.

A club's fixture list ("Date | Team | H/A | Time | W/L | Score": "Tue 16.09.14 | Aldermaston Mens | Home | 19.40")
writes its times as British and European schedules do, "19.40". A bare dotted number is no time anywhere else on a
page ("19.40" is a price or a score as often: see _page_intl.DOTTED_CLOCK), but under a column whose header says it
holds times ("Time", "Start", "Kick-off time") the cell is the row's time, on an English page too (where
find_clock reads no bare dotted time even beside a date: "Tickets at 12.50"). Not read: a cell that is more than the time ("19.40 €", "£19.40", "19.40 (approx)"); a column whose
header says its times are results or lengths ("Finish time", "Lap time", "Best time", "Result"); a time off the
five-minute mark ("12.47": a race's minutes and seconds; a schedule starts at "19.40", "19.45", "20.00"), as a JSON
field of dotted times is read (_json_shapes._results)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import ClockHit, range_end

# The whole cell: a dotted time, or a range of two ("19.40", "19.30 - 21.00", "19.30–21:00").
DOTTED_CELL = re.compile(
    r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?:\s?[-–—]\s?(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d))?(?:\s?hrs?)?",
    re.IGNORECASE,
)
# A time column whose times are how long something took, not when it starts.
RESULT_HEADER = re.compile(
    r"\b(?:finish(?:ing)?|lap|laps|best|results?|split|splits|chip|gun|elapsed|winning|record|pb|pace|total|"
    r"duration|length|running)\b",
    re.IGNORECASE,
)
MAX_CELL = 24  # longer than this, the cell says more than its time


def time_column_clock(texts: list[str], table: Any) -> ClockHit | None:
    """The row's time from its time column's dotted cell, or None (see the module)."""
    column = next((column for column, role in table.roles.items() if role == "time"), None)
    if column is None or column >= len(texts) or column >= len(table.header):
        return None
    if RESULT_HEADER.search(table.header[column]):
        return None
    text = texts[column].strip()
    match = DOTTED_CELL.fullmatch(text) if len(text) <= MAX_CELL else None
    if match is None or int(match.group("m")) % 5 or (match.group("m2") and int(match.group("m2")) % 5):
        return None
    start = dt.time(int(match.group("h")), int(match.group("m")))
    end = dt.time(int(match.group("h2")), int(match.group("m2"))) if match.group("h2") else None
    return ClockHit(start, range_end(start, end) if end else None, (0, len(text)))
