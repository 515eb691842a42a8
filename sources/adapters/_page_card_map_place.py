"""A card's place written as its link to a map: "<a href='https://goo.gl/maps/…'>Penhale, Fradon, TR8 5BX</a>". Pure.

A club's event card gives its title, its days and its place, the place as a link to a map (helper pages89: a
tractor club's rally, "Penhale, Fradon, TR8 5BX" linking to goo.gl/maps/…). No label, class or address line named
it, so the event had no place. When the card's place is otherwise unknown and the card holds exactly one link to a
map or a route planner (``_page_single_place.is_map_link``) whose words are a place's (a comma or a digit, as an
address or "hall, town" has; short; not a remark nor a date), those words are the place.

Not: a map link that is a call to action ("Map", "Get directions", "View on Google Maps": no comma, no digit), two
map links (which one is the venue's?), a card whose place another reader found (this one only fills a gap), a link
to a page that is not a map.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_cards import MAX_NAME_LENGTH
from sources.adapters._page_not_places import not_a_place
from sources.adapters._page_single_place import is_map_link
from sources.adapters.webpage import clean_text

MAX_MAP_LINKS = 20  # a card's links, not a page's thousands


def map_place(block: Any) -> str | None:
    """The words of the card's one map link when they name a place (see the module); None otherwise."""
    found = []
    for index, anchor in enumerate(block.iterfind(".//a[@href]")):
        if index >= MAX_MAP_LINKS:
            return None
        if is_map_link(anchor.get("href") or ""):
            found.append(anchor)
    if len(found) != 1:
        return None
    words = clean_text(found[0].text_content())
    if not words or len(words) > MAX_NAME_LENGTH or not_a_place(words):
        return None
    return words if ("," in words or any(char.isdigit() for char in words)) else None
