"""The place a hand-made feed writes in a bare ``<where>`` element of an item, for the ``rss`` adapter. Pure.

A home-made event RSS (a university institute's, batch 64) writes each event's day in ``<when>`` and its place in
``<where>``, elements of no namespace: ``<when>Tuesday, June 14rd, 9am - 12</when>`` beside ``<where>DSI space,
Shields Library</where>``. feedparser reads a ``where`` element as GeoRSS's and keeps an empty mapping for it, so the
words were lost; the day was read once ``when`` became a start name (``_feed_extras.START_NAMES``).

``bare_where`` gives the text of the item's own ``<where>`` child when it has no namespace, no child elements and a
short text with a letter in it (a place's name, not prose). Not read: GeoRSS's ``<georss:where>`` (a namespace, a
``gml:`` point inside), a ``<where>`` holding elements (``<where><dsi:conf/></where>``, a template's), an empty one,
a long text (a paragraph), one deeper in the item, a remark or a place not known yet ("TBA", "To be confirmed":
review38).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_not_places import not_a_place
from sources.adapters._xml_data import local_name, namespace_of

MAX_PLACE = 200  # characters: a longer text is prose, not a place's name
MAX_CHILDREN = 200  # an item's children looked at


def bare_where(element: Any | None) -> str | None:
    """The text of the item's un-namespaced ``<where>`` child, a place's name; None when there is none."""
    if element is None:
        return None
    for child in list(element)[:MAX_CHILDREN]:
        if not isinstance(child.tag, str) or namespace_of(child.tag) or local_name(child.tag).lower() != "where":
            continue
        if any(isinstance(inner.tag, str) for inner in child):
            return None  # a block of elements, not a name
        text = " ".join((child.text or "").split())
        if not text or len(text) > MAX_PLACE or not any(character.isalpha() for character in text):
            return None
        if not_a_place(text):
            return None  # "TBA", "To be confirmed", "Sold out" (review38)
        return text
    return None
