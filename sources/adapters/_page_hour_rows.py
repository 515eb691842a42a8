"""A timetable grid whose rows are labelled by bare hours, and what its cells are drawn as. Pure.

A university's or a school's room plan (HIS QIS/LSF, untis, a booking system's print view) draws its week as a table:
a header row naming each day with its date ("Montag<br>26.01.2015"), then each hour a label cell spanning a few rows
("8", "9" … "19", the first and last often "vor 8" / "ab 20"), each row a quarter or a half of that hour, and every
booking a cell spanning as many rows as it lasts (rowspan 6 in quarter-hour rows: 90 minutes). The week grid reader
(``_page_week_grid``) knew rows labelled by clocks ("12:00"): bare hours were no time, and a booking cell that wraps
its link in a one-cell table made the whole grid a "layout table" it skipped. Here:

* ``hour_rows``: a label column of at least ``MIN_HOURS`` bare hours rising one by one, each label spanning the same
  number of rows (1, 2, 3, 4, 6 or 12: that many slots to the hour), gives every body row its time: the hour, plus
  the row's place within the hour's label times the slot. "ab 20" / "from 20" / "after 20" is the hour 20; "vor 8" /
  "before 8" gives no time (before it, nothing is dated). A column of numbers that do not rise one by one (room
  numbers, prices, a table of years) is no such column.
* ``drawn_end``: in such a grid whose bookings span rows (one cell spans two rows or more), every booking lasts as
  long as it is drawn (start + rows × slot, one row included); in a grid whose cells are all one row, no end (the
  slot is the grid's, not the booking's: the week grid's old reading, ``drawn_step``).
* ``fitted``: a cell's sessions with their whole name (``whole_name``) and, timed by such a column, their drawn end.
* ``cell_boxes_only``: a table whose inner tables are each one row of at most two cells (a cell's box around its
  link) is no layout table: it is read as a grid itself. A table holding a table of several rows is still a layout.
* ``whole_name``: a name the page cut short ("60203 01. Gruppe Europare...", "Introduction to Algori…") is taken
  whole from its link's title attribute when that title begins with the shown words (before the ellipsis); not when
  the title says something else ("Details ansehen", "More info") or the name is not cut.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._page_table_cells import cell_text

MIN_HOURS = 3  # labelled hours rising one by one: fewer is a table with a number column
SLOTS = (1, 2, 3, 4, 6, 12)  # rows to the hour a timetable draws (an hour, halves, 20 minutes, quarters, 10, 5)
MAX_BOX_CELLS = 2  # an inner table's cells: a booking's box, not a grid
MAX_LABEL = 12  # an hour's label: "ab  20", "before 8"

# An hour's label: a bare hour ("8", "08", "8h", "8 Uhr"), or one after a word that opens (from) or closes (before)
# the day, in the languages the readers know.
HOUR_LABEL = re.compile(
    r"(?P<word>(?:ab|von|from|after|since|nach|dès|des|à\s+partir\s+de|desde|dalle|dopo|vanaf|na|från|efter|"
    r"vor|bis|before|until|avant|antes\s+de|prima\s+delle|voor|före)\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])(?:\s*(?:h|uhr|hrs?|heures?|ore|uur))?\.?",
    re.IGNORECASE,
)
BEFORE_WORDS = frozenset({"vor", "bis", "before", "until", "avant", "antes de", "prima delle", "voor", "före"})
CUTS = ("...", "…")  # a cut name's ellipsis at its end: three dots or the character


def hour_label(text: str) -> tuple[int, bool] | None:
    """The hour a row label names and whether it is an hour's start (False: "vor 8", before it); None for other
    words."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_LABEL:
        return None
    match = HOUR_LABEL.fullmatch(text)
    if match is None:
        return None
    word = " ".join((match.group("word") or "").split()).casefold()
    return int(match.group("hour")), word not in BEFORE_WORDS


