"""A schedule line's place from the sentence under it that says where it is held (helper pages112). Pure.

A library's calendar writes each event as a heading, "May 10, 10:00am-11:30am - Computer Coaching", over a short
paragraph whose last sentence says where: "Guided instruction in how to use computers.  Held in the Board Room.",
"… Program held at Prairie River Middle School.". No label, no element, no place noun the line readers know: the
place is the proper name after "held in" or "held at", in the present ("Held in", "is held at", "will be held in",
"Meetings held at"). When a schedule's entry has no place and no online room, the lines under its own line (up to
MAX_BELOW, stopping at the next entry's line or a heading) are read for such a sentence; its name (capitalised
words, "the" before it dropped, "of", "and", "&" and numbers inside it kept: "Room 101", "Hall of Fame") is the
entry's place.

Not a place: a name after "was held" or "were held" (a report of what happened, its place may be another), a
month, a weekday, a language ("held in English"), an online room ("held in Zoom": the remote reader's), a time or a
year ("held at 7pm", "held in 2031"), a word in lower case ("held in high regard", "held in conjunction with"),
the sentence of another entry's line. Review55: a thing kept, not an event held ("Tickets will be held at Will
Call", "Books are held at the Front Desk": ``THING_HELD``, the sentence's subject before "held"), and an abstract
state after "held in" ("held in Confidence", "held in Trust", "held in Rotation": ``NOT_PLACES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sources.adapters._online_place import online_only

MAX_BELOW = 3  # lines under an entry's own line read for its sentence
MAX_PLACE = 80  # characters: a place's name, not a sentence
EVIDENCE = "place from the sentence under the line that says where it is held: {place!r}"
# "Held in the Board Room.", "Program held at Prairie River Middle School.", "is held at", "will be held in"; not
# "was held" or "were held" (the lookbehind: a report). The name: capitalised words or numbers, "of", "and", "&"
# between them; it ends at a sentence's end, a comma, a bracket or the line's end.
_WORD = r"[A-Z][\w'’.-]{0,30}"
HELD_IN = re.compile(
    rf"(?<![Ww]as )(?<![Ww]ere )\b[Hh]eld\s{{1,3}}(?:in|at)\s{{1,3}}(?:the\s{{1,3}})?"
    rf"(?P<place>{_WORD}(?:\s{{1,3}}(?:(?:of|and|&)\s{{1,3}})?(?:{_WORD}|\d{{1,5}})){{0,7}})"
    r"\s{0,3}(?=[.,;!)(]|$)"
)
# review55: the subject of "held" is a thing kept for someone, not an event ("Tickets will be held at Will Call",
# "Books are held at the Front Desk", "Your order is held at"): the words right before "held".
THING_HELD = re.compile(
    r"\b(?:tickets?|books?|items?|orders?|holds?|reservations?|parcels?|packages?|keys?|bags?|coats?|passes|"
    r"details|data|information|records?|funds?|proceeds|money|donations?|lost property)"
    r"\s{1,3}(?:(?:are|is|will|can|may|must|should|would)\s{1,3})?(?:be\s{1,3}|being\s{1,3})?$",
    re.IGNORECASE,
)
NOT_PLACES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "english", "french", "spanish", "german", "welsh", "irish", "gaelic", "italian", "dutch", "portuguese",
        "person", "private", "public", "camera", "memory", "honour", "honor",
        # review55: an abstract state things are held in, no room ("held in Confidence", "held in Trust")
        "confidence", "trust", "rotation", "reserve", "escrow", "abeyance", "custody", "perpetuity", "suspense",
        "common", "check", "place", "high", "will",
    }
)  # fmt: skip


def held_place(text: str) -> str | None:
    """The place a sentence of ``text`` says something is held in or at, or None (see the module)."""
    found = HELD_IN.search(text)
    if found is None or THING_HELD.search(text, max(0, found.start() - 60), found.start()):
        return None  # "Tickets will be held at Will Call": a thing kept, not the event held
    place = found.group("place").rstrip(".")
    first = place.split()[0].lower()
    if len(place) > MAX_PLACE or first in NOT_PLACES or online_only(place):
        return None
    return place


def held_places(entries: Iterable[Any], lines: Sequence[Any]) -> None:
    """Each entry with no place nor online room given the place the lines under its own line say it is held in
    (see the module). ``entries``: the schedule's rows (``line``, ``location``, ``online``, ``evidence``)."""
    entries = list(entries)
    starts = {entry.line for entry in entries}
    for entry in entries:
        if entry.location or getattr(entry, "online", False):
            continue
        for index in range(entry.line + 1, min(entry.line + 1 + MAX_BELOW, len(lines))):
            line = lines[index]
            if index in starts or line.is_heading:
                break  # the next entry's line, or a section of its own
            place = held_place(line.text)
            if place is not None:
                entry.location = place
                entry.evidence.append(EVIDENCE.format(place=place))
                break
