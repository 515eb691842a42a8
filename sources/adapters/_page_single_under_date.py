"""A page about one event that names its place on the line right under its date, in the same block (pages111). Pure.

A community shop's What's On card gives its workshop's date and place as two lines of one paragraph, each behind an
icon: "Wednesday 10 June · 10:30am – 12:30pm" <br> "East Point Pavilion". The page was read as one event (the one
dated line under "upcoming events") without a place. Now the line right under the event's date line, when it is in
the same block (a <p>, a <div> split by <br>) and is a place by its own noun ("Pavilion", "Hall", "Library"; the
cards' rule, _page_card_fields.place_under_date: short, no date or time, not a remark, an office or who plays), is
the event's place, with the street and town lines under it.

Not: an office ("Clerk's office" over its mailbox: whom to ask), a line in another block (the next paragraph's "East Point Pavilion is our home" is a sentence; a footer's
"Village Hall Trust" is another element), a line with no place's noun ("Book now", "Free entry", "All welcome"), a
line above the date (the title's), a sentence that names a place (a word in lower case: "Library closed all day",
"Raising funds for the School Library": review54), a name whose head is a group of people ("Hall Green Scouts",
"Friends of the Park": who, not where; left40).
"""

from __future__ import annotations

import re

from sources.adapters._page_card_fields import place_under_date
from sources.adapters._page_lines import Line

AFTER = 6  # the lines under the date a place and its address may take
# An office under a meeting's date is whom to ask ("Clerk's office" over its mailbox), not where it meets.
OFFICE = re.compile(r"\boffices?\b", re.I)
# The head of a name that says who, not where: a group of people ("Hall Green Scouts": a district's scout group, its
# "Hall" the district's; "St Mary's Choir", "Friends of the Park" are who runs or sings; review54 su5, left40).
WHO_HEAD = re.compile(
    r"(?:scouts|guides|brownies|cubs|beavers|rainbows|explorers|cadets|choir|chorus|singers|players|band|orchestra"
    r"|society|association|group|committee|team|friends|members|volunteers|league|guild|pta)",
    re.IGNORECASE,
)
SMALL = frozenset("of the and de du des la le les on upon at in am im an der die das y e et en del".split())


def under_date_line(lines: list[Line], date_line: Line) -> str | None:
    """The place the line right under ``date_line`` names, in its block (see the module), or None."""
    position = next((at for at, line in enumerate(lines) if line is date_line), None)
    if position is None or date_line.block is None:
        return None
    block = [line.text for line in lines[position : position + AFTER] if line.block is date_line.block]
    place = place_under_date(block) if len(block) > 1 else None
    if place is None or OFFICE.search(place.split(",")[0]) or not _named(place.split(",")[0]):
        return None
    return None if WHO_HEAD.fullmatch(_head(place.split(",")[0])) else place


def _head(name: str) -> str:
    """A name's head word: its last, or the last before "of" ("Hall of the Guild": "Hall")."""
    words = re.split(r"\s+of\s+", name.strip(), maxsplit=1, flags=re.IGNORECASE)[0].split()
    return words[-1].strip(".,;:()") if words else ""


def _named(line: str) -> bool:
    """Whether a line is a name: each word capitalised but the small ones ("St Mary's Church Hall", "Hall of the
    Guild"); not a sentence about a place ("Library closed all day", "Raising funds for the School Library")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return bool(words) and all(word[0].isupper() or word.lower() in SMALL for word in words)
