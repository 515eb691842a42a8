"""A place read with what follows it on its line, or a phrase that only points at a place given elsewhere (used by
webpage.finalize for every page reader's events). Pure.

A schedule's item "<strong>April 27</strong> at <a>Decatur</a>- <a>Watch the April 27, 2026 Board Meeting</a>"
gave the place "Decatur- Watch the Board Meeting", and "January 26 at East 38th Street - CANCELLED due to
inclement weather." the place "East 38th Street - CANCELLED due to inclement weather.": after a dash, a call to
action to a gathering or a status is no part of the place. And a board's page that says its meetings are "held
in-person at the Library location specified" gave every archived meeting the place "the Library location
specified": a reference to the place named elsewhere, not a place.
"""

from __future__ import annotations

import re

from events.pipeline.title_actions import without_call_to_action

# A dash after the place (spaced, or glued to it as "Decatur- Watch …"), then all that follows it, newlines
# included: the first dash is taken at once (a tail that had to end its line was looked for again after every
# dash of a long line followed by another: quadratic).
TAIL_DASH = re.compile(r"(?<!\s)\s*+[-–—]\s++(?P<tail>\S.*+)\Z", re.S)
STATUS_TAIL = re.compile(r"^(?:cancel+ed|postponed|rescheduled|moved|new\s++date)\b", re.IGNORECASE)
# "the location specified", "the Library location specified", "the locations listed below": where to look, not where.
REFERENCE = re.compile(
    r"^(?:the|a|an)\s++(?:\w+\s++){0,2}?locations?\s++(?:specified|listed|noted|indicated|shown|given|posted|"
    r"announced|above|below)\b",
    re.IGNORECASE,
)


def place_without_tail(place: str) -> str:
    """The place without a call to action or a status after a dash (see the module's docstring)."""
    found = TAIL_DASH.search(place)
    if found is None or found.start() == 0:
        return place
    tail = " ".join(found["tail"].split())
    if STATUS_TAIL.match(tail) or without_call_to_action(tail) != tail:
        return place[: found.start()].rstrip(" ,")
    return place


def refers_elsewhere(place: str) -> bool:
    """Whether the words only point at a place named elsewhere ("the location specified")."""
    return REFERENCE.match(place.strip()) is not None
