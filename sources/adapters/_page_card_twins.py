"""A card printed twice: its caption and a detail panel inside the same card, read as one event. Pure.

Shape: a listing's repeated card (``<article class="barItem">`` once per event) holds a caption block (a heading,
the date, a summary) and a detail block (the heading again, often with a screen-reader " Details", the same date,
the place, the event's link, the long description). The page's own script or stylesheet hides the panel, so no
``hidden`` or ``display:none`` mark is in the HTML and both blocks are read as cards (``_page_cards.event_blocks``).
Two card events are one when they have the same start, one title holds the other's words (or both are the same),
and the nearest element holding both blocks holds no other card and is repeated (a sibling of the same tag and
class): the card itself. A caption block with no heading of its own (the card's heading sits beside its dated
summary) takes the card's first heading outside both blocks for its title, when the detail's title holds it. The
caption's record is kept (its title) and takes what it lacks from the detail's: place,
end, link, tickets, image, description, documents. Two cards of one day, two sessions at different hours and an
early and a late show of one title (different starts) stay apart. Used by html.GenericPageAdapter."""

from __future__ import annotations

import re
from typing import Any

from sources.adapters.base import ParsedRecord, RawEvent

TWIN_EVIDENCE = "caption and detail panel of one card read as one event"

_WORD = re.compile(r"\w+")


def _words(title: str) -> list[str]:
    return _WORD.findall(title.casefold())


def _holds(longer: list[str], shorter: list[str]) -> bool:
    """Whether the words of ``shorter`` appear in ``longer`` in a row."""
    size = len(shorter)
    return size > 0 and any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def same_titles(first: str, second: str) -> bool:
    a, b = _words(first), _words(second)
    return _holds(a, b) if len(a) >= len(b) else _holds(b, a)


def _common(first: Any, second: Any) -> Any:
    # The ancestors are held while the ids are compared: lxml makes a new proxy for an element nobody holds, so an id
    # is an element's own only while its proxy lives (a freed one's id can be another element's next).
    held = list(first.iterancestors())
    ancestors = {id(node) for node in held}
    return next((node for node in second.iterancestors() if id(node) in ancestors), None)


def _repeated(element: Any) -> bool:
    parent = element.getparent()
    if parent is None or element.tag in ("html", "body"):
        return False
    key = (element.tag, " ".join((element.get("class") or "").split()))
    return any(
        other is not element and (other.tag, " ".join((other.get("class") or "").split())) == key for other in parent
    )


def _card_of(first: Any, second: Any, blocks: list[Any]) -> Any:
    """The nearest element holding both blocks when it is a repeated card holding no other block, else None."""
    card = _common(first, second)
    if card is None or not _repeated(card):
        return None
    inside = sum(1 for block in blocks if any(node is card for node in block.iterancestors()))
    return card if inside == 2 else None


def _has_heading(block: Any) -> bool:
    return next(block.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None


def _card_heading(card: Any, caption: Any, detail: Any) -> str | None:
    """The card's first heading outside both blocks (a caption whose heading sits beside its dated summary)."""
    for node in card.iter("h1", "h2", "h3", "h4"):
        if not any(ancestor is caption or ancestor is detail for ancestor in node.iterancestors()):
            text = " ".join(" ".join(node.itertext()).split())
            return text or None
    return None


def _merged(caption: RawEvent, detail: RawEvent) -> RawEvent:
    if caption.url is None and detail.url:
        caption.url = detail.url
        caption.external_id = detail.url
    caption.venue_name = caption.venue_name or detail.venue_name
    caption.end = caption.end or detail.end
    caption.ticket_url = caption.ticket_url or detail.ticket_url
    caption.image_url = caption.image_url or detail.image_url
    if len(detail.description or "") > len(caption.description or ""):
        caption.description = detail.description
    caption.links = [*caption.links, *(link for link in detail.links if link not in caption.links)]
    caption.evidence = [*caption.evidence, TWIN_EVIDENCE]
    return caption


def merge_card_twins(blocks: list[Any], records: list[ParsedRecord | None]) -> list[ParsedRecord | None]:
    """``records`` (one per block, in the same order) with each card's detail panel merged into its caption."""
    kept: list[ParsedRecord | None] = list(records)
    for index in range(len(kept) - 1):
        first, second = kept[index], kept[index + 1]
        if not isinstance(first, RawEvent) or not isinstance(second, RawEvent) or first.start != second.start:
            continue
        card = _card_of(blocks[index], blocks[index + 1], blocks)
        if card is None:
            continue
        if same_titles(first.title, second.title):
            kept[index], kept[index + 1] = _merged(first, second), None
            continue
        named = _card_heading(card, blocks[index], blocks[index + 1])
        if named and not _has_heading(blocks[index]) and same_titles(named, second.title):
            first.source_title = first.source_title or first.title
            first.title = named
            kept[index], kept[index + 1] = _merged(first, second), None
    return kept
