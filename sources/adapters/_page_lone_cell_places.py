"""A table row's name cell that is only "Name at Venue", the venue named as a building (left43, from pages116's left
"Grand Reunion at Eliot House"). Pure.

pages116's cell reader splits a row's name cell at "at"/"in" only when the cell goes on past its name (a remark) or
says how it is held ("to be held in"): a sim-racing league's results table writes "Street Stocks at Road America" and
"Formula Vees at Oulton Park", each the race's whole name, alone in a cell and linked to its page. So "Grand Reunion at
Eliot House", alone in its cell, kept its place in its title.

Here (``lone_place``): a cell that is only the name and its place is read so too when the place ends in a building's
or a venue's word ("Eliot House", "Trinity Hall", "the King's Head Inn", ``PLACE_NOUN`` or ``BUILDINGS``) and the row's
name links to no page of its own (a linked name is the site's own name for its event page). Not (hard negatives): a
linked name ("Formula Vees at Oulton Park" in a results table), a place with no such word ("Street Stocks at Road
America", "Picnic at Hanging Rock", "Breakfast at Tiffany's"), the place reader's own guards ("Night at the Museum").
read-through 58: the building's word alone is a title's word ("Men at Arms", "Brothers at Arms",
"Ghosts at House"): the place needs a capitalised name word before it ("the King's Arms", "Eliot House").
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_place_nouns import PLACE_NOUN

# Buildings a gathering is held in that the shared place nouns leave out ("house" is a kind of music too; after
# "at" and last in a capitalised name it is a building).
BUILDINGS = frozenset({"house", "hotel", "inn", "lodge", "manor", "barn", "college", "abbey", "priory", "mill",
                       "tavern", "brewery", "arms"})  # fmt: skip


def lone_place(entry: Any, place: str) -> bool:
    """Whether a lone name cell's place may be read (see the module): a building's word last, the name unlinked."""
    words = place.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or getattr(entry, "url", None) or getattr(entry, "links", None):
        return False  # "Men at Arms", "Murder at the Mill": a building's word alone is a title's (read-through 58)
    if not words[-2][:1].isupper():
        return False  # "Brothers in arms at the old Arms": a name word before the building's (read-through 58)
    last = words[-1].strip(".,'’").lower()
    return last in BUILDINGS or PLACE_NOUN.fullmatch(last) is not None
