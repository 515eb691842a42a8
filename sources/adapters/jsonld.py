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

import copy
import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import extruct
import lxml.etree
import lxml.html
from cssselect import SelectorError
from extruct.jsonld import JsonLdExtractor
from extruct.xmldom import XmlDomHTMLParser

from sources.adapters._calendar_links import ICS, LinkedEvent, page_calendar_links
from sources.adapters._feed_guard import is_feed_document
from sources.adapters._jsonld_broadcasts import broadcast_events
from sources.adapters._jsonld_midnight import day_from_midnight
from sources.adapters._jsonld_repair import mended_items
from sources.adapters._md_data_start import with_data_starts
from sources.adapters._mf_implied_name import with_implied_names
from sources.adapters._mf_text_start import with_text_starts
from sources.adapters._mf_value_title import with_value_titles
from sources.adapters._page_doors_evidence import show_not_doors
from sources.adapters._page_evidence import MAX_EVENTS, PageText, check_start, sightings
from sources.adapters._page_head_event import own_head_event
from sources.adapters._page_microdata_rows import MICRODATA, from_rows
from sources.adapters._page_single_url import single_event_tidied
from sources.adapters._schemaorg import (
    EventReader,
    Page,
    find_events,
    find_hevents,
    first,
    index_nodes,
    rdfa_events,
)
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
from sources.adapters.html import GenericPageAdapter
from sources.adapters.ics import ICalendarAdapter
from sources.adapters.registry import register
from sources.adapters.webpage import (
    absolute_url,
    decode_page,
    finalize,
    html_tree,
    looks_like_html,
    moment_key,
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
CALENDAR_FAILED = "Could not read the linked calendar {link}: {error}"
READ_AS_TEXT = (
    "The structured data on {page} held no usable event; its text was read instead (a guess, with confidence)."
)

DEFAULT_MAX_PAGES = 50
MAX_CALENDARS = 3  # linked .ics files read per page: a page's own export, not a crawl of calendars

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
_CANONICAL = lxml.etree.XPath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
_ITEMREF_ELEMENTS = lxml.etree.XPath("//*[@itemref and @class and not(@itemscope)]")
# Elements copied in for itemref includes on one page: a page's shared time or place is a few elements.
MAX_INCLUDED_NODES = 2_000
INCLUDES_CAPPED = "itemref includes stopped at %d copied elements"
# Names of the syntaxes, as moderators read them in a correction's note.
JSONLD, RDFA, MICROFORMATS = "JSON-LD", "RDFa", "h-event markup"


# --- extraction --------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class Extracted:
    events: list[dict[str, Any]]
    nodes: dict[str, dict[str, Any]]
    broken_blocks: int
    syntaxes: list[str]  # the syntax each event came from, in the same order
    tree: Any


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
    found = [
        (JSONLD, [*find_events(jsonld), *broadcast_events(jsonld)]),  # a schedule's airings (_jsonld_broadcasts)
        (MICRODATA, list(find_events(syntax_items(with_data_starts(tree), "microdata", base)))),  # _md_data_start
        (RDFA, rdfa_events(syntax_items(tree, "rdfa", base))),
        # As text, not bytes: mf2py would decode bytes by the page's <meta charset>, which may be stale.
        (MICROFORMATS, list(find_hevents(syntax_items(microformat_text(text), "microformat", base)))),
    ]
    events = [event for _, events in found for event in events]
    syntaxes = [syntax for syntax, events in found for _ in events]
    return Extracted(events=events, nodes=nodes, broken_blocks=broken, syntaxes=syntaxes, tree=tree)


def microformat_text(text: str) -> str:
    """The page as the microformats pass reads it: includes copied in, an unnamed vevent's implied name
    (_mf_implied_name), value-titles readable (_mf_value_title)."""
    return with_value_titles(with_implied_names(with_text_starts(with_includes(text))))


def with_includes(text: str) -> str:
    """hCalendar's include pattern: an event whose ``itemref`` names elements elsewhere on the page (a
    shared time or place) reads them as its own. mf2py does not, so the named elements are copied in.

    Bounded, because chained references multiply: each element copies a target once however often it
    names it; a target that itself receives copies (or holds an element that does) is not copied, so a
    chain cannot grow tenfold per level; and at most ``MAX_INCLUDED_NODES`` elements are copied per page.
    """
    if "itemref" not in text:
        return text
    tree = html_tree(text)
    plan = [(element, include_targets(tree, element)) for element in _ITEMREF_ELEMENTS(tree)]
    receivers = {element for element, targets in plan if targets}
    copied = 0
    for element, targets in plan:
        for target in targets:
            if any(node in receivers for node in target.iter()):
                continue
            size = sum(1 for _ in target.iter())
            if copied + size > MAX_INCLUDED_NODES:
                logger.info(INCLUDES_CAPPED, MAX_INCLUDED_NODES)
                return lxml.html.tostring(tree, encoding="unicode")
            included = copy.deepcopy(target)
            included.attrib.pop("id", None)
            element.append(included)
            copied += size
    return lxml.html.tostring(tree, encoding="unicode") if copied else text


def include_targets(tree: Any, element: Any) -> list[Any]:
    """The distinct elements an ``itemref`` names (at most 10), leaving out the element itself and its
    ancestors."""
    targets: list[Any] = []
    for ident in dict.fromkeys(element.get("itemref").split()[:10]):
        target = next(iter(tree.xpath("//*[@id=$ident]", ident=ident)), None)
        if target is None or target is element or element in target.iterancestors() or target in targets:
            continue
        targets.append(target)
    return targets


def jsonld_items(tree: Any) -> tuple[list[Any], int]:
    items: list[Any] = []
    broken = 0
    for script in _JSONLD_SCRIPTS(tree):
        try:
            items.extend(JsonLdExtractor().extract_items(script))
        except (ValueError, RecursionError):
            text = script.text_content() or ""
            repaired = mended_items(text)  # a template's slips: a comment, a trailing comma, 04109, bare quotes
            items.extend(repaired)
            broken += not repaired and bool(_EVENT_WORD.search(text))
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


def check_against_page(
    records: list[ParsedRecord], extracted: Extracted, page: Page, linked: list[LinkedEvent]
) -> None:
    """Each event's start checked against what its page shows (``_page_evidence``), and the event's own page
    URL kept: a single-event page's canonical URL (or og:url, or the page's) when the data gives none."""
    events = [
        (record, node, syntax)
        for record, node, syntax in zip(records, extracted.events, extracted.syntaxes, strict=False)
        if isinstance(record, RawEvent)
    ]
    # One event described in several syntaxes (JSON-LD and microdata) is still a single-event page.
    only_event = len({(record.title.casefold(), moment_key(record.start)) for record, _, _ in events}) == 1
    if only_event:
        url = own_url(extracted.tree, page)
        for record, _, _ in events:
            record.url = record.url or url
            single_event_tidied(
                record, url, extracted.tree, page.base
            )  # a Zoom link for its url, "6:00 PM …" titles (_page_single_url)
    from_rows(events, extracted.tree, page.base)
    if page.zone is None or not events or len(events) > MAX_EVENTS:
        return
    text = PageText(extracted.tree)
    links = page_calendar_links(extracted.tree, base_url=page.base, zone=page.zone) + linked
    for record, node, syntax in events:
        found = sightings(record, page=text, links=links, zone=page.zone, only_event=only_event)
        check_start(record, raw_start=first(node.get("startDate")), syntax=syntax, found=found, zone=page.zone)
        if only_event:  # the data's doors' time when the page names the show's (_page_doors_evidence)
            show_not_doors(record, tree=extracted.tree, zone=page.zone, syntax=syntax)
        day_from_midnight(record, node=node, tree=extracted.tree, zone=page.zone)


def own_url(tree: Any, page: Page) -> str | None:
    for candidate in _CANONICAL(tree):
        url = absolute_url(str(candidate), page.base)
        if url:
            return without_fragment(url)
    return page.url


def calendar_event(event: RawEvent, href: str) -> LinkedEvent:
    return LinkedEvent(
        kind=ICS,
        href=href,
        title=event.title,
        start=event.start,
        end=event.end,
        all_day=event.all_day,
        timezone=event.timezone,
        location=event.venue_name,
    )


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
        if not looks_like_html(payload) or is_feed_document(payload):
            return False  # a feed whose items quote h-event markup is the feed reader's (_feed_guard)
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

    def parse_page(
        self,
        payload: bytes,
        page: Page,
        content_type: str | None = None,
        linked: list[LinkedEvent] | None = None,
    ) -> list[ParsedRecord]:
        """One page's events, checked against what the page shows (and ``linked``: its fetched calendars)."""
        text = decode_page(payload, content_type)
        extracted = extract_events(text, page.base)
        reader = EventReader(source=self.context.source, page=page, nodes=extracted.nodes)
        records = [read_event(reader, node, index) for index, node in enumerate(extracted.events)]
        check_against_page(records, extracted, page, linked or [])
        if not self.following:  # on a crawl each detail page is read for its own structured events
            own = own_head_event(
                text,
                records,
                page_url=page.url,
                source=self.context.source,
                zone=page.zone or dt.UTC,
                today=self.context.window.start.date(),
            )
            records += [own] if own is not None else []
        # Not on a crawl: there a listing page without events of its own is what leads to the detail pages.
        if not self.following and not any(isinstance(record, RawEvent) for record in records):
            text_records = self.read_as_text(payload, page)
            if text_records:
                return text_records
        if extracted.broken_blocks:
            records.append(RejectedRecord(external_id=f"{page.url or 'page'}#json-ld", reason=BROKEN_JSONLD))
        return finalize(records)

    def read_as_text(self, payload: bytes, page: Page) -> list[ParsedRecord]:
        """A page whose structured data gave no usable event (a node without a name or a start, markup for
        something else) read as a page without it, so the events its text shows are not lost. Empty when
        that reading finds no event either."""
        context = dataclasses.replace(self.context, base_url=page.url or page.base)
        records = list(GenericPageAdapter(config={}, context=context).parse(payload))
        if not any(isinstance(record, RawEvent) for record in records):
            return []
        self.notes.append(READ_AS_TEXT.format(page=page.url or "the page"))
        return records

    def read_page(self, payload: bytes, page: Page, content_type: str | None = None) -> list[ParsedRecord]:
        """A page read while following links: its linked ``.ics`` calendars are fetched too, as evidence for
        its structured events, or as its events when it has none of its own."""
        calendars = self.linked_calendars(payload, page, content_type)
        linked = [event for _, event in calendars]
        records = self.parse_page(payload, page, content_type, linked=linked)
        if not any(isinstance(record, RawEvent) for record in records):
            records += finalize([record for record, _ in calendars])
        return records

    def linked_calendars(
        self, payload: bytes, page: Page, content_type: str | None = None
    ) -> list[tuple[RawEvent, LinkedEvent]]:
        """The events of the ``.ics`` files the page links to (at most MAX_CALENDARS), fetched through the
        source's HTTP client; one that cannot be read is a note on the run."""
        tree = html_tree(decode_page(payload, content_type))
        links = [link for link in page_calendar_links(tree, base_url=page.base) if link.kind == ICS]
        found: list[tuple[RawEvent, LinkedEvent]] = []
        for link in links[:MAX_CALENDARS]:
            try:
                content = self.http.get(link.href).content
                calendar = ICalendarAdapter(config={}, context=self.context)
                events = [record for record in calendar.parse(content) if isinstance(record, RawEvent)]
            except (FetchError, AdapterError) as exc:
                self.notes.append(CALENDAR_FAILED.format(link=link.href, error=exc))
                continue
            found += [(event, calendar_event(event, link.href)) for event in events]
        return found

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
        has_events = any(isinstance(record, RawEvent) for record in records)
        links = self.links(payload, page, has_events=has_events)
        if not links:
            # Its linked calendars only when no detail page is read: a listing's "Subscribe (.ics)" is the
            # whole calendar, and read beside the detail pages it gave every event twice in one source.
            records = self.read_page(payload, page)
        yield from records
        for link in links:
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
            yield from self.read_page(response.content, page, response.headers.get("content-type"))
        except (FetchError, AdapterError) as exc:
            self.notes.append(PAGE_FAILED.format(link=link, error=exc))
