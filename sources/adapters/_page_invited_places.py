"""An event page's place said in its invitation: "Join us at The Old Mill for an evening of jazz." (helper left41,
venues55's left). Pure but for the entries it is given, which it mends.

A single event's page often gives its place only in the sentence that invites its readers: "Join us at The Old Mill
for …", "Come and join us at the Portsmouth Arms in Hatchwarren", "Meet us at Riverside Park", "See you at St Mary's
Church Hall!". The invitation's "at" then a name of capitalised words (_page_sentence_times.AT_PLACE and its checks:
not a day, a month, a feast, a time of day) is the place, when the page's event has none and the sentence stands in
the few lines under the event's date line; a capital "The" before the name is the name's ("The Old Mill").

Not: an "at" with no invitation before it (a sentence's "at X" is left to the prose readers), "Join us at 7pm" (a
time; a place after it still reads), "Join us at Christmas", "Join us at our AGM" (no name), "Join us on Facebook"
and "Join us at Instagram" (a platform or an online room), a sentence far below the date line (MAX_BELOW lines).
review56: nor "see you at The Next One!", "at the Next Meeting", "at the Last One": an occasion counted
(``COUNTED``), no place; nor "Visit us at Stand 42", "at Booth 1234": an exhibitor's numbered stand in a show
(``STANDS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._online_place import names_online_room
from sources.adapters._page_sentence_times import place_in

INVITATION = re.compile(r"\b(?:join|meet|see|find|visit)[ \t]{1,3}(?:us|you|them|me)[ \t]{1,3}(?=at[ \t])", re.I)
PLATFORMS = frozenset({"facebook", "instagram", "twitter", "x", "tiktok", "linkedin", "eventbrite", "meetup"})
# An exhibitor's stand at a show, not the event's place: "Visit us at Stand 42", "Booth 1234", "Pitch 7".
STANDS = frozenset({"stand", "booth", "stall", "pitch", "table", "gate"})
NUMBERED = re.compile(r"[ \t]{0,3}(?:no\.?[ \t]{0,3}|[#№][ \t]{0,3})?[A-Z]?\d")
COUNTED = frozenset({"next", "last", "first", "same", "usual", "following", "previous", "end", "start", "one"})
MAX_BELOW = 4  # lines under the event's date line looked at
MAX_LINE = 400
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
EVIDENCE = "place read from the page's invitation: {place!r}"


def invited_place(text: str) -> str | None:
    """The place an invitation in ``text`` names ("Join us at The Old Mill for …"), or None (see the module)."""
    for found in INVITATION.finditer(text[:MAX_LINE]):
        end = SENTENCE_END.search(text, found.end())
        sentence = text[found.end() : end.start() if end else len(text)]
        place = place_in(sentence)
        if not place or names_online_room(place) or place.split()[0].casefold() in PLATFORMS | COUNTED:
            continue
        after = sentence[sentence.find(place) + len(place) :]
        if place.split()[-1].casefold() in STANDS and NUMBERED.match(after):
            continue  # "Visit us at Stand 42": an exhibitor's stand in the show, not the event's place
        return f"The {place}" if sentence.startswith(f"at The {place}") else place  # "The Old Mill": its name
    return None


def invited_places(entries: Sequence[Any], lines: Sequence[Any]) -> None:
    """Each placeless entry given the place its page's invitation names under its line, in place (see the module)."""
    for entry in entries:
        if entry.location or getattr(entry, "online", False):
            continue
        for line in lines[entry.line + 1 : entry.line + 1 + MAX_BELOW]:
            place = invited_place(line.text)
            if place:
                entry.location = place
                entry.evidence.append(EVIDENCE.format(place=place))
                break
