"""Helpers the web page adapters share (``jsonld`` and ``html``): decoding, links, text, times and ids. Pure.

Everything read from a page is untrusted. Text values leave here as plain text (control characters and
lone surrogates dropped first, as the HTML cleaner cannot take them; tags, scripts and styles removed,
entities decoded), and links only as absolute http(s) URLs: ``javascript:``, ``data:`` and
other schemes are dropped, so nothing taken from a page can be evaluated later as markup or script.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import re
import zoneinfo
from collections.abc import Iterable
from typing import Any
from urllib.parse import urldefrag, urlsplit

import lxml.etree
import lxml.html
from w3lib.encoding import html_to_unicode

from events import statuswords
from events.text import plain_text
from sources.adapters._api import sniffed_json
from sources.adapters._leading_scripts import after_leading_scripts
from sources.adapters._page_at_places import listing_title_places
from sources.adapters._page_front_matter import after_front_matter_bytes, front_matter_marked
from sources.adapters._page_legal_citations import without_citations
from sources.adapters._page_not_places import says_only_when
from sources.adapters._page_other_runs import other_place, other_run, place_id, run_id
from sources.adapters._page_record_titles import record_rows
from sources.adapters._page_template_entries import without_placeholders
from sources.adapters._place_split import venue_and_address
from sources.adapters._place_tails import place_without_tail, refers_elsewhere
from sources.adapters.base import AdapterError, ParsedRecord, RawEvent
from sources.adapters.common import absolute_url
from sources.decoding import decode_document, sniff_bom, strip_controls

__all__ = ("absolute_url",)  # re-exported: the page adapters import their helpers from here

EMPTY_PAGE = "The page is empty."
NOT_HTML = "Not an HTML page: no HTML markup found."

# A document is HTML if one of these tags appears early on; cheap enough for sniffing. A bare <table> counts: a
# page's schedule is often served as the fragment a script inserts (no <html>, no <body>, one table of rows). So
# does a JSON-LD block: a detail page's fragment may open with its <script type="application/ld+json">.
_HTML_TAG = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|main|article|section|ul|table)\b"
    rb"|<script\b[^>]{0,200}?application/ld\+json"
    # a fragment that opens with a heading, a paragraph or a definition list ("<h1>Konsertit</h1><h3>…", a feed
    # item's "<h3 class=\"subtitle\">…<b>2025年9月9日</b>", a listing's "<dt class=\"vevent\">…" cut from its <dl>):
    # HTML, as a page's body would be; only as its first tag,
    # so a text that merely mentions a "<p>" further on is not taken for a page. The comments are taken whole and
    # once ("*+"): tried again in other groupings, a run of them with no tag after would take 2^n steps.
    # A fragment that is only an inline script (a widget's hydration data saved without its page: "<script>window.x
    # = {…}</script>") is a page too, its first tag the script: the page reader reads what the script assigns. Not a
    # script that loads a file ("<script src=…>"): what follows it is a program's text, not a page's.
    rb"|\A\s*(?:<!--.*?-->\s*)*+<(?:(?:h[1-6]|p|dl|dt|ol)\b|script\b(?![^>]{0,200}?\bsrc\s*=))",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_BYTES = 65_536
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# A string that holds markup: a start or end tag ("<div class=\"event\">", "</a>"), not "<3" nor "a < b".
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def page_bytes(payload: bytes) -> bytes:
    """A page with a byte-order mark (UTF-16 from some Windows tools) as UTF-8, for the byte-level sniffing."""
    if sniff_bom(payload)[0] is None:
        return payload
    return decode_document(payload).encode("utf-8")


def looks_like_html(payload: bytes) -> bool:
    """Whether the payload is a page or a page's fragment (_HTML_TAG). A document that opens with scripts (not
    JSON-LD) and holds no markup after them ("<script>…</script>" then "BEGIN:VCALENDAR", JSON or code) is none: its
    body is another kind (_leading_scripts). A fragment that is only a script is still a page."""
    head = after_front_matter_bytes(page_bytes(payload[:_SNIFF_BYTES]))  # a static site's source (_page_front_matter)
    if not _HTML_TAG.search(head):
        return False
    rest = after_leading_scripts(head)
    if rest is None or b"application/ld+json" in head[: len(head) - len(rest)].lower():
        return True
    return _HTML_TAG.search(rest) is not None


def json_markup(payload: bytes) -> str | None:
    """The page a JSON document carries in its strings (DataTables' ``aaData`` rows of cells, an AJAX answer's
    ``"html"`` field), as one HTML document; None when the payload is not JSON or none of its strings holds
    markup. Read as HTML text, such a document would give the page reader its escaped quotes (``href=\\"/e/1\\"``)
    as part of every link. Each object and each list item becomes a block in document order, so a row of cells
    stays one row; a string with tags goes in as markup, any other string as escaped text, numbers and keys not
    at all."""
    data = sniffed_json(page_bytes(payload), (b"{", b"["))
    if data is None:
        return None
    parts: list[str] = []
    markup = False
    stack: list[Any] = [data]
    while stack:  # iterative: a deep document costs a loop, not the interpreter's stack
        value = stack.pop()
        if isinstance(value, tuple):  # a block's own tag (json.loads makes no tuples)
            parts.append(value[0])
        elif isinstance(value, str):
            tagged = _MARKUP.search(value) is not None
            parts.append(value if tagged else html.escape(value))
            markup = markup or tagged
        elif isinstance(value, dict | list):
            items = value.values() if isinstance(value, dict) else value
            stack.append(("</div>\n",))
            stack.extend(reversed([*items]))
            stack.append(("<div>",))
    if not markup:
        return None
    return "".join(parts)


def decode_page(payload: bytes, content_type: str | None = None) -> str:
    """The page's text, in the encoding a browser would pick (BOM, Content-Type, <meta charset>, UTF-8).

    A byte-order mark wins over everything else, as in browsers. Raises AdapterError for an empty payload
    or one that is not HTML at all.
    """
    if not payload.strip():
        raise AdapterError(EMPTY_PAGE)
    if (carried := json_markup(payload)) is not None:
        return carried
    if not looks_like_html(payload):
        raise AdapterError(NOT_HTML)
    if sniff_bom(payload)[0] is not None:
        text = decode_document(payload)
    else:
        _encoding, text = html_to_unicode(content_type, payload)
    # Decoded now, so its encoding declaration is stale, and lxml refuses text that still carries one.
    return front_matter_marked(_XML_DECLARATION.sub("", text, count=1))  # a static site's source (_page_front_matter)


def html_tree(text: str, parser: lxml.html.HTMLParser | None = None) -> Any:
    """The page's element tree. Text goes in re-encoded as UTF-8 so a stale <meta charset> cannot mislead lxml."""
    parser = parser or lxml.html.HTMLParser(encoding="utf-8")
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise AdapterError(NOT_HTML) from exc


