"""A short line that names who plays or what is on, not where: its last word a performer's or a programme's
("Villa-Lobos Quartet", "Kino Tribute Band", "Castle Rock Film Night", "Italian Cinema Classics"), a match ("Crystal
Palace vs Arsenal"), or a line written with a billing's words ("Silent cinema with live piano", "Halle Berry in
person", "Live from Teatro alla Scala"). A place's noun inside it ("Villa", "Kino", "Castle", "Cinema", "Teatro") is
part of a name or a phrase, so the line is no venue: read by the place readers that know a place by its noun alone
(_page_card_fields.place_under_date, _page_subtitle_place). A place whose name ends with its noun ("Orchestra Hall",
"The Band Room") is still a place. English words only: the lines misread were English (review 13). Pure."""

from __future__ import annotations

import re

# The last word of a billing: an ensemble, a tribute act, a programme's night or its classics, a series.
BILLED_END = re.compile(
    r"\b(?:band|quartet|trio|quintet|sextet|octet|orchestra|ensemble|choir|chorus|duo|tribute|singers|players|"
    r"night|nights|classics|series)\W{0,3}$",
    re.I,
)
# A match between two sides ("Crystal Palace vs Arsenal", "Castle Town v. Rovers").
MATCH = re.compile(r"\s(?:vs?\.?|versus)\s", re.I)
# The words a billing is written with ("Silent cinema with live piano", "Halle Berry in person", "Live from Teatro
# alla Scala", "Kino featuring …"): a venue's name holds none of them.
BILLING_WORD = re.compile(r"\b(?:with|featuring|feat\.|ft\.|starring|presents|in\s+person|live\s+from)(?!\w)", re.I)


def billed(line: str) -> bool:
    """Whether ``line`` names who plays or what is on (see the module)."""
    return bool(BILLED_END.search(line) or MATCH.search(line) or BILLING_WORD.search(line))
