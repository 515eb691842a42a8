"""A card's lines that its own markup classes as what kind of event it is, not where: its tag, category or genre
("<p class='event-category'>Jazz Club</p>"), price, performer or summary. Pure.

A card's line right under its date is its place when the line names one by its own noun ("Seattle Program Center",
``_page_card_fields.place_under_date``). A listing that tags each card with its kind writes that tag in the same slot:
"Jazz Club", "Folk Club", "Comedy Theatre" have a place's noun and were read as the card's place. The element the
line is written in says what it is: a line classed as a tag, a category, a genre, a price, an organiser or a
performer (``_page_sibling_places.OTHER_CLASS``, the classes the listing rule already skips) is no place.

Not: a line in an element classed as the venue or location (read as the place before this rule is asked), a line
in an unclassed element ("<p>Jazz Club</p>" under the date stays the place), a category class's element whose words
are only part of the line.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_sibling_places import OTHER_CLASS
from sources.adapters.webpage import clean_text

MAX_NODES = 400  # elements looked at in one card


def kind_lines(block: Any) -> set[str]:
    """The card's lines (casefolded) that are the whole words of an element classed as a kind, not a place."""
    found: set[str] = set()
    for count, node in enumerate(block.iterdescendants()):
        if count >= MAX_NODES:
            break
        if isinstance(node.tag, str) and OTHER_CLASS.search(node.get("class") or ""):
            words = clean_text(block_text(node))
            if words:
                found.add(words.casefold())
    return found


def classed_as_kind(place: str | None, block: Any) -> bool:
    """Whether a place read from a card's lines is one of its lines classed as a kind ("Jazz Club" in
    "<p class='event-category'>"), alone or before the address lines read with it."""
    if not place:
        return False
    return any(place.casefold() == line or place.casefold().startswith(f"{line}, ") for line in kind_lines(block))
