"""A band's table of shows (held-out batch 106, helper pages106). Pure.

A band's "Shows" page is a table "Date | Venue | Details" (or "Venue | Date | Other Acts") under a heading "Upcoming
Shows" or "Past Shows": no column names the show, so every row was titled by the heading ("Upcoming Shows - w/
Crazy Eyes"). And one band writes its dates year first, two digits each ("12/08/18" for 18 August 2012, "11/11/26"):
read month first they ran 2018, 2022, 2012, 2003, 2026 down a list of past shows.

* ``venue_title``: a show with no name of its own, titled by a heading that only says the rows are shows or gigs
  ("Upcoming Shows", "Past Gigs - w/ Crazy Eyes", "Tour Dates", "Konzerte"), is known by its venue: the venue's
  name (the place's first part, before its town) titles it (after reading, _page_after_reading). Not one titled
  otherwise ("Meetings", "Board of Directors - Parma"), nor one with no place.
* ``year_first_column``: a table's column of two-digit dates "NN/NN/NN" read year first, when so read every row is
  a date, the column runs in order (newest first or oldest first), and read as it was it runs in no order. A column
  whose month-first reading is in order is left alone (a club's "10/09/15 … 11/20/15" stays October and November).
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_schedule import Entry
from sources.adapters._page_tour_rows import tour_rows

SHOWS_HEADING = re.compile(
    r"^\W{0,3}(?:(?:upcoming|future|next|past|previous|recent|all|our|live)\s{1,3})?"
    r"(?:shows?|gigs?|concerts?|tour\s{0,3}dates|live\s{0,3}dates|performances?|auftritte|konzerte|gigs?\s{0,3}&\s{0,3}"
    r"shows?)\W{0,3}$",
    re.IGNORECASE,
)
ACTS = re.compile(r"^\W{0,3}(?:w/|with\s|feat\.?\s|featuring\s|support\b|\+\s)", re.IGNORECASE)
SHORT_DATE = re.compile(r"^\s{0,3}(\d{2})/(\d{2})/(\d{2})\s{0,3}$")
TABLE_STRUCTURES = frozenset(("table", "table-header"))
MIN_ROWS = 3  # fewer rows do not say which way a column runs

YEAR_FIRST = "the date column is written year first (YY/MM/DD: read so it runs in order): {cell!r} is {day}"


def acts_column(titles: list[str]) -> bool:
    """Whether the cells after a shows heading in a page's titles are its other acts: one at least reads as a bill
    ("w/ Crazy Eyes", "York Rivalry, Syke"). A column of single names ("Hamlet", "Macbeth") is the shows' own."""
    cells = [
        title.split(" - ", 1)[1] for title in titles if " - " in title and SHOWS_HEADING.match(title.split(" - ")[0])
    ]
    return any(ACTS.match(cell) or ", " in cell for cell in cells)


def venue_title(title: str | None, venue: str | None, *, acts: bool = False) -> str | None:
    """The venue's name for a show titled only by its list's heading ("Upcoming Shows", "Past Shows - w/ Crazy
    Eyes": the heading and the row's other acts, when ``acts``: see acts_column); None when the title is the show's
    own ("Shows - Hamlet") or there is no venue."""
    if not title or not venue or (" - " in title and not acts):
        return None
    heading = title.split(" - ", 1)[0]
    name = venue.split(",", 1)[0].strip()
    return name if SHOWS_HEADING.match(heading) and name and not SHOWS_HEADING.match(name) else None


def _short_cell(entry: Entry) -> tuple[str, dt.date] | None:
    """A row's one two-digit "NN/NN/NN" cell and its year-first date; None when there is not one such cell or it
    is no date read year first."""
    matches = [match for cell in entry.text.split(" | ") if (match := SHORT_DATE.match(cell)) is not None]
    if len(matches) != 1:
        return None
    year, month, day = (int(part) for part in matches[0].groups())
    try:
        return matches[0].group(0).strip(), dt.date(2000 + year if year < 70 else 1900 + year, month, day)
    except ValueError:
        return None


def _in_order(days: list[dt.date]) -> bool:
    pairs = list(zip(days, days[1:], strict=False))
    return len(set(days)) > 1 and (all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs))


def _tables(schedule: list[Entry]) -> list[list[Entry]]:
    """The schedule's table rows, one run of rows under one heading a table."""
    runs: list[list[Entry]] = []
    for entry in schedule:
        if entry.structure not in TABLE_STRUCTURES:
            continue
        if runs and runs[-1][-1].heading == entry.heading and runs[-1][-1].structure == entry.structure:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def year_first_column(schedule: list[Entry]) -> None:
    """Tables whose two-digit date column is written year first re-dated in place (see the module)."""
    for rows in _tables(schedule):
        read = [found for entry in rows if (found := _short_cell(entry)) is not None]
        if len(rows) < MIN_ROWS or len(read) != len(rows):
            continue
        if not _in_order([day for _, day in read]) or _in_order([entry.day for entry in rows]):
            continue
        for entry, (written, day) in zip(rows, read, strict=True):
            entry.day, entry.end_day = day, None
            entry.evidence.append(YEAR_FIRST.format(cell=written, day=day.isoformat()))


def show_tables(schedule: list[Entry]) -> list[Entry]:
    """The schedule with its show tables' rows dated year first where they are written so (see the module), and a
    tour table's rows placed and timed (_page_tour_rows)."""
    year_first_column(schedule)
    tour_rows(schedule)  # "Sunday, March 6 Fargo, ND | Church 1011 12th Avenue N 2:00 PM" (_page_tour_rows)
    return schedule
