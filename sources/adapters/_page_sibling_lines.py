"""A listing's rows that each give their place as a bare line under their date line, in the same block between
<br>s: "<li><strong>Jazz Night</strong><br>Saturday 14 June 2031, 7:30pm<br>The Old Mill</li>", Trumba's "spud"
spans (helper left41, venues55's left). Pure but for the entries it is given, which it mends.

_page_sibling_places reads such a slot on a listing's cards; rows written as lines of one block between <br>s are
read by the line reader, where that rule does not look. The same test holds here: when every placeless row of the
schedule has, right under its date line and in the same block, a line that reads as a place's name
(_page_sibling_places.a_name: a name's shape, no date, no price, no call to act, no online room, not who plays,
not a weekday) — and those lines differ from row to row — each row takes its line as its place.

Not (_page_sibling_places.places_of_a_slot): fewer than three such rows; a placeless row whose line under the date is something else (a description, a
price, "Book now") or is in another block (a paragraph after the list); the same line on every row; one word on
every row (tags: "Music", "Talks"). review56: a speaker with an honorific ("Dr Jane Smith", "Prof. Alan Brown") or a
class's level ("Beginners", "Intermediate", "Advanced Level", "All Levels") under the date is who leads it or for whom,
no place (``WHO_OR_LEVEL``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_sentence_times import HONORIFICS
from sources.adapters._page_sibling_places import a_name, places_of_a_slot

# Who gives the row or for whom it is, not where (review56).
WHO_OR_LEVEL = re.compile(
    rf"^(?:{HONORIFICS}|fr|father|sister|brother)\b\.?"
    r"|\b(?:beginners?|intermediate|advanced|improvers?|all\s+levels?|level\s+\d|novices?|experts?)\b",
    re.IGNORECASE,
)
EVIDENCE = "place read from the line under the date, where every row of the listing gives one: {place!r}"


def _who_or_level(slot: str) -> bool:
    """A speaker or a level (``WHO_OR_LEVEL``), unless a place's word says it is a place ("Dr Feelgood's Bar")."""
    return bool(WHO_OR_LEVEL.search(slot)) and not PLACE_NOUN.search(slot)


def _slot(entry: Any, lines: Sequence[Any]) -> str | None:
    """The line right under the entry's date line in the same block, or None."""
    if not 0 <= entry.line < len(lines) - 1:
        return None
    line, below = lines[entry.line], lines[entry.line + 1]
    if line.block is None or below.block is not line.block or below.is_heading:
        return None
    return " ".join(below.text.split()) or None


def sibling_lines(entries: Sequence[Any], lines: Sequence[Any]) -> None:
    """Each placeless row given the line under its date as its place, when the listing's rows share that slot (see
    the module); in place."""
    found: list[tuple[Any, str]] = []
    for entry in entries:
        if entry.location or getattr(entry, "online", False):
            continue
        slot = _slot(entry, lines)
        if slot is None or not a_name(slot, entry.title or "") or _who_or_level(slot):
            return  # a placeless row whose slot holds something else, or none: the slot is not the place's
        found.append((entry, slot))
    if not places_of_a_slot([slot for _, slot in found]):
        return
    for entry, slot in found:
        entry.location = slot
        entry.evidence.append(EVIDENCE.format(place=slot))
