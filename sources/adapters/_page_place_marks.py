"""Place marks the place-icon reader (_page_place_icons) does not see as icons, made the empty icon it reads (helper
venues55). Pure but for mutating the tree it is given.

Three common ways a page marks a place without a "location" class or an empty icon element:

- a pin emoji in the text ("<p>📍 The Old Mill</p>", "<p>🗓 Sat 14 June 📍 The Old Mill</p>"): round pushpin,
  pushpin, world map;
- a ligature icon font, whose icon is a word (Material Icons / Material Symbols: "<span class="material-icons">place
  </span>", "location_on", "pin_drop"): the reader takes an element with words for text, not an icon;
- a small image inline before the words, whose alt text is only a place's label ("Location", "Venue", "Map marker")
  or whose file is named as a pin or a marker ("/icons/map-pin.svg").

Each becomes ``<i class="map-marker"></i>`` with the words after it as its tail, so the place-icon reader classes the
words it labels as the place, with all its guards (a date, a map link's label or a paragraph after it is no place).
Not: a pin in a heading (a title's decoration: "📍 Walking Tour of the Old Town"), other emoji (a calendar, a clock),
another ligature ("event", "schedule"), an image with nothing after it in its block (a photo of the venue over the
card's title) or whose alt names something else ("Venue photo", "Logo").
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

PIN = re.compile("\U0001f4cd|\U0001f4cc|\U0001f5fa\ufe0f?")  # round pushpin, pushpin, world map
LIGATURE_CLASS = re.compile(r"(?<![\w-])material-(?:icons|symbols)[\w-]*", re.I)
PLACE_LIGATURES = frozenset({"place", "location_on", "location_pin", "pin_drop", "room", "distance", "map"})
PLACE_ALT = re.compile(
    r"^(?:(?:event\s+)?(?:location|venue|place|address|where)|map\s*(?:marker|pin)|(?:location\s+)?pin)"
    r"(?:\s+icon)?$",
    re.I,
)
ICON_FILE = re.compile(
    r"(?<![a-z])(?:location|map[_-]?marker|map[_-]?pin|marker|pin|place|geo)(?:[_-]?(?:icon|alt|on|\d+))*"
    r"\.(?:svg|png|gif|webp)$",
    re.I,
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MARKER_CLASS = "map-marker"
MAX_MARKS = 2_000  # marks made on one page: a hostile page of millions of pins costs no more


def _marker(element: Any) -> Any:
    return element.makeelement("i", {"class": MARKER_CLASS})


def _in_heading(element: Any) -> bool:
    return element.tag in HEADINGS or any(ancestor.tag in HEADINGS for ancestor in element.iterancestors())


def _pins_in_text(element: Any, budget: list[int]) -> None:
    """Each pin in ``element``'s own text and its children's tails made an empty marker before the words after it."""
    text = element.text or ""
    hit = PIN.search(text)
    if hit and budget[0] > 0:
        budget[0] -= 1
        marker = _marker(element)
        element.text, marker.tail = text[: hit.start()], text[hit.end() :]
        element.insert(0, marker)
    for child in list(element):
        node = child
        while budget[0] > 0 and (hit := PIN.search(node.tail or "")):
            budget[0] -= 1
            marker, tail = _marker(element), node.tail or ""
            node.tail, marker.tail = tail[: hit.start()], tail[hit.end() :]
            node.addnext(marker)
            node = marker


def _words_after(element: Any) -> bool:
    """Whether words follow ``element`` in its parent (its tail or a next sibling's text)."""
    if (element.tail or "").strip():
        return True
    sibling = element.getnext()
    return sibling is not None and isinstance(sibling.tag, str) and bool((sibling.text_content() or "").strip())


def _icon_image(image: Any) -> bool:
    alt = " ".join((image.get("alt") or "").split())
    try:
        name = urlsplit(image.get("src") or "").path.rsplit("/", 1)[-1]
    except ValueError:
        name = ""
    return bool(PLACE_ALT.match(alt) or (not alt and ICON_FILE.search(name)))


def place_marks_as_icons(root: Any) -> None:
    """Make each pin emoji, place ligature and inline place image an empty map-marker icon (see the module)."""
    budget = [MAX_MARKS]
    for element in list(root.iter()):
        if budget[0] <= 0:
            break
        if not isinstance(element.tag, str) or _in_heading(element):
            continue
        if element.tag == "img":
            if _icon_image(element) and _words_after(element):
                budget[0] -= 1
                marker = _marker(element)
                marker.tail = element.tail
                element.getparent().replace(element, marker)
            continue
        if LIGATURE_CLASS.search(element.get("class") or "") and len(element) == 0:
            if (element.text or "").strip().lower() in PLACE_LIGATURES:
                budget[0] -= 1
                element.text = None
                element.set("class", f"{element.get('class')} {MARKER_CLASS}")
            continue
        if PIN.search(element.text or "") or any(PIN.search(child.tail or "") for child in element):
            _pins_in_text(element, budget)
