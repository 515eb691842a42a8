"""A transport timetable is no programme of events. Pure.

A bus, train or ferry page lists its runs as a class timetable lists its classes: "Monday 6:10 am – Depart Central
Station", "Mondays 6:40 am – Arrive Airport", "Route 5 to Airport". A departure, an arrival, a stop or a route is
when a vehicle passes, not something one goes to. The weekly readers (_page_weekly_lines) take no line whose name
is a movement ("Depart …", "Arrives …", "Departure from …", "Calls at …") or a numbered route, bus, train or stop
("Route 5 to Airport", "Bus 12", "Platform 2"), and no line at all on a page whose title or heading names a
transport timetable ("Route 5 timetable", "Bus times", "Ferry schedule"). A class timetable ("Tuesday 7pm –
Beginners' Salsa"), a group that meets to leave together ("Walking group departs from the library"), and a dance
named for a line ("Line Dancing") are still read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.adapters._page_lines import Line

# The name opens with a vehicle's movement, then a place: "Depart Central Station", "Arrives Airport 6:40".
MOVEMENT = re.compile(
    r"^(?:depart(?:s|ing|ures?)?|arriv(?:e|es|als?|ing)|dep\.?|arr\.?|calls?\s+at|stops?\s+at)"
    r"(?:\s+(?:from|at|to|in|for))?\s+(?!of\b)\w",
    re.IGNORECASE,
)
# The name is a numbered route, vehicle or stop, alone or "to"/"from"/"via" a place: "Route 5 to Airport", "Bus 12".
ROUTE = re.compile(
    r"^(?:route|bus|train|tram|ferry|shuttle|coach|platform|stop|gate)\s(?:no\.?\s?)?\d{1,4}[a-z]?"
    r"(?:\s+(?:to|from|towards|via)\s|$)",
    re.IGNORECASE,
)
# A title or heading naming a transport timetable: "Route 5 timetable", "Bus times", "Ferry schedule", "Fahrplan".
TRANSPORT_TIMETABLE = re.compile(
    r"\b(?:(?:route|bus|train|tram|ferry|shuttle|coach|rail|metro|subway|transit|line)\s(?:[a-z]?\d{1,4}[a-z]?\s)?"
    r"(?:time\s?tables?|schedules?|times|departures)|departures\s+(?:and|&)\s+arrivals|fahrplan|abfahrtszeiten"
    r"|jízdní\s+řád|rozkład\s+jazdy|cestovný\s+poriadok)\b",  # Czech, Polish, Slovak (review35)
    re.IGNORECASE,
)
MAX_NAME = 160
# The run's note for such a page: it is read as no events at all, whatever its tables and lines hold.
TRANSPORT_PAGE = "{page} is a transport timetable ({title!r}): its departures and stops are no events; none read"


def transit_name(name: str) -> bool:
    """Whether a timetable line's name is a departure, an arrival, a stop or a route (see the module)."""
    name = name.strip()[:MAX_NAME]
    return bool(MOVEMENT.match(name) or ROUTE.match(name))


def transport_timetable(lines: Sequence[Line], titles: Sequence[str | None]) -> str | None:
    """The title or heading that names the page a transport timetable, or None."""
    for title in titles:
        if title and TRANSPORT_TIMETABLE.search(title[:MAX_NAME]):
            return title
    for line in lines:
        if line.is_heading and TRANSPORT_TIMETABLE.search(line.text[:MAX_NAME]):
            return line.text
    return None
