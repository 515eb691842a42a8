"""An item's place marked up as a microformat in its body, for the ``rss`` adapter. Pure.

Campus and community calendars (Campus Labs Engage, WordPress event plugins) write each item's body as an
h-event (microformats2) or a vevent (hCalendar): ``<div class="h-event vevent">`` with ``<time class="dt-start
dtstart">`` and ``<span class="p-location location">Keefe Campus Center</span>``. The dates are read from the
``<time datetime>`` elements already; the place was read only when the item also had a place element (the RSS
shape of such a feed), so the same body in an Atom entry came out with none. Here the text of the first element
classed ``p-location`` (or hCalendar's ``location``) inside an h-event or vevent is the place.

Only inside an event's root: a ``location`` class elsewhere (a blog theme's "location" of its author, a map
widget) says nothing of this event. A longer text than MAX_PLACE is a sentence, not a place.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from lxml import html as lxml_html

MAX_SCAN = 20_000  # characters of a body looked at
MAX_PLACE = 120
EVENT_ROOTS = frozenset({"h-event", "vevent"})
PLACE_CLASSES = frozenset({"p-location", "location"})


def marked_place(markup: str | None) -> str | None:
    """The place an h-event's or vevent's location element in the body names, else None."""
    if not markup or "location" not in markup:
        return None
    try:
        root = lxml_html.fragment_fromstring(markup[:MAX_SCAN], create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    for element in root.iter():
        if not isinstance(element.tag, str) or not _classes(element) & PLACE_CLASSES:
            continue
        if not any(_classes(up) & EVENT_ROOTS for up in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if text and len(text) <= MAX_PLACE:
            return text
    return None


def _classes(element: Any) -> set[str]:
    return set(str(element.get("class") or "").split())