def same_host(url: str, page_url: str) -> bool:
    """Whether ``url`` is on the page's host (the scheme and port may differ: http → https is the same site)."""
    host = urlsplit(url).hostname
    return host is not None and host == urlsplit(page_url).hostname


def without_fragment(url: str) -> str:
    return urldefrag(url)[0]


def clean_text(value: object) -> str | None:
    """One line of plain text (titles, names), or None when nothing is left."""
    if value is None or isinstance(value, bool):
        return None
    text = _SPACES.sub(" ", plain_text(strip_controls(str(value)))).strip()
    return text or None


def clean_paragraphs(value: object) -> str | None:
    """Plain text keeping line breaks (descriptions), or None when nothing is left."""
    if value is None or isinstance(value, bool):
        return None
    return plain_text(strip_controls(str(value))) or None


def in_zone(moment: dt.datetime | dt.date, zone: zoneinfo.ZoneInfo | None) -> tuple[dt.datetime | dt.date, str | None]:
    """The time in the source's zone when it is that zone's offset at that moment, with the zone's name.

    A page gives fixed offsets ("+01:00"), not zone names; the source's zone is named only when it agrees,
    so a London venue's page is read as Europe/London but a page in another zone keeps its bare offset.
    """
    if zone is None:
        return moment, None
    if not isinstance(moment, dt.datetime):
        return moment, zone.key
    local = moment.astimezone(zone)
    if local.utcoffset() == moment.utcoffset():
        return local, zone.key
    return moment, None


