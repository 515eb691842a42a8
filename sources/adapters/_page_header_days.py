"""A table's header row of days: the columns of a booking grid or a timetable, not events of their own. Pure.

A showroom's or a clinic's booking page draws its week as a grid: a header row of days ("10月11日 (日) | 10月12日
(月) | … | 10月17日 (土)") over rows of slots whose cells hold an icon and a hidden availability, often in a table of
their own beside the header's (a frozen header). Read as a line, the header is a run of dates with nothing else, and
each date would become an event named by the page's heading ("予約状況", "Availability"). A row in a table's
``<thead>``, or a row of ``<th>`` cells only, names what each column is: its dates are the grid's days. Not this
rule: a body row of dates ("Oct 11 | Oct 12 | Oct 13" in a ``<tbody>``, a list of meeting dates), a header row of
one cell (a table's caption, "Archive 2026"), a header row that is not mostly dates (the caller decides that), a
header over cells that hold times of day after their row's first ("10:00-17:00" under each day: the days' hours,
review25).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_lines import Line

MIN_COLUMNS = 2  # one header cell is a caption, not columns


def header_days(line: Line) -> bool:
    """Whether the line is a table's header row of two cells or more: a ``<tr>`` in a ``<thead>``, or a row of
    ``<th>`` cells only."""
    row: Any = line.block
    if row is None or row.tag != "tr":
        return False
    cells = [cell for cell in row.iterchildren("td", "th")]
    if len(cells) < MIN_COLUMNS:
        return False
    parent = row.getparent()
    header = (parent is not None and parent.tag == "thead") or all(cell.tag == "th" for cell in cells)
    return header and not _timed_columns(row)


def _timed_columns(row: Any) -> bool:
    """Whether a row below the header holds a time of day in a cell after its first: each day's hours or sets
    ("10:00-17:00" under "Saturday 3 May"), a timetable of what happens on those days, not a booking grid's slots
    (its clocks label the rows in the first cell, its days' cells hold icons or marks). review25."""
    table = next((parent for parent in row.iterancestors("table")), None)
    if table is None:
        return False
    below = [other for other in table.iter("tr") if other is not row][:MAX_ROWS]
    for other in below:
        cells = [cell for cell in other.iterchildren("td", "th")][1:MAX_CELLS]
        if any(_CLOCK.search(cell.text_content()[:MAX_CELL_TEXT]) for cell in cells):
            return True
    return False


MAX_ROWS = 50  # rows below a header looked at
MAX_CELLS = 20  # cells of such a row looked at
MAX_CELL_TEXT = 200  # characters of a cell looked at
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)|(?<!\d)1?\d\s?[ap]\.?m\b", re.IGNORECASE)
