"""What feedparser's flat view of a feed item loses, read from the item's own XML element (for ``rss``). Pure.

feedparser keeps one value per element name: an item listing its occurrences (``<event:dates-ext>`` holding one
``<event:date>`` with ``<event:start>``/``<event:end>`` per session) comes out as its last session only, and a
place given as a block of parts (BiblioCommons's ``<bc:location>`` with ``bc:name``, ``bc:number``,
``bc:street``, ``bc:city``, ``bc:zip``) as loose names whose block is forgotten. So the document the guard
already checked (``_feed_guard``: no entities, no internal DTD) is read once more with lxml, without entity
resolution, network or DTD loading (``_xml_parser``: the ``xml`` adapter's configuration), and each item's element
is kept beside feedparser's entry:

- ``occurrences``: the item's repeated blocks that each hold one start element (by local name, any namespace,
  as ``_feed_extras.START_NAMES``), as (start text, end text) pairs, when there are at least two;
- ``place_block``: the item's place block (``location``, ``venue``, ``place``…) that has parts instead of text,
  as (place name, postal address); ``item_address``: the same parts written straight in the item.

An item's element is matched to feedparser's entry by position, and only when the document has exactly as many
items as feedparser read: a document lxml reads otherwise gives no elements and the items are read as before. A
prefix the document uses and never declares is declared first (``_feed_prefixes``), so those items' elements
are read too.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree

from sources.adapters._feed_extras import END_NAMES, START_NAMES
from sources.adapters._feed_prefixes import declared
from sources.adapters._xml_data import MAX_ELEMENTS, local_name
from sources.adapters._xml_parser import safe_xml_parser
from sources.adapters.common import join

ITEM_NAMES = frozenset({"item", "entry"})
# An item's occurrences read from its blocks; a post listing a season's weekly sessions has tens.
MAX_OCCURRENCES = 100
# vCard's ``adr`` (``<vCard:adr>`` with ``street-address``, ``locality``, ``postal-code``…, as WordPress event
# plugins write it in RSS) is a place block too; its hyphenated part names are read as underscored ones.
PLACE_BLOCKS = ("location", "venue", "place", "eventlocation", "event_location", "adr")
# A vCard's formatted name (``fn``) or organisation names a block's place, after the plainer names.
PLACE_NAMES = ("name", "title", "venue_name", "venuename", "location_name", "locationname", "label", "fn", "org")
# A block's address parts by local name, most specific first: a house number goes before its street.
NUMBER_NAMES = ("number", "street_number", "streetnumber", "house_number", "housenumber")
STREET_NAMES = ("street", "street_address", "streetaddress", "address1", "address_1", "address_line1", "address")
CITY_NAMES = ("city", "locality", "town", "municipality")
REGION_NAMES = ("state", "region", "province", "county")
POSTCODE_NAMES = ("zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode")


def item_elements(document: bytes, entries: int) -> list[Any] | None:
    """The items' elements in document order, one per feedparser entry; None when they cannot be matched."""
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(document, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        try:  # a prefix the document uses and never declares (_feed_prefixes): read it with the prefix declared
            root = etree.fromstring(declared(document), parser=parser)
        except (etree.XMLSyntaxError, ValueError):
            return None
    items: list[Any] = []
    for count, element in enumerate(root.iter()):
        if count > MAX_ELEMENTS:
            return None
        if isinstance(element.tag, str) and local_name(element.tag).lower() in ITEM_NAMES:
            items.append(element)
    # An item inside another (an Atom entry quoted in an item) would shift every later one: no match then.
    return items if len(items) == entries and not any(_inside_item(item) for item in items) else None


def _inside_item(element: Any) -> bool:
    return any(isinstance(up.tag, str) and local_name(up.tag).lower() in ITEM_NAMES for up in element.iterancestors())


def occurrences(element: Any | None) -> list[tuple[str, str | None]]:
    """(start, end) texts of the item's repeated occurrence blocks, in order, when it has two or more of one name;
    else []. A block is an element with exactly one child named as a start, and maybe one named as an end."""
    if element is None:
        return []
    blocks: dict[str, list[tuple[str, str | None]]] = {}
    for block in element.iterdescendants():
        if not isinstance(block.tag, str):
            continue
        children = _children(block)
        starts = [text for name, text in children if name in START_NAMES and text]
        if len(starts) != 1:
            continue
        ends = [text for name, text in children if name in END_NAMES and text]
        blocks.setdefault(local_name(block.tag).lower(), []).append((starts[0], ends[0] if len(ends) == 1 else None))
    listed = max(blocks.values(), key=len, default=[])
    return listed[:MAX_OCCURRENCES] if len(listed) >= 2 else []


def place_block(element: Any | None) -> tuple[str | None, str | None]:
    """(place name, postal address) from the item's place block made of parts, else (None, None)."""
    if element is None:
        return None, None
    for block in element:
        if not isinstance(block.tag, str) or local_name(block.tag).lower() not in PLACE_BLOCKS:
            continue
        parts = dict(reversed(_children(block)))  # the first part of a name wins
        if not parts:
            continue
        name = _first(parts, PLACE_NAMES)
        address = _postal(parts)
        if name or address:
            return name, address
    return None, None


def item_address(element: Any | None) -> str | None:
    """The postal address written in parts straight in the item, with no block around them (the State of
    Fribourg's ``event:address1``, ``event:postalCode``, ``event:city``): a street, or a town with its postcode.
    A town alone is no address (a dateline's city, a feed's home town)."""
    if element is None:
        return None
    parts = dict(reversed(_children(element)))
    if _first(parts, STREET_NAMES) is None and not (_first(parts, CITY_NAMES) and _first(parts, POSTCODE_NAMES)):
        return None
    return _postal(parts)


def _postal(parts: dict[str, str]) -> str | None:
    """A postal address from its parts: number and street, town, region and postcode."""
    street = join([_first(parts, NUMBER_NAMES), _first(parts, STREET_NAMES)], " ")
    region = join([_first(parts, REGION_NAMES), _first(parts, POSTCODE_NAMES)], " ")
    return join([street, _first(parts, CITY_NAMES), region])


def _children(block: Any) -> list[tuple[str, str]]:
    """(local name, text) of a block's child elements that hold only text."""
    found = []
    for child in block:
        if isinstance(child.tag, str) and not any(isinstance(inner.tag, str) for inner in child):
            found.append((local_name(child.tag).lower().replace("-", "_"), " ".join((child.text or "").split())))
    return found


def _first(parts: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((parts[name] for name in names if parts.get(name)), None)


def with_element_texts(entry: Mapping[str, Any], element: Any | None) -> Mapping[str, Any]:
    """The entry with the texts feedparser dropped: an extension element that carries attributes and text
    (``<gc:cost type="string">$4</gc:cost>``, Trumba's Atom) comes out of feedparser as its attributes only
    (``{"type": "string"}``); when the item's own child of that local name holds text and no elements, and its
    attributes are all the entry's value holds, the value is that text. An element repeated in the item, and
    other values, are left as they are."""
    if element is None:
        return entry
    restored: dict[str, str] = {}
    names = [local_name(child.tag).lower() for child in element if isinstance(child.tag, str)]
    for child in element:
        if not isinstance(child.tag, str) or not child.attrib or any(isinstance(inner.tag, str) for inner in child):
            continue
        if names.count(local_name(child.tag).lower()) > 1:  # repeated (Trumba's customfields): feedparser kept one
            continue
        text = " ".join((child.text or "").split())
        if not text:
            continue
        suffix = f"_{local_name(child.tag).lower()}"
        attributes = {name.lower() for name in child.attrib}
        for key, value in entry.items():
            if (
                isinstance(key, str)
                and key.endswith(suffix)
                and isinstance(value, Mapping)
                and value
                and set(value) <= attributes
                and key not in restored
            ):
                restored[key] = text
    if not restored:
        return entry
    copy = type(entry)(entry) if isinstance(entry, dict) else dict(entry)
    copy.update(restored)
    return copy
