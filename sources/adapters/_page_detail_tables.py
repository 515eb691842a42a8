"""A table nested in one event's record: that record's details, not a schedule of its own. Pure.

A sports body's ride calendar (held-out batch 95, the AERC's) writes each ride as a small table of its own: a row
of the region, the day ("03/28/2025"), the ride's name and a "Ride Details" toggle, a row of its distances and
place, a row of its manager; and under them, in a row of its own, a hidden table of the ride's details whose rows
restate the day per distance ("Distances | 50 | on Mar 28, 2025 starting at 07:00 am", "… 25 … 08:00 am"). Read
as a schedule, that inner table made each distance an event titled "Distances", and its rows hid the ride's own
line. Here an innermost table is the details of the record around it when the table it sits in writes, outside
its nested tables, exactly one day (the record's) and the inner table's rows name that day among theirs (a
three-day ride's details list all three days under each day's record): its rows are then not read as events
(the record's own line is), and neither are its lines.

Not: a table nested in a page's layout table that writes no day of its own (the schedule is the page's content),
or one that writes several days (a layout's calendar beside a news column: each its own), or whose one day is not
among the inner rows' (a "Last updated March 3" layout around a schedule of other days), a table not nested.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_row_pages import cell_lines
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._place_labels import LABEL_ALONE

MAX_OWN_TEXT = 2000  # a record's own words (its rows around the details), not a page's layout around its content
MAX_PLACE = 120  # a place's name and address, not a paragraph


def _own_text(table: Any) -> str:
    """The words of ``table`` outside every table nested in it."""
    parts: list[str] = []
    for node in table.iter():
        inside = itertools.takewhile(lambda above: above is not table, node.iterancestors())
        if node is not table and (node.tag == "table" or any(above.tag == "table" for above in inside)):
            continue
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if node is not table and node.tail:
            parts.append(node.tail)
    return " ".join(" ".join(parts).split())


def record_details(table: Any, today: dt.date) -> bool:
    """Whether ``table`` (an innermost table) is the details of the one dated record around it."""
    outer = next(table.iterancestors("table"), None)
    if outer is None:
        return False
    own = _own_text(outer)
    if not own or len(own) > MAX_OWN_TEXT:
        return False
    days = {hit.date for hit in find_dates(own, year_hint=None, today=today)}
    if len(days) != 1:
        return False
    inner = " ".join((table.text_content() or "").split())
    return bool(days & {hit.date for hit in find_dates(inner, year_hint=None, today=today)})


def _nearest_table(node: Any) -> Any:
    return next(node.iterancestors("table"), None)


def record_rows(table: Any, today: dt.date) -> list[Any] | None:
    """The rows of a record whose nested tables are all its details (``record_details``): its own rows, without the
    rows that hold those tables; None when ``table`` nests no table or a table of another kind (a page's layout)."""
    nested = [inner for inner in table.iterdescendants("table")]
    if not nested or not all(
        next(inner.iterdescendants("table"), None) is None and record_details(inner, today) for inner in nested
    ):
        return None
    return [
        row
        for row in table.iter("tr")
        if _nearest_table(row) is table and next(row.iterdescendants("table"), None) is None
    ]


PLACE_EVIDENCE = "place {place!r} from the record's details table ({label!r})"


def details_place(record: Any) -> tuple[str, str] | None:
    """(the place, its label) a record's details tables give in a labelled row ("Ride | Location : | Empire Ranch,
    Sonoita, AZ 85637"): the value cell's first line (not the map link under it), else None."""
    for inner in record.iterdescendants("table"):
        for row in inner.iter("tr"):
            row_cells = cells(row)
            for label, value in itertools.pairwise(row_cells):
                label_text = cell_text(label)
                lines = cell_lines(value) if LABEL_ALONE.match(label_text) else []
                if lines and len(lines[0]) <= MAX_PLACE:
                    return lines[0], label_text.strip(" :")
    return None


RECORD_EVIDENCE = "the row of one record whose details are a table nested under it"


def layout_table(table: Any, own_rows: list[Any] | None) -> bool:
    """Whether ``table`` nests tables and is no record around its details (``record_rows`` gave None): a page's
    layout, whose inner tables and lines are read instead."""
    return own_rows is None and next(table.iterdescendants("table"), None) is not None


def read_record(found: list[Any], record: Any, own_rows: list[Any] | None) -> None:
    """When ``record`` is one record around its details (``own_rows``: ``record_rows``), mark the entries read from
    its rows as such, and give those that state no place the place its details tables label."""
    if own_rows is None:
        return
    place = details_place(record) if any(entry.location is None for entry in found) else None
    for entry in found:
        entry.evidence.append(RECORD_EVIDENCE)
        if place and entry.location is None:
            entry.location = place[0]
            entry.evidence.append(PLACE_EVIDENCE.format(place=place[0], label=place[1]))


def records_only(schedule: list[Any]) -> bool:
    """Whether every entry of a schedule is a record's row (``read_record``): each the listing's, named by its own
    cell, never the page's one event written again under its heading ("Ride Calendar")."""
    return bool(schedule) and all(RECORD_EVIDENCE in entry.evidence for entry in schedule)
