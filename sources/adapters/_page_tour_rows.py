"""A tour's table: the day and town in one cell, the hall, its street and the hour in the next (held-out batch 106,
helper pages106). Pure.

A choir's tour page is a table with no header under "Concert Choir Tours", a row a concert: "<strong>Sunday, March
6<br>Fargo, ND</strong>" | "<strong>Peace Lutheran Church</strong><br>1011 12th Avenue N, Fargo<br>2:00 PM<br>Adults:
$5 …". Every row was an all-day event titled "Peace Lutheran Church 1011 12th Avenue N, Fargo Adults: $5 …": the
hall and its street as the name, the hour not read, no place.

A row of a table with no header whose other cell is a name, then a street address (a house number and the street),
then an hour is a concert at that place: the cell places it (the name, the street and the town of the date's cell)
and times it; the table's heading names it. ``MIN_ROWS`` such rows: fewer are no tour.

Not: a cell whose name is followed by no house number ("Room 4 7:30 PM" has none after a name of letters only, but
"Studio 1" is no street: the number must be followed by the street's words), a table with a header (its columns
say what each cell is), a row whose other cell has no hour.
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_schedule import Entry

NAME_STREET = re.compile(r"^([^\d|]{3,80}?)\s(\d{1,5}\s[A-Za-z0-9][^|]{2,60})$")
TOWN_LINE = re.compile(r"(?:^|\s)([A-Z][a-z][\w.'-]{0,20}(?:\s[A-Z][\w.'-]{1,20}){0,2},\s[A-Z]{2})$")
MIN_ROWS = 3
TOUR_ROW = "the row's other cell is a place and its hour: {place!r} at {clock}"


def _tour_place(entry: Entry) -> tuple[str, ClockHit, Entry] | None:
    """The place and hour a tour row's other cell gives; None if not such a row."""
    cells = entry.text.split(" | ")
    if entry.structure != "table" or len(cells) != 2 or entry.time is not None:
        return None
    day_cell, place_cell = cells
    clock = find_clock(place_cell, dated=True)
    if clock is None or (match := NAME_STREET.match(place_cell[: clock.span[0]].strip(" ,"))) is None:
        return None
    name, street = match.group(1).strip(" ,"), match.group(2).strip(" ,")
    town = TOWN_LINE.search(day_cell.strip())
    place = f"{name}, {street}" + (f", {town.group(1)}" if town and town.group(1).split(",")[0] not in street else "")
    return place, clock, entry


def tour_rows(schedule: list[Entry]) -> None:
    """A tour table's rows placed, timed and left to the heading to name, in place (see the module)."""
    found = [hit for entry in schedule if (hit := _tour_place(entry)) is not None]
    if len(found) < MIN_ROWS:
        return
    for place, clock, entry in found:
        entry.time, entry.end_time = clock.start, clock.end
        entry.location, entry.title = place, None
        entry.evidence.append(TOUR_ROW.format(place=place, clock=clock.start.isoformat(timespec="minutes")))
