"""A listing's own past: the rows of a table or list under a heading that says they are past ("Previous events",
"Past events", "Archive", "Vergangene Veranstaltungen" — ``_page_more_dates.PAST_LABEL``) on a page that also lists
what is coming. A racing league's events page gives its upcoming races and, below, a "Previous events" table of
every race it has held: the page itself says those are over, so they are not listed as events (they were printed
beside the upcoming ones, a season of extra events at every read). Pure.

Not: a page that is only an archive (every row under such a heading: a council's past meetings, each its record,
is read as before), a section under such a heading with a row on or after the reading day (the heading is then no
statement of the past), a page with nothing coming outside the section, a heading that only mentions the past
("Past events and future plans", "Previous events calendar": the label must be the heading's whole text).

Left30: the section runs on under smaller headings of its rows' own ("Vergangene Events" over meetups, one of them
under a bold "Programm / Program" line, which became its heading): rows below the label stay in the section while
each row since the label is past; the first coming row ends it. "Vergangene Events" and "… Treffen" are labels too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sources.adapters._page_archive_years import archive_year
from sources.adapters._page_detail_tables import records_only
from sources.adapters._page_lines import Line
from sources.adapters._page_more_dates import PAST_LABEL
from sources.adapters._page_result_rows import results_off
from sources.adapters._page_schedule import Entry, one_occasion
from sources.adapters._page_show_tables import show_tables
from sources.adapters._page_tables import ONE_ROW

PAST_SECTION_NOTE = "left out {count} row(s) under {heading!r}: the page lists them as past, beside what is coming"
PAST_BELOW_NOTE = "left out {count} more past row(s) further down that section, under smaller headings of their own"


def _last_day(entry: Entry) -> dt.date:
    return entry.end_day or entry.day


def past_sections_off(
    schedule: list[Entry], today: dt.date, lines: Sequence[Line] = ()
) -> tuple[list[Entry], list[str]]:
    """The schedule without the rows of its past sections (see the module), and a note for each section left out;
    without a league's played games beside its fixtures (left32: _page_result_rows). ``lines`` (the page's, which the
    rows' heading lines index) tell a year's heading under an archive's label (_page_archive_years, pages117)."""
    schedule, played = results_off(show_tables(schedule))  # a band's shows: venue-titled, dated year first
    archived = _archive_years(schedule, lines)
    section = {id(entry): archived.get(id(entry), entry.heading) for entry in schedule}
    headings = {
        heading
        for entry in schedule
        if (heading := section[id(entry)]) and (id(entry) in archived or PAST_LABEL.match(heading))
    }
    past = {
        heading
        for heading in headings
        if all(_last_day(entry) < today for entry in schedule if section[id(entry)] == heading)
    }
    coming = [entry for entry in schedule if section[id(entry)] not in past and _last_day(entry) >= today]
    if not past or not coming:
        return schedule, played
    below = _below_label(schedule, past, today)
    notes = [
        PAST_SECTION_NOTE.format(count=sum(section[id(entry)] == heading for entry in schedule), heading=heading)
        for heading in sorted(past)
    ]
    notes += [PAST_BELOW_NOTE.format(count=len(below))] if below else []
    notes += played
    return [entry for entry in schedule if section[id(entry)] not in past and id(entry) not in below], notes


def _archive_years(schedule: list[Entry], lines: Sequence[Line]) -> dict[int, str]:
    """The rows under a year's heading that an archive's label heads ("Archives 2025"), by row."""
    found: dict[int, str] = {}
    by_index = {line.index: line for line in lines}
    for entry in schedule:
        line = by_index.get(entry.heading_line) if entry.heading_line is not None else None
        label = archive_year(line.block) if line is not None and line.kind == "heading" else None
        if label:
            found[id(entry)] = label
    return found


def _below_label(schedule: list[Entry], past: set[str], today: dt.date) -> set[int]:
    """The rows further down the past section under a smaller heading of their own (left30: a user group's "Vergangene
    Events" over meetups, one of them under a bold "Programm / Program" line): each row after the label's first row,
    while every row since the label is past. A coming row ends the section (another section's)."""
    starts = [entry.heading_line for entry in schedule if entry.heading in past and entry.heading_line is not None]
    if not starts:
        return set()
    below: set[int] = set()
    for entry in sorted(schedule, key=lambda entry: entry.line):
        if entry.line <= min(starts) or entry.heading in past:
            continue
        if _last_day(entry) >= today:
            break
        below.add(id(entry))
    return below


def listing_of_one(schedule: list[Entry], no_event: bool, past_notes: list[str]) -> bool:
    """Whether a schedule of one row is still a listing: a table row under a header naming its date, a listing of
    one (``_page_tables.ONE_ROW``) on no event's page (``no_event``), or the one coming row beside the past section
    left out (``past_notes``, left30: a user group's next meetup above its "Vergangene Events"), which is the
    listing's own row, not the page's one event (titled by the page's heading "Events")."""
    if len(schedule) == 1 and (past_notes or records_only(schedule)):  # one record's row (_page_detail_tables)
        return True
    return no_event and [entry.structure for entry in schedule] in ONE_ROW


def own_occasion(schedule: list[Entry], single: Entry | None, past_notes: list[str]) -> bool:
    """Whether the schedule is the page's one event written more than once (``_page_schedule.one_occasion``); never
    the one coming row beside a left-out past section (left30): the listing's row, not the page's event, whose title
    is the listing's heading ("Events")."""
    if single is None or (len(schedule) == 1 and past_notes) or records_only(schedule):
        return False  # … nor a record's row, named by its own cell, not by the page's heading ("Ride Calendar")
    return one_occasion(schedule, single)
