"""A place icon marks the text beside it as the place, as a "location" class would.

Event pages often label their facts with icons instead of words: a row of a location pin and an address, a row of
a clock and a time (``<svg class="svg-icon svg-icon--location"><use xlink:href="sprite.svg#location"></use></svg>
<div class="text">Республика сарайы, Достық даңғылы, 56</div>``, ``<span><i class="fa fa-map-marker"></i> Old Mill
Hall</span>``). The icons are dropped with every ``<svg>`` before the page is read, and with them the only label the
address had. Before that, the text an icon of a place labels is given the class "location", which the readers
already take for a block holding the place (``_page_single_place.PLACE_CLASS``).

An icon of a place: an ``<svg>`` whose class or ``<use>`` reference, or an empty ``<i>`` or ``<span>`` whose class
or icon library's attribute (``data-feather="map-pin"``, ``data-lucide``, ``data-icon``: pages112), names a
location, map marker, map pin, pin, place or geo mark. The text it labels: the run of words right after it
in its parent, up to the next element that is no inline element with words (the next icon, a <br>, a block); else,
when no words follow it, its next sibling with words. A run that is all its parent shows classes the parent (an
inline element widened to the block that shows nothing else); a run in a row of other facts (``<div
class="meta"><i class="fa fa-map-marker"></i> Old Mill Hall <i class="fa fa-calendar"></i> Saturday 12 December
2026</div>``) is put in a block of its own, classed, so only "Old Mill Hall" is the place; an inline element that is a line of its own
among its block's other lines ("<p><strong>(pin) Fortuneglobe GmbH</strong><br>Schützenplatz 14<br>01067 Dresden</p>")
becomes a block, classed, so the readers see the place's line apart from the lines around it (helper left29).
Not places: other icons (a clock, a phone, a ticket), a spinner, "pinterest", "placeholder", a marker beside a map
link's label only ("Get directions", "View map", "Show on map", "Google Maps": that is where to look, not the
place), and a text that gives a date or a time, or is longer than a place is written (a pin before a paragraph
"Saturday 12 December, 7:30pm. Tickets £12 on the door. Old Mill Hall": a line of facts, not the place).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_bars import MAP_LINK_TEXT
from sources.adapters._page_dates import find_clock, find_dates

PLACE_ICON = re.compile(
    r"(?<![a-z])(?:location(?:[_-]?on)?|map[_-]?marker(?:[_-]?alt)?|map[_-]?pin|marker|pin|geo(?:[_-]?alt)?|place)"
    r"(?![a-z])(?![_-](?:outline[_-])?off(?![a-z]))",  # not "pin-off", "map-marker-off": no place (review55)
    re.I,
)
# An icon library's name attribute, read as its class is: Feather's and Lucide's "<i data-feather="map-pin"></i>"
# (replaced by an <svg> by a script), Iconify's "<span class="iconify" data-icon="mdi:map-marker"></span>" (pages112).
ICON_ATTRIBUTES = ("data-feather", "data-lucide", "data-icon")
PLACE_CLASS_NAME = "location"
# A map link's label beside a marker, besides _page_bars.MAP_LINK_TEXT's ("View map", "Get directions").
MAP_LABEL = re.compile(r"^(?:(?:show|open|see)\s+(?:it\s+)?(?:on\s+)?(?:the\s+)?map|google\s+maps?|maps?)$", re.I)
INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "small", "font", "label"})
MAX_ICONS = 2_000  # icon-like elements looked at: a hostile page of millions costs no more
MAX_PLACE_TEXT = 150  # a place and its address are written in fewer characters: a longer text is a paragraph
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a text holds a date matters here


def _words(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def _names_a_place(icon: Any) -> bool:
    names = [icon.get("class") or "", *(icon.get(name) or "" for name in ICON_ATTRIBUTES)]
    if icon.tag == "svg":
        for use in icon.iter("{*}use", "use"):
            names += [value for key, value in use.attrib.items() if key.endswith("href")]
    elif _words(icon):
        return False  # an <i> or <span> with words is text, not an icon
    return any(PLACE_ICON.search(name) for name in names)


def _run(icon: Any) -> list[Any]:
    """The inline elements with words right after ``icon``, up to the next element that is none (an icon, a <br>,
    a block): with its tail, the run of words the icon labels."""
    run = []
    sibling = icon.getnext()
    while sibling is not None and isinstance(sibling.tag, str) and sibling.tag in INLINE and _words(sibling):
        run.append(sibling)
        sibling = sibling.getnext()
    return run


def _run_words(icon: Any, run: list[Any]) -> str:
    return " ".join(" ".join([icon.tail or "", *(f"{node.text_content()}{node.tail or ''}" for node in run)]).split())


def _labelled(icon: Any, shown: dict[Any, str]) -> tuple[Any, str, list[Any] | None]:
    """The element holding the text ``icon`` labels, or None; that text; and, when the text is a run of words among
    other facts in its parent, the run's elements (the text to put in a block of its own), else None. ``shown``:
    each parent's words, read once (a row of many icons costs one reading)."""
    parent = icon.getparent()
    if parent is None:
        return None, "", None
    target = None
    run = _run(icon)
    text = _run_words(icon, run)
    if text and parent not in shown:
        shown[parent] = _words(parent)  # boxing a run keeps its parent's words
    if text and text != shown[parent]:
        return None, text, run  # a run among other facts: only the run is the place
    if text:
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
    return target, _words(target) if target is not None else "", None


