"""A table's header row of days: the columns of a booking grid or a timetable, not events of their own. Pure.

A showroom's or a clinic's booking page draws its week as a grid: a header row of days ("10月11日 (日) | 10月12日
(月) | … | 10月17日 (土)") over rows of slots whose cells hold an icon and a hidden availability, often in a table of
their own beside the header's (a frozen header). Read as a line, the header is a run of dates with nothing else, and
each date would become an event named by the page's heading ("予約状況", "Availability"). A row in a table's
``<thead>``, or a row of ``<th>`` cells only, names what each column is: its dates are the grid's days. Not this
rule: a body row of dates ("Oct 11 | Oct 12 | Oct 13" in a ``<tbody>``, a list of meeting dates), a header row of
one cell (a table's caption, "Archive 2026"), a header row that is not mostly dates (the caller decides that).
"""

from __future__ import annotations

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
    return (parent is not None and parent.tag == "thead") or all(cell.tag == "th" for cell in cells)