def hour_rows(labels: list[tuple[int, int, str]], body_start: int) -> tuple[dict[int, dt.time], int] | None:
    """Each body row's time and the slot's minutes, from the label cells outside the day columns as (row, rows
    spanned, words); None unless they are a column of hours rising one by one (see the module)."""
    hours: list[tuple[int, int, int, bool]] = []
    for row, span, text in sorted(labels):
        found = hour_label(text) if row >= body_start else None
        if found is not None:
            hours.append((row, span, found[0], found[1]))
    starts = [(row, span, hour) for row, span, hour, opens in hours if opens]
    if len(starts) < MIN_HOURS:
        return None
    spans = {span for _, span, _ in starts[:-1]}  # the last hour's label may be cut by the table's end
    rising = all(b[2] == a[2] + 1 and b[0] == a[0] + a[1] for a, b in zip(starts, starts[1:], strict=False))
    if len(spans) != 1 or not rising or next(iter(spans)) not in SLOTS or starts[-1][1] > next(iter(spans)):
        return None
    rows = next(iter(spans))
    step = 60 // rows
    times: dict[int, dt.time] = {}
    for row, span, hour in starts:
        for offset in range(span):
            times[row + offset] = dt.time(hour, offset * step)
    return times, step


def drawn_end(start: dt.time, rows: int, step: int) -> dt.time | None:
    """The end a cell spanning ``rows`` slots of ``step`` minutes is drawn to; None past midnight."""
    minutes = start.hour * 60 + start.minute + rows * step
    return dt.time(minutes // 60, minutes % 60) if minutes < 24 * 60 else None


def cell_boxes_only(table: Any) -> bool:
    """Whether every table inside ``table`` (if any) is a cell's box (one row, at most two cells), so that
    ``table`` is a grid to read, not a layout around other tables."""
    for box in table.iterdescendants("table"):
        rows = box.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        if len(rows) > 1 or sum(len(row.xpath("./td|./th")) for row in rows) > MAX_BOX_CELLS:
            return False
    return True


def whole_name(name: str | None, cell: Any) -> str | None:
    """``name`` whole from its link's title attribute when the page cut the link's words ("60203 01. Gruppe
    Europare..."): the first link in ``cell`` whose words end in an ellipsis, hold ``name`` and whose title begins
    with them; else ``name`` as it is."""
    if not name:
        return name
    for anchor in cell.iter("a"):
        words = " ".join(anchor.text_content().split())
        title = " ".join((anchor.get("title") or "").split())
        cut = next((mark for mark in CUTS if words.endswith(mark)), None)
        shown = words[: -len(cut)].strip() if cut else words
        if cut is None or not shown or len(title) <= len(shown) or name.casefold() not in words.casefold():
            continue
        if title.casefold().startswith(shown.casefold()):
            return title
    return name


def drawn_step(hours: tuple[dict[int, dt.time], int] | None, spans: list[int]) -> int | None:
    """The slot's minutes when a grid timed by an hour column draws its bookings to their length: some booking
    cell (``spans``: the body's day cells' rows spanned) spans two rows or more; else None (every cell one slot: the
    slot is the grid's, not the booking's)."""
    return hours[1] if hours is not None and any(span > 1 for span in spans) else None


def label_cells(placed: list[Any], header: int, days: Mapping[int, Any]) -> list[tuple[int, int, str]]:
    """The body's cells outside the day columns, as (row, rows spanned, words)."""
    return [
        (item.row, item.rows, cell_text(item.cell))
        for item in placed
        if item.row > header and not any(column in days for column in range(item.column, item.column + item.columns))
    ]


def fitted(sessions: list[Any], cell: Any, rows: int, step: int | None, own: bool) -> list[Any]:
    """A grid cell's sessions (``_page_week_grid.Session``) with their whole names, and, when the cell is timed by
    an hour column of ``step``-minute slots (not by a clock of its own), the end it is drawn to."""
    fitted_ = []
    for session in sessions:
        end = session.end if session.end is not None or own or step is None else drawn_end(session.time, rows, step)
        fitted_.append(dataclasses.replace(session, name=whole_name(session.name, cell), end=end))
    return fitted_
