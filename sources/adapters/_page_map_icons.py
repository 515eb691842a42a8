"""A table row's place shown as a picture linked to a map (held-out batch 114). Pure.

A seniors' group's meeting schedule gives each Wednesday's library as an icon, not as words: "<td><a
href="https://goo.gl/maps/…"><img alt="Acton Memorial Library" src="Images/icon-lib-acton.png"></a></td>". The row
has its date and its hours in words, and its place only in the picture's text alternative. When a row holds exactly
one link to a map or a route planner (``_page_single_place.is_map_link``) with no words of its own, the alternative
text of the picture inside it (or the link's title) is the row's place.

Not a place: an empty alternative (``alt=""``: a decorative picture, the place only in its pixels), a call to
action ("Map", "Google Maps", "Get directions", "location pin"), a remark or a date, more than one map link in the
row (which is the venue's?), a map link with words (the card reader's, ``_page_card_map_place``). review56: a label
holding a map's own word among others ("Directions to venue", "Click for map", "Google Maps logo", "Map of the area":
``MAP_WORDS``) or a picture's file name ("icon-map.png") is the icon's, no place.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_not_places import not_a_place
from sources.adapters._page_single_place import is_map_link
from sources.adapters.webpage import clean_text

MAX_PLACE = 80
MAX_LINKS = 20  # a row's links, not a page's thousands
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which
# The words of a map icon's own label, not a place's ("Google Maps", "Get directions", "map marker icon").
CALL_WORDS = frozenset(
    "google apple bing open street osm map maps directions direction location locations pin marker icon route "
    "planner view show find get see open on in the us here click karte plan carte mapa".split()
)

# Words only a map icon's label holds, beside any others (review56): "Directions to venue", "Google Maps logo".
MAP_WORDS = frozenset("map maps directions marker icon logo click route karte carte mapa".split())
FILE_NAME = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)\s*$", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def map_icon_place(row_cells: list[Any]) -> str | None:
    """The text alternative of the picture in the row's one wordless map link, when it names a place."""
    found = []
    for cell in row_cells:
        for index, anchor in enumerate(cell.iterfind(".//a[@href]")):
            if index >= MAX_LINKS:
                return None
            if is_map_link(anchor.get("href") or ""):
                found.append(anchor)
    if len(found) != 1 or clean_text(found[0].text_content()):
        return None
    anchor = found[0]
    names = [clean_text(image.get("alt") or "") for image in anchor.iter("img")]
    name = next((text for text in names if text), None) or clean_text(anchor.get("title") or "")
    if not name or len(name) > MAX_PLACE or not_a_place(name):
        return None
    if all(word in CALL_WORDS for word in _words(name)) or find_dates(name, year_hint=2000, today=_ANY_DAY):
        return None
    if set(_words(name)) & MAP_WORDS or FILE_NAME.search(name):
        return None  # "Directions to venue", "icon-map.png": the icon's label (review56)
    return name
