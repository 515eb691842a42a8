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


def place_sentence_cut(place: str) -> str:
    """``place`` up to the dot after which another sentence starts (see the module)."""
    found = NEXT_SENTENCE.search(place)
    return place[: found.start()].rstrip() if found else place
