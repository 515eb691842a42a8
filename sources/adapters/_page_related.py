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
    r"^(?:related|more|other|similar|recommended|upcoming|nearby)\s+(?:events?|shows?|meetings?|programs?|"
    r"programmes?|activities|happenings)\W*$|^you\s+(?:may|might)\s+also\s+like\W*$"
    # The same in other languages (batch 97): German, French, Spanish, Dutch, Polish; Czech "Další akce" (more events).
    r"|^(?:weitere|andere|ähnliche)\s+(?:veranstaltungen|termine|events)\W*$"
    r"|^autres\s+(?:événements|évènements|evenements|spectacles)\W*$"
    r"|^(?:otros|más)\s+eventos\W*$|^(?:meer|andere)\s+(?:evenementen|activiteiten)\W*$"
    r"|^(?:inne|więcej)\s+wydarze(?:nia|ń)\W*$|^(?:další|ostatní)\s+akce(?:\s+[^\s.!?]+){0,4}\s*$"
    # "All events" only when it names whose ("Všechny akce Karol a Kvído", "All events by the Duo", batch 97): bare,
    # it heads a listing's whole programme below its highlight ("What's on", "Highlight", "All events"; review35).
    r"|^(?:all\s+(?:events|shows)|tous\s+les\s+(?:événements|évènements|evenements|spectacles)|všechny\s+akce)"
    r"(?:\s+[^\s.!?]+){1,4}\s*$",
    re.I,
)
HEADING_LENGTH = 60  # a heading, not a sentence that happens to begin "More events…"


def related_start(lines: list[Line], single: Entry | None) -> int | None:
    """The line of the first "Related Events" heading below the page's own event, or None."""
    if single is None or _below_a_listings_heading(lines, single):
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


def _below_a_listings_heading(lines: list[Line], single: Entry) -> bool:
    """Whether the page's own event is a card of a listing: a heading that links to another page stands between the
    page's main heading and the event's line ("Programm", then "<h2><a href=/e/1>Lange Nacht der Museen</a></h2>" over
    its date, then "Weitere Veranstaltungen" over the programme's other cards; review35). An event's own page names
    itself in its main heading; its "more events" below are others'."""
    main = next((line for line in lines if line.level == 1), None)
    if main is None or main.index >= single.line:
        return False
    return any(line.is_heading and line.anchors and main.index < line.index <= single.line for line in lines)
