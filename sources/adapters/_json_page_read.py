"""A CMS's events page inside a JSON answer, read as a page wherever a JSON answer is read (left33).

left32's ``_json_page_bodies`` finds a WordPress-style answer whose "Events" page holds its events only in its HTML
body; it was wired only in ``sources.extraction`` (``extract --kind auto``). A configured ``json_api`` source that
fetches such an answer (``/wp-json/wp/v2/pages?slug=events`` with a mapping whose start path finds nothing in a
page, or whose ``items`` path is not there) got no events. Both now ask ``page_reading``: the body read by the page
reader under the answer's context (so the records keep the source's name), only its events on or after the item's
last edit (``since_edit``), with a note saying so.

The json_api adapter asks only when its configured reading of the first page gives no event at all (every item
rejected, or its items' path not found): an answer the mapping reads stays as it is read.

left34: every events page (and events section) of the answer is read, each at its own link, one event listed on two
of them kept once; an answer the adapter has already loaded is looked at as it is, not written out and read again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sources.adapters import registry
from sources.adapters._json_page_bodies import PageBody, events_pages, loaded, own_named, since_edit
from sources.adapters.base import AdapterContext, AdapterError, ParsedRecord, RawEvent

if TYPE_CHECKING:
    from sources.adapters.json_api import JsonApiAdapter

PAGE_BODY = "no reader takes the JSON answer; its events page's HTML body is read as a page (_json_page_bodies)"
PAGE_ADAPTER = "html"


@dataclasses.dataclass
class PageReading:
    """What the events page gave: its records, the page reader's notes (the first says the body was read) and the
    page's address (the events' base)."""

    records: list[ParsedRecord]
    notes: list[str]
    link: str | None


def page_reading(payload: bytes | Any, context: AdapterContext, *, own_link: bool = True) -> PageReading | None:
    """The events pages of a JSON answer (bytes, or the document already loaded) read as pages, each at its own
    link (else, or with ``own_link`` false, at the context's address), or None when the answer holds none. The page
    reader's errors are the caller's, as any reader's are."""
    pages = events_pages(loaded(payload) if isinstance(payload, bytes) else payload)
    if not pages:
        return None
    readings = [_read(page, context, own_link) for page in pages]
    notes = [PAGE_BODY, *dict.fromkeys(note for reading in readings for note in reading.notes[1:])]
    return PageReading(_once([record for reading in readings for record in reading.records]), notes, readings[0].link)


def _once(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """One event listed on two of the answer's pages (an "Events" page and a home page's "Upcoming events"): once."""
    seen: set[tuple[str, Any]] = set()
    kept = []
    for record in records:
        key = (record.title, record.start) if isinstance(record, RawEvent) else None
        if key is None or key not in seen:
            kept.append(record)
        if key is not None:
            seen.add(key)
    return kept


def _read(page: PageBody, context: AdapterContext, own_link: bool) -> PageReading:
    base = page.link if page.link is not None and (own_link or context.base_url is None) else context.base_url
    reader = registry.get(PAGE_ADAPTER)(config={}, context=dataclasses.replace(context, base_url=base))
    records = own_named(since_edit(list(reader.parse(page.html)), page), page)  # no event named "Events" (review38)
    return PageReading(records, [PAGE_BODY, *reader.notes], base)


def or_page(
    adapter: JsonApiAdapter, items_of: Callable[[], list[Any]], base_url: str, document: Any
) -> tuple[list[Any], list[ParsedRecord]]:
    """A configured json_api reading of one answer (its items and records), or, when it gives no event at all (its
    items' path not found, or every item rejected), the answer's events page's: no items then (nothing to page on)
    and its records, its notes added to the adapter's. An answer with no events page keeps its reading (or its
    error)."""
    try:
        items = items_of()
        records = list(adapter._records(items, base_url=base_url))
    except AdapterError:
        if (reading := page_reading(document, adapter.context)) is None:
            raise
        adapter.notes.extend(reading.notes)
        return [], reading.records
    if any(isinstance(record, RawEvent) for record in records):
        return items, records
    if (reading := page_reading(document, adapter.context)) is None:
        return items, records
    adapter.notes.extend(reading.notes)
    return [], reading.records