def utc_key(moment: dt.date) -> str:
    """An occurrence's start in UTC (ISO), or its date for all-day events: the suffix of repeated ids."""
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()


def fallback_id(page_url: str | None, title: str | None, start: dt.date | None) -> str:
    """The id of an event with neither @id nor URL: the page plus a digest of what the event is.

    Not the event's position on the page: one event added at the top would renumber all the others,
    and the sync would see each of them "moved" to another event's date.
    """
    moment = utc_key(start) if start is not None else ""
    digest = hashlib.sha256(f"{(title or '').casefold()}|{moment}".encode(errors="surrogatepass")).hexdigest()[:16]
    return f"{page_url or 'page'}#event-{digest}"


def moment_key(moment: dt.date) -> str:
    """A start as one moment, however its offset is written: "2015-07-11T16:30:00+00:00" (a page's microdata) and
    "2015-07-11T09:30:00-07:00" (its h-event) are one key. A date, or a time with no offset, as it is written."""
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        return utc_key(moment)
    return moment.isoformat()


def finalize(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """One page's records, with repeats merged and shared ids made unique, and a listing's places written after
    its titles' at signs read (_page_at_places); none titled only by a record's label (_page_record_titles).

    The same event described twice (a plugin's JSON-LD summary and the page's microdata) is kept once:
    the first description, completed with what the later one adds. Several performances that share one
    URL (a show page) each get "@<start in UTC>" after that URL, the occurrence id of docs/event-format.md.
    """
    kept: list[ParsedRecord] = []
    seen: dict[tuple[str, str], list[RawEvent]] = {}
    records = without_citations(records)  # "DECRETO-LEGGE 25 marzo 2020, n. 19": a law's date (_page_legal_citations)
    records = without_placeholders(records)  # "Waldweihnacht für Kinder (Platzhalter)" (_page_template_entries)
    for record in record_rows(records):  # "Born", "Half term", "Garden waste": a record's label (_page_record_titles)
        if isinstance(record, RawEvent):
            key = (record.title.casefold(), moment_key(record.start))  # one instant, any offset
            runs = seen.setdefault(key, [])  # more than one: runs from one day that end apart (_page_other_runs)
            same = next((run for run in runs if not other_run(run, record) and not other_place(run, record)), None)
            if same is not None and not own_pages(same, record):
                merge(same, record)
                continue
            if same is None and runs and any(run.external_id == record.external_id for run in runs):
                two_runs = any(other_run(run, record) for run in runs)  # else two venues: other_place
                record.external_id = run_id(record) if two_runs else place_id(record)
            runs.append(record)
        kept.append(record)
    for record in kept:
        if isinstance(record, RawEvent):
            _tidy_place(record)
            _no_empty_end(record)
    listing_title_places(kept)  # "Trip [G] @ Campground" on every row, no place elsewhere (_page_at_places)
    counts: dict[str, int] = {}
    for record in kept:
        if isinstance(record, RawEvent):
            counts[record.external_id] = counts.get(record.external_id, 0) + 1
    for record in kept:
        if isinstance(record, RawEvent) and counts[record.external_id] > 1:
            record.external_id = f"{record.external_id}@{utc_key(record.start)}"
    return kept


ZERO_END = "the end read ({end}) is the start itself: no end"


def _no_empty_end(record: RawEvent) -> None:
    """An end that is the start's own instant (a calendar link's "dates=…T200000Z/…T200000Z", a one-day event's end
    day written as its start day) says nothing of when it ends: no end, not a zero-length event."""
    if record.end is not None and type(record.end) is type(record.start) and record.end == record.start:
        record.evidence.append(ZERO_END.format(end=record.end.isoformat()))
        record.end = None


def _tidy_place(record: RawEvent) -> None:
    if record.venue_name:  # "Decatur- Watch the Board Meeting", "the location specified" (_place_tails)
        record.venue_name = None if refers_elsewhere(record.venue_name) else place_without_tail(record.venue_name)
    if record.venue_name and says_only_when(record.venue_name):
        record.venue_name = None  # a date line read as the place ("Venue" over "Sat 14th Mar, 8pm"): no place
    if record.venue_name and not record.city:
        record.city, record.venue_name = town_and_venue(record.venue_name)
    if record.venue_name and not record.address:
        parts = venue_and_address(record.venue_name)  # "The Crown | 12 High Street, Oxford" (_place_split)
        record.venue_name, record.address = parts if parts else (record.venue_name, None)


# A listing's place as a box office writes it, the town in capitals before a colon ("OXFORD: Ultimate Picture
# Palace", "KINGSTON UPON THAMES: The Fighting Cocks", "LONDON : Spice of Life"); not a field's label ("VENUE: …").
TOWN_PREFIX = re.compile(r"(?P<town>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}) ?: (?P<venue>\S.{0,150})")
# A word of a field's label or of where inside a venue, anywhere in the capitals ("NEW VENUE", "MAIN STAGE", "IN
# PERSON"): no town. A status ("CANCELLED", "SOLD OUT") is none either (town_and_venue).
NOT_A_TOWN = re.compile(
    r"\b(?:WHERE|WHEN|VENUE|LOCATION|PLACE|ADDRESS|DATE|TIME|DOORS|SHOW|ROOM|HALL|NOTE|NB|TBA|TBC|FREE|PRICE|TICKETS?"
    r"|ONLINE|VIRTUAL|LIVESTREAM|STREAM|WEBINAR|ZOOM|PERSON|STAGE|FLOOR|LEVEL|UPSTAIRS|DOWNSTAIRS|ENTRANCE|SOLD)\b",
)


def town_and_venue(place: str) -> tuple[str | None, str]:
    """A place written "TOWN: Venue" as its town and its venue ("Oxford", "Ultimate Picture Palace"); else no
    town and the place as it is."""
    found = TOWN_PREFIX.fullmatch(place.strip())
    town = found.group("town") if found is not None else ""
    if found is None or NOT_A_TOWN.search(town) or statuswords.status_of(town) is not None:
        return None, place
    return found.group("town").title(), found.group("venue").strip()


def own_pages(one: RawEvent, other: RawEvent) -> bool:
    """Whether two records of one title and start each link to a page of its own (a listing's two ticket types,
    "/event/206480" and "/event/206481"): two listings, not one event described twice. Their pages are siblings,
    one site's pages under one path; a page elsewhere (a featured card's link to a ticket seller, the event's
    "/tickets/…" beside its "/events/…") is the same event's other page."""
    if not one.url or not other.url:
        return False
    first, second = urlsplit(one.url), urlsplit(other.url)
    (first_parent, _, first_own), (second_parent, _, second_own) = (
        first.path.rstrip("/").rpartition("/"),
        second.path.rstrip("/").rpartition("/"),
    )
    return (first.netloc.lower(), first_parent) == (second.netloc.lower(), second_parent) and first_own != second_own


# Values that say nothing: a later description of the same event may fill them in.
_UNSAID: tuple[object, ...] = (None, "", [], "unknown", "scheduled", False)


def merge(into: RawEvent, other: RawEvent) -> None:
    """Fill what ``into`` leaves unsaid from ``other`` (its id, title and times stay)."""
    for field in dataclasses.fields(RawEvent):
        if field.name in ("source", "external_id", "title", "start", "all_day"):
            continue
        mine = getattr(into, field.name)
        if any(mine is unsaid or mine == unsaid for unsaid in _UNSAID if type(mine) is type(unsaid)):
            setattr(into, field.name, getattr(other, field.name))
