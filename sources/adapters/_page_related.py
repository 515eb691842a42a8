"""The other events an event's own page lists below it ("Related Events", "More events"). Pure.

A page about one meeting often ends with cards of other events: "Related Events", "Upcoming Events", "You may also
like". Their dates are those events', each on its own page; they are no schedule of this page, and they must not
turn the page's own event into one row among many. Only what comes after such a heading, below the page's own
event, is left out.
"""

from __future__ import annotations

import re

from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

RELATED_HEADING = re.compile(
    r"^(?:related|more|other|similar|recommended|upcoming|nearby|all)\s+(?:events?|shows?|meetings?|programs?|"
    r"programmes?|activities|happenings)\W*$|^you\s+(?:may|might)\s+also\s+like\W*$"
    # The same in other languages (batch 97): German, French, Spanish, Dutch, Polish; Czech "Všechny akce" (all
    # events) and "Další akce" (more events) may name whose ("Všechny akce Karol a Kvído").
    r"|^(?:weitere|andere|ähnliche)\s+(?:veranstaltungen|termine|events)\W*$"
    r"|^(?:autres|tous\s+les)\s+(?:événements|évènements|evenements|spectacles)\W*$"
    r"|^(?:otros|más)\s+eventos\W*$|^(?:meer|andere)\s+(?:evenementen|activiteiten)\W*$"
    r"|^(?:inne|więcej)\s+wydarze(?:nia|ń)\W*$|^(?:všechny|další|ostatní)\s+akce(?:\s+[^\s.!?]+){0,4}\s*$",
    re.I,
)
HEADING_LENGTH = 60  # a heading, not a sentence that happens to begin "More events…"


def related_start(lines: list[Line], single: Entry | None) -> int | None:
    """The line of the first "Related Events" heading below the page's own event, or None."""
    if single is None:
        return None
    for line in lines:
        text = " ".join(line.text.split())
        if line.index > single.line and line.is_heading and len(text) <= HEADING_LENGTH and RELATED_HEADING.match(text):
            return line.index
    return None


def without_related(lines: list[Line], single: Entry | None, schedule: list[Entry]) -> list[Entry]:
    """The schedule without the rows from a "Related Events" heading below the page's own event on."""
    start = related_start(lines, single)
    if start is None:
        return schedule
    return [entry for entry in schedule if entry.line < start]
