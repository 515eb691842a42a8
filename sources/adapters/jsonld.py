"""Web pages that describe their events as structured data: schema.org (JSON-LD, microdata, RDFa) and h-event.

extruct reads each syntax; every schema.org ``Event`` subtype counts (TheaterEvent, MusicEvent, Festival…),
wherever it sits: top level, ``@graph``, arrays, an ItemList, a Place's ``event``, nested ``subEvent``s.
RDFa and microformats are first turned into the same schema.org shape, so one mapping reads them all.

Times are ISO 8601 as schema.org requires: a date alone is an all-day event, a time without offset is
read in the source's timezone. Ids: the event's ``@id``, else its URL, else the page URL with a digest of
the event's name and start (not its position, which shifts when the venue adds an event at the top).
Several performances sharing one URL get "@<start in UTC>" appended (see ``webpage.finalize``).
The schema.org vocabulary, the walk through the structured data and the mapping to RawEvents are in
``_schemaorg``; this module reads the page (extruct), recognises it, and follows listing links.

Listing pages: with ``follow`` (a CSS selector for links to detail pages), or ``follow_links: true`` on
a page with no events of its own, the linked pages on the same host are fetched (at most ``max_pages``)
and read too.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import extruct
import lxml.etree
from cssselect import SelectorError
from extruct.jsonld import JsonLdExtractor
from extruct.xmldom import XmlDomHTMLParser

from sources.adapters._schemaorg import EventReader, Page, find_events, find_hevents, index_nodes, rdfa_events
from sources.adapters.base import (
    COMPLETE_FIELD,
    MAX_PAGES_FIELD,
    PATH_FIELD,
    RECORD_ERRORS,
    URL_FIELD,
    Adapter,
    AdapterError,
    ConfigField,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.registry import register
from sources.adapters.webpage import (
    absolute_url,
    decode_page,
    finalize,
    html_tree,
    looks_like_html,
    page_bytes,
    same_host,
    without_fragment,
)
from sources.fetching import FetchError

logger = logging.getLogger(__name__)

BAD_EVENT = "The event could not be read ({error})."
BROKEN_JSONLD = "A JSON-LD block that mentions an event is not valid JSON; its events were skipped."
PAGE_FAILED = "Could not read the linked page {link}: {error}"
BAD_SELECTOR = "The 'follow' CSS selector {selector!r} is not valid: {error}"
BAD_MAX_PAGES = "'max_pages' must be a whole number, not {value!r}."

DEFAULT_MAX_PAGES = 50

_FILE_LINK = re.compile(r"\.(?:pdf|jpe?g|png|gif|webp|svg|zip|ics|mp3|mp4|docx?|xlsx?|pptx?)$", re.IGNORECASE)
_JSONLD_SCRIPTS = lxml.etree.XPath('descendant-or-self::script[@type="application/ld+json"]')
_EVENT_WORD = re.compile(r"Event|Festival", re.IGNORECASE)
# Cheap checks on the raw bytes for ``extract --kind auto``.
_LD_EVENT = re.compile(
    rb'"@type"\s*:\s*(?:\[[^\]]*?)?"(?:[^"]*[/:])?[A-Za-z]*(?:Event|Festival|Hackathon|CourseInstance)"'
)
_ITEMTYPE_EVENT = re.compile(rb"itemtype\s*=\s*[\"']?https?://schema\.org/[A-Za-z]*(?:Event|Festival)\b", re.I)
_RDFA_EVENT = re.compile(rb"typeof\s*=\s*[\"'][^\"']*?\b(?:schema:)?[A-Za-z]*(?:Event|Festival)\b")
# h-event, or hCalendar's "vevent", which mf2py reads as h-event.
_HEVENT = re.compile(rb"class\s*=\s*[\"']?[^\"'>]*?\b(?:h-event|vevent)\b", re.I)


# --- extraction --------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class Extracted:
    events: list[dict[str, Any]]
    nodes: dict[str, dict[str, Any]]
    broken_blocks: int


def extract_events(text: str, base: str | None) -> Extracted:
    """The page's event nodes in schema.org shape: JSON-LD first (usually the richest), then the rest.

    Each syntax is read on its own, so a page whose RDFa trips rdflib still gives its JSON-LD; and each
    JSON-LD block on its own, so one malformed block (a trailing comma in a plugin's output) does not
    hide the page's other blocks.
    """
    # extruct's own parser class: its RDFa reader needs the DOM-like API this parser adds to elements.
    tree = html_tree(text, XmlDomHTMLParser(encoding="UTF-8"))
    jsonld, broken = jsonld_items(tree)
    nodes: dict[str, dict[str, Any]] = {}
    index_nodes(jsonld, nodes)
    events = list(find_events(jsonld))
    events += find_events(syntax_items(tree, "microdata", base))
    events += rdfa_events(syntax_items(tree, "rdfa", base))
    # As text, not bytes: mf2py would decode bytes by the page's <meta charset>, which may be stale.
    events += find_hevents(syntax_items(text, "microformat", base))
    return Extracted(events=events, nodes=nodes, broken_blocks=broken)


def jsonld_items(tree: Any) -> tuple[list[Any], int]:
    items: list[Any] = []
    broken = 0
    for script in _JSONLD_SCRIPTS(tree):
        try:
            items.extend(JsonLdExtractor().extract_items(script))
        except (ValueError, RecursionError):
            broken += bool(_EVENT_WORD.search(script.text_content() or ""))
    return items, broken


def syntax_items(document: Any, syntax: str, base: str | None) -> list[Any]:
    try:
        output = extruct.extract(document, base_url=base, syntaxes=[syntax], uniform=True)
    except Exception as exc:  # noqa: BLE001 - a parser failing on one page's markup loses that syntax, not the page
        logger.info("could not read %s on %s: %s", syntax, base, type(exc).__name__)
        return []
    return list(output.get(syntax) or [])


def read_event(reader: EventReader, node: dict[str, Any], index: int) -> ParsedRecord:
    """One event node; a node that cannot be read (hostile values) is one rejected record, not a failed page."""
    try:
        return reader.record(node)
    except RECORD_ERRORS as exc:
        ident = node.get("@id") if isinstance(node.get("@id"), str) else None
        external_id = ident or f"{reader.page.url or 'page'}#event-{index}"
        return RejectedRecord(external_id=external_id, reason=BAD_EVENT.format(error=type(exc).__name__), raw=node)


def is_page(url: str) -> bool:
    """Not a file download: a PDF programme or an image is not a page to read events from."""
    return not _FILE_LINK.search(urlsplit(url).path)


# --- the adapter -------------------------------------------------------------------------------
@register
class StructuredPageAdapter(Adapter):
    name = "jsonld"
    label = "Web page with schema.org / microformats"
    source_kind = "web_page"
    config_needs_location = True
    config_fields = (
        URL_FIELD,
        PATH_FIELD,
        ConfigField(
            key="follow",
            label="Follow links (CSS selector)",
            help_text="Links to detail pages on the same host, fetched and read too (a listing page).",
        ),
        ConfigField(
            key="follow_links",
            label="Follow all links",
            kind="bool",
            help_text="On a page with no events of its own, read the same-host pages it links to.",
        ),
        MAX_PAGES_FIELD,
        COMPLETE_FIELD,
    )
    # A page shows every event it has, so one that disappears from it was withdrawn. Not so when following
    # links (see is_complete): a detail page that failed to load would look like a cancellation.
    complete_listing = True
    sniff_priority = 40

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        if not looks_like_html(payload):
            return False
        payload = page_bytes(payload)
        if b"application/ld+json" in payload and _LD_EVENT.search(payload):
            return True
        return any(pattern.search(payload) for pattern in (_ITEMTYPE_EVENT, _RDFA_EVENT, _HEVENT))

    @property
    def following(self) -> bool:
        return bool(self.config.get("follow") or self.config.get("follow_links"))

    def is_complete(self) -> bool:
        """Whether this source's runs list every event it has (only a single page, not a crawl)."""
        return super().is_complete() and not self.following

    def page_url(self) -> str | None:
        return self.context.base_url or self.config.get("url") or None

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        url = self.page_url()
        yield from self.parse_page(payload, Page(url=url, base=url, zone=self.context.default_timezone))

    def parse_page(self, payload: bytes, page: Page, content_type: str | None = None) -> list[ParsedRecord]:
        text = decode_page(payload, content_type)
        extracted = extract_events(text, page.base)
        reader = EventReader(source=self.context.source, page=page, nodes=extracted.nodes)
        records = [read_event(reader, node, index) for index, node in enumerate(extracted.events)]
        if extracted.broken_blocks:
            records.append(RejectedRecord(external_id=f"{page.url or 'page'}#json-ld", reason=BROKEN_JSONLD))
        return finalize(records)

    # --- listing pages ---------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        if not self.following:
            yield from super().fetch()
            return
        url = self.page_url()
        page = Page(url=url, base=url, zone=self.context.default_timezone)
        if self.config.get("url") and url:
            # Not a conditional GET: the listing may be unchanged while its detail pages changed.
            response = self.http.get(url)
            payload, page = response.content, dataclasses.replace(page, base=response.url)
        else:
            payload = self.fetch_payload()
        records = self.parse_page(payload, page)
        yield from records
        has_events = any(isinstance(record, RawEvent) for record in records)
        for link in self.links(payload, page, has_events=has_events):
            yield from self.read_linked_page(link)

    def max_pages(self) -> int:
        value = self.config.get("max_pages", DEFAULT_MAX_PAGES)
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            raise AdapterError(BAD_MAX_PAGES.format(value=value)) from None

    def links(self, payload: bytes, page: Page, *, has_events: bool) -> list[str]:
        """Detail pages to read: same host as the listing, without repeats, at most ``max_pages``."""
        selector = self.config.get("follow")
        if not page.url or (not selector and has_events):
            return []
        tree = html_tree(decode_page(payload))
        try:
            elements = tree.cssselect(str(selector)) if selector else tree.iter("a")
        except SelectorError as exc:
            raise AdapterError(BAD_SELECTOR.format(selector=selector, error=exc)) from exc
        listing = without_fragment(page.url)
        found: list[str] = []
        for element in elements:
            anchor = element if element.get("href") is not None else next(element.iterfind(".//a[@href]"), None)
            link = absolute_url(anchor.get("href") if anchor is not None else None, page.base)
            link = without_fragment(link) if link else None
            if link and link not in found and link != listing and same_host(link, listing) and is_page(link):
                found.append(link)
        return found[: self.max_pages()]

    def read_linked_page(self, link: str) -> Iterator[ParsedRecord]:
        """One detail page's events; a page that cannot be read is a note on the run, the others still count."""
        try:
            response = self.http.get(link)
            page = Page(url=link, base=response.url, zone=self.context.default_timezone)
            yield from self.parse_page(response.content, page, response.headers.get("content-type"))
        except (FetchError, AdapterError) as exc:
            self.notes.append(PAGE_FAILED.format(link=link, error=exc))