def map_label(text: str) -> bool:
    """Whether a text is only a map link's label ("Get directions", "View map", "Google Maps"): where to look."""
    label = text.rstrip(": ")
    return bool(MAP_LINK_TEXT.match(label) or MAP_LABEL.match(label))


def _is_place_text(text: str) -> bool:
    """Whether a text an icon labels may be a place: some words, no map link's label, no date or time of day, no
    paragraph."""
    label = text.rstrip(": ")
    if not label or len(label) > MAX_PLACE_TEXT or map_label(label):
        return False
    return not (find_clock(label) or find_dates(label, year_hint=2000, today=_EPOCH))


def _boxed(icon: Any, run: list[Any]) -> Any:
    """The icon's run of words (its tail and ``run``) moved into a new block right after it; that block."""
    box = icon.makeelement("div", {})
    box.text, icon.tail = icon.tail, None
    icon.addnext(box)
    for node in run:
        box.append(node)  # with its tail
    return box


def place_icons_as_classes(root: Any) -> None:
    """Give the text each place icon labels the class "location" (see the module's docstring). Mutates ``root``."""
    shown: dict[Any, str] = {}
    for count, icon in enumerate(root.iter("svg", "{*}svg", "i", "span")):
        if count >= MAX_ICONS:
            break
        if not _names_a_place(icon):
            continue
        target, text, run = _labelled(icon, shown)
        if not _is_place_text(text):
            continue  # "Get directions" (where to look), a date, a paragraph: not the place
        if run is not None:
            target = _boxed(icon, run)  # a run among other facts: only it is the place
        if target is not None and target.tag in INLINE and _own_line(target):
            target.tag = "div"  # "<p><strong>(pin) Hall</strong><br>Street 2</p>": a line of its own is a block
        if target is not None and target.tag not in ("body", "html", "main"):
            target.set("class", f"{target.get('class') or ''} {PLACE_CLASS_NAME}".strip())


def _own_line(element: Any) -> bool:
    """Whether an inline element is a line of its own in its block: nothing but a <br> (or its block's edge) before
    and after it ("<p><strong>(pin) Hall</strong><br>Street 2<br>City</p>"); not words of a sentence around it."""
    parent, before, after = element.getparent(), element.getprevious(), element.getnext()
    if parent is None or (element.tail or "").strip():
        return False
    opened = (
        (parent.text or "").strip() == "" if before is None else before.tag == "br" and not (before.tail or "").strip()
    )
    return opened and (after is None or after.tag == "br") and _words(parent) != _words(element)
