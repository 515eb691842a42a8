"""Items a feed writes beside its item list, with their schedule as attributes: a podcast's live shows.

The Podcasting 2.0 namespace announces a show's live streams as ``<podcast:liveItem status="pending"
start="2031-06-10T19:00:00-06:00" end="…">`` elements holding a title, a guid, a link and an enclosure like an
item's, but written straight under ``<channel>``, beside the ``<item>`` episodes. feedparser reads items and
entries only, so these were never seen. Here, an element directly under the channel (or an Atom feed's root) is
such an item when it holds a ``<title>`` with text and states exactly one start attribute holding an ISO date
(the names ``_feed_attr_whens`` knows: ``start``, ``startTime``, ``dtstart``…), with an end attribute if it has
one. Its title, link, guid and description are read from its children as an item's are.

Not items: a channel element with no title of its own (``<podcast:trailer pubdate="…">``, whose date names no
start, or a window ``<x:window start="…"/>``), one whose start is no ISO date (``start="soon"``), and anything
inside an item (an episode's soundbites and chapters are offsets, read by no rule here).
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from typing import Any

from lxml import etree

from sources.adapters._feed_attr_whens import attribute_span
from sources.adapters._feed_when import When, make_when, read_moment
from sources.adapters._xml_data import local_name
from sources.adapters._xml_parser import safe_xml_parser

CHANNEL_NAMES = frozenset({"channel", "feed"})
MAX_LIVE_ITEMS = 100  # a show announces a few streams; a channel of thousands is no list of them
MAX_CHILDREN = 5_000  # the channel's children looked at (its items included)


@dataclasses.dataclass(frozen=True)
class LiveItem:
    """One scheduled item: what ``FeedAdapter`` reads as an entry, its dates and its element."""

    entry: dict[str, str]
    when: When
    element: Any


def live_items(document: bytes, zone: zoneinfo.ZoneInfo | None) -> list[LiveItem]:
    """The channel's scheduled items, in document order; [] when the document has none or cannot be read."""
    try:
        root = etree.fromstring(document, parser=safe_xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return []
    channel = _channel(root)
    if channel is None:
        return []
    found: list[LiveItem] = []
    for count, child in enumerate(channel):
        if count > MAX_CHILDREN or len(found) >= MAX_LIVE_ITEMS:
            break
        if not isinstance(child.tag, str) or local_name(child.tag).lower() in {"item", "entry"}:
            continue
        item = _live_item(child, zone)
        if item is not None:
            found.append(item)
    return found


def _channel(root: Any) -> Any | None:
    if not isinstance(root.tag, str):
        return None
    if local_name(root.tag).lower() == "feed":
        return root
    for child in root:
        if isinstance(child.tag, str) and local_name(child.tag).lower() in CHANNEL_NAMES:
            return child
    return None


def _live_item(element: Any, zone: zoneinfo.ZoneInfo | None) -> LiveItem | None:
    span = attribute_span(element)
    if span is None:
        return None
    texts = _child_texts(element)
    title = texts.get("title")
    if not title:
        return None
    start = read_moment(span[0], zone)
    if start is None:
        return None
    end = read_moment(span[1], zone) if span[1] else None
    entry = {"title": title}
    for key, name in (("link", "link"), ("id", "guid"), ("summary", "description")):
        if texts.get(name):
            entry[key] = texts[name]
    return LiveItem(entry=entry, when=make_when(start, end, zone=zone, exclusive_end=False), element=element)


def _child_texts(element: Any) -> dict[str, str]:
    """The element's own children that hold text, by local name (the first of a name wins)."""
    texts: dict[str, str] = {}
    for child in element:
        if not isinstance(child.tag, str):
            continue
        text = " ".join("".join(child.itertext()).split())
        if text:
            texts.setdefault(local_name(child.tag).lower(), text)
    return texts
