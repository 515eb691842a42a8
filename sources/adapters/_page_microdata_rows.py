"""What a listing's microdata rows show beside their properties: the status a row says ("Cancelled", "Aflyst")
and the page a row's name links to, when the event's data leaves them out. Pure.

A microdata event is an element typed as an event whose properties (name, startDate…) are its descendants; the
element itself is the event's row on the page (a venue's list of performances, one ``<div itemscope>`` each).
Each record is matched to its row by name and start day; one row per event, or nothing is changed.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree

from sources.adapters._page_words import status_in
from sources.adapters.base import RawEvent
from sources.adapters.common import absolute_url

MICRODATA = "microdata"  # the syntax name jsonld.extract_events gives microdata items

# A microdata event's own element: an itemscope typed as an event. What it shows beside its properties (a
# "Cancelled" or "Aflyst" cell in a listing's row) is the status its data leaves out; its description, offers and
# nested items are left out of that text ("Cancellation policy: …" is not a cancelled event).
_MICRODATA_EVENTS = lxml.etree.XPath(
    "//*[@itemscope and re:test(@itemtype, 'schema\\.org/[A-Za-z]*(Event|Festival)$')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
_NOT_ROW_TEXT = frozenset({"description", "offers", "performer", "organizer", "location", "review", "about"})
MAX_ROW_TEXT = 600  # characters: an element holding more is a page section, not one event's row
_POLICY = re.compile(r"\bcancel+ations?\b", re.IGNORECASE)  # "Free cancellation": a ticket's terms, not a status


def from_rows(events: list[tuple[RawEvent, dict[str, Any], str]], tree: Any, base: str | None) -> None:
    """The status and the page each microdata event's own row shows, where its data says neither."""
    status_from_rows(events, tree)
    url_from_rows(events, tree, base)


def _rows(tree: Any) -> dict[tuple[str, str], list[Any]]:
    rows: dict[tuple[str, str], list[Any]] = {}
    for element in _MICRODATA_EVENTS(tree):
        rows.setdefault((_row_name(element), _row_start(element)[:10]), []).append(element)
    return rows


def _row_of(rows: dict[tuple[str, str], list[Any]], record: RawEvent) -> Any:
    matches = rows.get((" ".join(record.title.split()).casefold(), record.start.isoformat()[:10]), [])
    return matches[0] if len(matches) == 1 else None


def url_from_rows(events: list[tuple[RawEvent, dict[str, Any], str]], tree: Any, base: str | None) -> None:
    """A microdata event without a url takes the link its row's name is (an ``<h2 itemprop="name">`` whose one
    link is "Buy tickets for …", the event's own page): one link in or around the name element, to another page
    than the listing itself."""
    pending = [record for record, node, syntax in events if syntax == MICRODATA and not record.url]
    if not pending:
        return
    rows = _rows(tree)
    for record in pending:
        row = _row_of(rows, record)
        name = _itemprop(row, "name") if row is not None else None
        if name is None:
            continue
        links = [name] if name.tag == "a" else name.xpath(".//a[@href]") or list(name.iterancestors("a"))
        url = absolute_url(links[0].get("href"), base) if len(links) == 1 and links[0].get("href") else None
        if url and url.split("#")[0] != (base or "").split("#")[0]:
            record.url = url


def status_from_rows(events: list[tuple[RawEvent, dict[str, Any], str]], tree: Any) -> None:
    """A microdata event without an eventStatus takes the status its own element shows: a listing's row that
    says "Cancelled" or "Aflyst" beside the event's name and date. Matched by name and start day; one element
    per event, or nothing is changed."""
    pending = [
        record
        for record, node, syntax in events
        if syntax == MICRODATA and record.status == "scheduled" and not node.get("eventStatus")
    ]
    if not pending:
        return
    rows = _rows(tree)
    for record in pending:
        row = _row_of(rows, record)
        if row is None:
            continue
        shown = _POLICY.sub(" ", _row_text(row))
        if len(shown) <= MAX_ROW_TEXT and (status := status_in(shown)) != "scheduled":
            record.status = status


def _itemprop(element: Any, name: str) -> Any:
    found = element.xpath(f".//*[@itemprop='{name}']")
    return found[0] if found else None


def _row_name(element: Any) -> str:
    name = _itemprop(element, "name")
    return " ".join((name.text_content() if name is not None else "").split()).casefold()


def _row_start(element: Any) -> str:
    start = _itemprop(element, "startDate")
    if start is None:
        return ""
    return str(start.get("content") or start.get("datetime") or start.text_content()).strip()


def _row_text(element: Any) -> str:
    """The element's visible text, without the text of its descriptive properties and nested items."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str):  # a comment or a processing instruction
            if node.tail:
                parts.append(node.tail)
            return
        props = set((node.get("itemprop") or "").split())
        if node is not element and (props & _NOT_ROW_TEXT or node.get("itemscope") is not None):
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag.lower() in {"script", "style"}:
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    return " ".join(" ".join(parts).split())
