"""What a feed item says beyond RSS/Atom, read by element name whatever its namespace (for ``rss``). Pure.

Event feeds add their own elements: a bare ``<venue>`` or ``<price>``, CivicPlus's ``calendarEvent:EventDates``
and ``EventTimes``, Sidearm's ``s:localstartdate``, BiblioCommons's ``bc:start_date``, W3C ``geo:lat``…
feedparser keeps an element it does not know under ``prefix_localname`` (the document's prefix, lower case),
or under its bare name when it has no namespace, so these are found by local name: a key equal to the name
or ending in ``_name``. Elements of the namespaces the adapter reads precisely (xCal, ``ev:``, ``gd:``) are
found by this too, but only after the adapter's own reading.

Also here: telling an item whose title is only its date ("Saturday, March 2, 2024 8:00 PM"), the title such
an item is given instead, and external ids that stay distinct when every item links to one calendar page.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._feed_when import EDGE_PUNCTUATION, slash_moment
from sources.adapters.base import ParsedRecord, RawEvent

# Local names, most specific first. "date" and "where" are left out: feedparser gives those meanings of its own
# ("where" is read from the item's element: _feed_bare_where). "when" last: a hand-made feed's bare <when>May 21st
# </when> (batch 64), which no feed writes for a post's own date.
START_NAMES = (
    "dtstart", "localstartdate", "startdate", "start_date_local", "start_date", "startdatetime", "start_datetime",
    "eventstartdate", "eventdates", "eventdate", "event_date", "begin", "start", "when",
)  # fmt: skip
END_NAMES = (
    "dtend", "localenddate", "enddate", "end_date_local", "end_date", "enddatetime", "end_datetime", "eventenddate",
    "end",
)  # fmt: skip
TIME_NAMES = ("eventtimes", "eventtime", "event_time", "starttime", "start_time", "starthour", "start_hour")
VENUE_NAMES = ("venue_name", "venuename", "venue", "location_name", "place", "eventlocation", "location")
ADDRESS_NAMES = ("address", "street_address", "streetaddress", "venue_address", "venueaddress")
PRICE_NAMES = ("price", "cost", "admission", "ticket_price", "fee")
LATITUDE_NAMES = ("latitude", "lat")
LONGITUDE_NAMES = ("longitude", "long", "lng", "lon")
PERFORMER_NAMES = ("performer", "performers", "artist", "artists", "headliner", "band")
ORGANIZER_NAMES = ("organizer", "organiser", "host", "presenter")
TYPE_NAMES = ("eventtype", "event_type")

# feedparser's own keys that end like one of the names above but mean something else.
FEEDPARSER_KEYS = frozenset({"published", "updated", "created", "expired", "title", "summary", "content", "link"})

TITLE_LIMIT = 120  # a description's first line longer than this is prose, not a title
# How sure a title made up for an item whose title is only its date is, by where it came from. A record below
# 0.5 is held for a moderator (events/pipeline/decide.py, Policy.extraction_confidence_hold_below).
TITLE_CONFIDENCE = {
    "performer": 0.8,  # a performer element names the act: published
    "description": 0.6,  # a description's short first line is usually the event's name: published
    "channel": 0.4,  # the feed's title names the feed (a venue, a tour), not this event: held
    "venue": 0.4,  # "Event at <venue>" names no event at all: held
}
# An iCalendar event without SUMMARY named by its DESCRIPTION's first line, which is as often "Join Zoom
# Meeting" or a dial-in number as a name: held.
DESCRIPTION_TITLE_CONFIDENCE = 0.4
TITLE_FROM = "the item's title was only its date ({title!r}); title taken from the {origin}"
TITLE_ORIGINS = {
    "performer": "performer element",
    "description": "description's first line",
    "channel": "feed's title",
    "venue": "venue",
}
TITLE_AT_VENUE = "Event at {venue}"

# Two-digit hours, as read_moment reads them: a title taken for a date must be one the adapter can read.
_ISO_TITLE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# A tag is "<" up to the next ">" with no "<" inside: a run of unclosed "<" (a hostile item's text) is then read
# once, not once per "<" to the end of the value (quadratic); "a < b <i>x</i>" loses only its tags.
_TAG = re.compile(r"<[^<>]*>")
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_EDGE_PUNCTUATION = EDGE_PUNCTUATION


def local_value(entry: Mapping[str, Any], names: Iterable[str]) -> str | None:
    """The text of the first element with one of these local names (any namespace prefix), else None. Text with
    no letter or digit ("-", "—": a plugin's placeholder for a location left empty) is no value."""
    found = local_item(entry, names)
    return found[1] if found is not None else None


def local_item(entry: Mapping[str, Any], names: Iterable[str]) -> tuple[str, str] | None:
    """(key, text) of the element ``local_value`` reads: the key says which namespace prefix it came with."""
    for name in names:
        suffix = f"_{name}"
        for key, value in entry.items():
            if key in FEEDPARSER_KEYS or not isinstance(key, str):
                continue
            if (key == name or key.endswith(suffix)) and isinstance(value, str) and value.strip():
                text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
                if any(character.isalnum() for character in text):
                    return key, text
    return None


def local_number(entry: Mapping[str, Any], names: Iterable[str]) -> float | None:
    text = local_value(entry, names)
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def is_date_title(title: str, prose_date: re.Pattern[str]) -> bool:
    """The title is nothing but a date and/or time: "Saturday, March 2, 2024 8:00 PM", "2024-03-02 20:00"."""
    text = title.strip(_EDGE_PUNCTUATION)
    if not text:
        return False
    if _ISO_TITLE.fullmatch(text) or slash_moment(text, None) is not None:
        return True
    match = prose_date.search(text)
    return match is not None and not (text[: match.start()] + text[match.end() :]).strip(_EDGE_PUNCTUATION)


def first_line(markup: str | None) -> str | None:
    """The first non-empty line of a description (HTML line breaks count), if short enough to be a title."""
    if not markup:
        return None
    text = html.unescape(_TAG.sub(" ", _BREAK.sub("\n", markup)))
    for line in text.splitlines():
        line = " ".join(line.split()).strip(_EDGE_PUNCTUATION)
        if line:
            return line if len(line) <= TITLE_LIMIT else None
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class BuiltTitle:
    title: str
    evidence: str
    confidence: float


def built_title(
    date_title: str,
    *,
    performer: str | None,
    description: str | None,
    channel_title: str | None,
    venue: str | None,
    prose_date: re.Pattern[str],
) -> BuiltTitle | None:
    """A title for an item whose own title is its date: the performer, else the description's first line
    (unless that is a date too, or names the venue: "The Roxy Theatre" says where, not what), else the
    feed's title, else "Event at <venue>"."""
    line = first_line(description)
    if line and (is_date_title(line, prose_date) or _names_venue(line, venue)):
        line = None
    candidates: tuple[tuple[str, str | None], ...] = (
        ("performer", performer),
        ("description", line),
        ("channel", channel_title),
    )
    if venue:
        candidates = (*candidates, ("venue", TITLE_AT_VENUE.format(venue=venue)))
    for origin, candidate in candidates:
        if candidate and candidate.strip():
            evidence = TITLE_FROM.format(title=date_title, origin=TITLE_ORIGINS[origin])
            return BuiltTitle(" ".join(candidate.split()), evidence, TITLE_CONFIDENCE[origin])
    return None


def _names_venue(line: str, venue: str | None) -> bool:
    if not venue:
        return False
    line_key, venue_key = line.casefold(), venue.casefold().removeprefix("the ")
    return venue_key in line_key or line_key.removeprefix("the ") in venue_key


# --- external ids -----------------------------------------------------------------------------------------------


# The last path segment of a page that lists many events ("/calendar", "/events/", "/Calendar.aspx"): an item
# whose guid or link is such a page is not named by it.
LISTING_SEGMENTS = frozenset({
    "calendar", "calendars", "events", "event", "schedule", "schedules", "upcoming", "whats-on", "whatson",
    "listings", "shows", "concerts", "index", "default", "home", "feed", "rss",
})  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class IdCounts:
    """How often each guid and each link occurs in one feed: one that several items carry cannot name any."""

    guids: Counter[str]
    links: Counter[str]

    @classmethod
    def of(cls, entries: Iterable[Mapping[str, Any]]) -> IdCounts:
        guids: Counter[str] = Counter()
        links: Counter[str] = Counter()
        for entry in entries:
            guids.update([text] if (text := _text(entry.get("id"))) else [])
            links.update([text] if (text := _text(entry.get("link"))) else [])
        return cls(guids, links)


def distinct_id(entry: Mapping[str, Any], counts: IdCounts, start: str, *, feed_page: str | None = None) -> str:
    """The item's id: its guid if that names it, else its link if that names it, else the guid (or link) with the
    start, else a hash of title and start.

    A guid or link names the item unless it is a page of many events (the site's root, the feed's own page, a
    "/calendar" or "/events" page: ``is_listing_page``) or another item of this feed carries it too. The first
    test looks at the item alone, so an item linking to the calendar page keeps ``<page>#<start>`` whether or
    not other items link there in this fetch. The second is a guard against one item overwriting another
    when a feed gives two the same id (the feed's own slip): it alone depends on the other items, and an id
    the feed gives one item (a unique guid, a permalink) stays that item's id, as before.
    """
    guid, link = _text(entry.get("id")), _text(entry.get("link"))
    for own, seen in ((guid, counts.guids), (link, counts.links)):
        if own and seen[own] <= 1 and not is_listing_page(own, feed_page):
            return own
    shared = guid or link
    if shared:
        return f"{shared}#{start}"
    title = _text(entry.get("title")) or ""
    digest = hashlib.sha256(f"{title}\n{start}".encode(errors="surrogatepass")).hexdigest()[:24]
    return f"rss-{digest}"


def qualify_shared_ids(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """The records, with an id two events of this feed share qualified by a short hash of the event's title.

    ``distinct_id`` gives items sharing a guid or link ``<guid>#<start>``; two shows at one start (an early
    and a late one, a feed reusing one guid) would still share it, and the write path would keep only one.
    Only colliding ids change, and the hash is of the title, so each stays stable across fetches.
    """
    counts = Counter(record.external_id for record in records if isinstance(record, RawEvent))
    for record in records:
        if isinstance(record, RawEvent) and counts[record.external_id] > 1:
            digest = hashlib.sha256(record.title.encode(errors="surrogatepass")).hexdigest()[:8]
            record.external_id = f"{record.external_id}#{digest}"
    return records


def is_listing_page(value: str, feed_page: str | None = None) -> bool:
    """An http(s) URL of a page that lists many events: no path, the feed's own page, or a path ending in a
    listing word ("/calendar", "/events/", "/Calendar.aspx"), with no query or fragment to pick one event
    ("Calendar.aspx?EID=3538" names one). A guid that is no URL ("tag:…", "event-123") is an item's own id."""
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        return False
    if feed_page and _page_key(value) == _page_key(feed_page):
        return True
    segments = [segment for segment in parts.path.split("/") if segment]
    return not segments or segments[-1].rsplit(".", 1)[0].casefold() in LISTING_SEGMENTS


def _page_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc.casefold(), parts.path.rstrip("/")


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


# A description whose first line is a postal address and nothing else ("7312 West Green Lake Dr N, Seattle, WA
# 98103", "Sturtevant Ave S, Seattle, WA 98118"), maybe after the place's name ("Green Lake Park, 7312 West Green
# Lake Dr N, Seattle, WA 98103"): calendar feeds (Trumba) put the event's place there. The line must end in a
# region code and a postal code (US ZIP or Canadian), after a street and a town.
_SPACES = re.compile(r"\s+")
_ADDRESS_LINE = re.compile(
    r"^(?=.{8,240}$)(?:(?P<venue>[^,<>]{2,80}),\s*)?"
    r"(?P<address>[^,<>]{2,80},\s*[^,<>\d]{2,40},\s*[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))$"
)
_LINE_BREAK = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|\n", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")
MAX_ADDRESS_SCAN = 4_000  # characters of the description looked at: the address is its first line


def closing_address(markup: str | None) -> str | None:
    """A postal address the description ends with, written over its last two or three lines ("2510 Viewlynn
    Dr" / "North Vancouver, BC" / "V7J 2X3", as a library's calendar appends its branch's), else None."""
    if not markup:
        return None
    tail = markup[-MAX_ADDRESS_SCAN:]
    lines = [_SPACES.sub(" ", html.unescape(_ANY_TAG.sub(" ", line))).strip() for line in _LINE_BREAK.split(tail)]
    lines = [line for line in lines if line][-3:]
    candidates = []
    if len(lines) >= 2:
        candidates.append(f"{lines[-2]}, {lines[-1]}")
    if len(lines) == 3:
        candidates.append(f"{lines[0]}, {lines[1]} {lines[2]}")
    for candidate in candidates:
        found = _ADDRESS_LINE.match(candidate)
        if found is not None and found.group("venue") is None and _STREET_START.match(found.group("address")):
            return found.group("address")
    return None


_STREET_START = re.compile(r"\d{1,6}[A-Za-z]?\s")  # a house number opens a street line


def address_line(markup: str | None) -> str | None:
    """The description's first line when it is a postal address and nothing else, else None (the address
    without the place's name before it: ``place_line`` gives both)."""
    return place_line(markup)[1]


def place_line(markup: str | None) -> tuple[str | None, str | None]:
    """(the place's name, its postal address) when the description's first line is only those, else
    (None, None)."""
    if not markup:
        return None, None
    for segment in _LINE_BREAK.split(markup[:MAX_ADDRESS_SCAN], maxsplit=8):
        text = _SPACES.sub(" ", html.unescape(_ANY_TAG.sub(" ", segment))).strip()
        if text:
            found = _ADDRESS_LINE.match(text)
            if found is None:
                return None, None
            venue = found.group("venue")
            return (venue.strip() if venue else None), found.group("address")
    return None, None
