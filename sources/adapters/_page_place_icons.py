"""A place icon marks the text beside it as the place, as a "location" class would.

Event pages often label their facts with icons instead of words: a row of a location pin and an address, a row of
a clock and a time (``<svg class="svg-icon svg-icon--location"><use xlink:href="sprite.svg#location"></use></svg>
<div class="text">Республика сарайы, Достық даңғылы, 56</div>``, ``<span><i class="fa fa-map-marker"></i> Old Mill
Hall</span>``). The icons are dropped with every ``<svg>`` before the page is read, and with them the only label the
address had. Before that, the text an icon of a place labels is given the class "location", which the readers
already take for a block holding the place (``_page_single_place.PLACE_CLASS``).

An icon of a place: an ``<svg>`` whose class or ``<use>`` reference, or an empty ``<i>`` or ``<span>`` whose class,
names a location, map marker, map pin, pin, place or geo mark. The text it labels: the words right after it in its
parent, else its next sibling with words; an inline element is widened to the block that shows nothing else.
Not places: other icons (a clock, a phone, a ticket), a spinner, "pinterest", "placeholder", and a marker beside
a map link's label only ("Get directions", "View map", "Show on map", "Google Maps"): that is where to look, not the
place.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_bars import MAP_LINK_TEXT

PLACE_ICON = re.compile(
    r"(?<![a-z])(?:location(?:[_-]?on)?|map[_-]?marker(?:[_-]?alt)?|map[_-]?pin|marker|pin|geo(?:[_-]?alt)?|place)"
    r"(?![a-z])",
    re.I,
)
PLACE_CLASS_NAME = "location"
# A map link's label beside a marker, besides _page_bars.MAP_LINK_TEXT's ("View map", "Get directions").
MAP_LABEL = re.compile(r"^(?:(?:show|open|see)\s+(?:it\s+)?(?:on\s+)?(?:the\s+)?map|google\s+maps?|maps?)$", re.I)
INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "small", "font", "label"})
MAX_ICONS = 2_000  # icon-like elements looked at: a hostile page of millions costs no more


def _words(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def _names_a_place(icon: Any) -> bool:
    names = [icon.get("class") or ""]
    if icon.tag == "svg":
        for use in icon.iter("{*}use", "use"):
            names += [value for key, value in use.attrib.items() if key.endswith("href")]
    elif _words(icon):
        return False  # an <i> or <span> with words is text, not an icon
    return any(PLACE_ICON.search(name) for name in names)


def _labelled(icon: Any) -> Any:
    """The element holding the text ``icon`` labels, or None."""
    parent = icon.getparent()
    if parent is None:
        return None
    target = None
    if (icon.tail or "").strip():
        target = parent
    else:
        sibling = icon.getnext()
        while sibling is not None and target is None:
            if isinstance(sibling.tag, str) and _words(sibling):
                target = sibling
            sibling = sibling.getnext()
    while target is not None and target.tag in INLINE:
        above = target.getparent()
        if above is None or _words(above) != _words(target):
            break
        target = above
    return target


def place_icons_as_classes(root: Any) -> None:
    """Give the text each place icon labels the class "location" (see the module's docstring). Mutates ``root``."""
    for count, icon in enumerate(root.iter("svg", "{*}svg", "i", "span")):
        if count >= MAX_ICONS:
            break
        if not _names_a_place(icon):
            continue
        target = _labelled(icon)
        label = _words(target).rstrip(": ") if target is not None else ""
        if MAP_LINK_TEXT.match(label) or MAP_LABEL.match(label):
            continue  # a marker beside "Get directions": where to look, not the place
        if target is not None and target.tag not in ("body", "html", "main"):
            target.set("class", f"{target.get('class') or ''} {PLACE_CLASS_NAME}".strip())
