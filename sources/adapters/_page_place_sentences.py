"""A place a page states for its meetings, cut where the next sentence starts after an abbreviation's dot. Pure.

"Meetings are held at City Hall, 5 Main St. Parking is available behind the building." The dot after "St" is an
abbreviation's (a place may hold one: "St. Mel's Church", "5000 Euclid Ave. Suite 2"), so the place read on past it,
to "City Hall, 5 Main St. Parking is available behind the building". After such a dot, a capitalised word and a
verb ("Parking is", "Recordings are posted", "Doors open") start a sentence of their own: the place ends at the dot.

Not a new sentence: "Ave. Suite 2", "St. Mel's Church", "St. Paul Lutheran Church" (no verb after the word).
"""

from __future__ import annotations

import re

# After a dot and spaces: one or two words, the first capitalised, then a verb.
NEXT_SENTENCE = re.compile(
    r"(?<=\.)\s{1,3}(?=[A-Z][a-z]{1,20}(?:\s[a-z]{1,20})?\s(?:is|are|was|were|will|can|may|must|should|has|have|"
    r"opens?|starts?|begins?|closes?)\b)"
)


# A time of day at the start, its minutes or its meridiem written: "20:00", "8.30", "7pm", "7 p.m." (not "7 Main
# Street"; bounded, no nested quantifier).
CLOCK_FIRST = re.compile(
    r"^\s{0,3}(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s{0,2}[ap]\.?\s?m\b\.?)?|\s{0,2}[ap]\.?\s?m\b\.?)(?!\w)", re.I
)
# ... then the place's own word after the time: "7pm at the Town Hall", "19:30, in the Hall".
PLACE_AFTER_CLOCK = re.compile(r"\s{0,3},?\s{0,3}(?:at|in)\s{1,3}(?=\S)", re.I)


def place_sentence_cut(place: str) -> str:
    """``place`` up to the dot after which another sentence starts (see the module). A place that opens with a
    time of day is when, not where ("All meetings start at 20:00 and last approximately 90 minutes": "");
    what follows the time's own "at" or "in" is the place ("at 7pm at the Town Hall": "the Town Hall"; helper
    pages100)."""
    timed = CLOCK_FIRST.match(place)
    if timed is not None:
        after = PLACE_AFTER_CLOCK.match(place, timed.end())
        return place_sentence_cut(place[after.end() :]) if after is not None else ""
    found = NEXT_SENTENCE.search(place)
    return place[: found.start()].rstrip() if found else place
