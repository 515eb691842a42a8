"""An event's own check-in: the day on a "Check-in:" line when the page has no other (left31). Pure.

Review30 made a stay's "Check-in: Saturday 14 June 2031 from 15:00" no event's day (``_page_other_dates.ERRAND_LABEL``),
and a race page whose only full date is on its "Check-in: Sunday 15 June 2031, 08:00–09:15 at the boathouse" line was
then dropped (review31's "Left"): a race's or a workshop's check-in is on the event's own day. When the lines near
the page's heading give no date but a check-in line does, and nothing near says a stay (a check-out, nights, a room,
a hotel, guests, a reservation) nor a trip or an appointment (a flight, boarding, baggage, an appointment), that
line's date is the event's. Not: a hotel booking's check-in and check-out, a holiday let's "Check-in: … 3 nights", a
flight's "Check-in: … opens 24 hours before departure", a vet's appointment, a check-out line alone.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates

CHECK_IN = re.compile(r"^\s*check[\s-]?in(?:\s+(?:date|time|opens))?\s*:", re.IGNORECASE)
STAY = re.compile(
    r"\bcheck[\s-]?out\b|\b(?:nights?|hotel|rooms?|guests?|apartment|reservations?|breakfast"
    r"|booking\s+(?:reference|(?:is\s+)?confirmed)|flights?|boarding|baggage|departures?|appointments?)\b",
    re.IGNORECASE,
)


def own_check_in(lines: list[Any], today: dt.date) -> tuple[Any, Any, bool] | None:
    """(line, date, labelled) of the check-in line that gives the page's only date, or None (see the module)."""
    if any(STAY.search(line.text) for line in lines):
        return None
    for line in lines:
        label = CHECK_IN.match(line.text)
        hits = [hit for hit in find_dates(line.text, year_hint=None, today=today) if label and hit.start >= label.end()]
        if hits:
            return line, hits[0], True
    return None
