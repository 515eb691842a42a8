"""A listing's own past: the rows of a table or list under a heading that says they are past ("Previous events",
"Past events", "Archive", "Vergangene Veranstaltungen" — ``_page_more_dates.PAST_LABEL``) on a page that also lists
what is coming. A racing league's events page gives its upcoming races and, below, a "Previous events" table of
every race it has held: the page itself says those are over, so they are not listed as events (they were printed
beside the upcoming ones, a season of extra events at every read). Pure.

Not: a page that is only an archive (every row under such a heading: a council's past meetings, each its record,
is read as before), a section under such a heading with a row on or after the reading day (the heading is then no
statement of the past), a page with nothing coming outside the section, a heading that only mentions the past
("Past events and future plans", "Previous events calendar": the label must be the heading's whole text).
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_more_dates import PAST_LABEL
from sources.adapters._page_schedule import Entry

PAST_SECTION_NOTE = "left out {count} row(s) under {heading!r}: the page lists them as past, beside what is coming"


def _last_day(entry: Entry) -> dt.date:
    return entry.end_day or entry.day


def past_sections_off(schedule: list[Entry], today: dt.date) -> tuple[list[Entry], list[str]]:
    """The schedule without the rows of its past sections (see the module), and a note for each section left out."""
    headings = {entry.heading for entry in schedule if entry.heading and PAST_LABEL.match(entry.heading)}
    past = {
        heading
        for heading in headings
        if all(_last_day(entry) < today for entry in schedule if entry.heading == heading)
    }
    coming = [entry for entry in schedule if entry.heading not in past and _last_day(entry) >= today]
    if not past or not coming:
        return schedule, []
    notes = [
        PAST_SECTION_NOTE.format(count=sum(entry.heading == heading for entry in schedule), heading=heading)
        for heading in sorted(past)
    ]
    return [entry for entry in schedule if entry.heading not in past], notes
