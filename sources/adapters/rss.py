"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds of events, read with feedparser.

A feed item is an event only when it says when the event happens. The date is taken, in this order, from:
1. the xCal namespace (``xcal:dtstart``/``xcal:dtend``, urn:ietf:params:xml:ns:xcal);
2. the RSS event module (``ev:startdate``/``ev:enddate``, http://purl.org/rss/1.0/modules/event/);
3. Google Calendar's Atom feeds (``gd:when startTime/endTime``, with the calendar's ``gCal:timezone``);
4. an event feed's own elements, found by local name whatever their namespace (``calendarEvent:EventDates``
   with ``EventTimes``, ``s:localstartdate``, ``bc:start_date``, a bare ``<startdate>``: see ``_feed_extras``);
5. a date written in the title or description ("Saturday, December 5, 7:30 PM"), read in the source's zone.
An item's pubDate/updated is when it was *published*, never when the event is: it only anchors dates
written without a year ("December 5" in a post of 20 November is this December 5, "Feb 20" in a post of 2 March
the one just past, and one that may be months past or months ahead is held: ``_feed_when.year_less``); a date
before the post gives way to a later one in the same text. One exception, for an item
with no date anywhere else, prose included: in a feed that says it lists events (an /events/ page or self link,
a calendar's namespace such as x-trumba, event pages as most items' guids or links, or most items dated well
after the fetch), a pubDate later than both the feed's own build time (its lastBuildDate, or the channel's
pubDate/updated) and the fetch cannot be a publication; such a date is the event's (The Events Calendar's
WordPress feed and Trumba write the event's start there), read with lower confidence and said so in the evidence.

Items that are not articles: a title that is only a date ("Saturday, March 2, 2024 8:00 PM") is read as the
start, and the event is named after the item's performer, else its description's first line, else the
feed's title, else "Event at <venue>" (the source's title kept as ``source_title``; ``confidence`` says how
good a name each is, and the last two are held for a moderator: ``_feed_extras.TITLE_CONFIDENCE``). Venue,
address, price, coordinates and organizer are read from extension elements by local name too. An item whose
guid or link is a calendar page every item links to is told apart by its start: see
``_feed_extras.distinct_id``.

Feeds are untrusted XML: ``_feed_guard`` refuses any document that declares entities or an internal DTD,
or that it cannot check, before feedparser sees it (feedparser's own parsers expand entities). Dates are
read by ``_feed_when``; this module maps feedparser's entries to RawEvents.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import html
import io
import re
import time
import urllib.parse
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import feedparser
from django.conf import settings

from events.pipeline.prices import UNKNOWN, PriceInfo, parse_price_text
from sources.adapters._feed_extras import (
    ADDRESS_NAMES,
    END_NAMES,
    LATITUDE_NAMES,
    LONGITUDE_NAMES,
    ORGANIZER_NAMES,
    PERFORMER_NAMES,
    PRICE_NAMES,
    START_NAMES,
    TIME_NAMES,
    TYPE_NAMES,
    VENUE_NAMES,
    IdCounts,
    built_title,
    distinct_id,
    is_date_title,
    is_meeting_url,
    local_number,
    local_value,
    place_line,
    qualify_shared_ids,
    recurrence_calendar,
)
from sources.adapters._feed_guard import (
    ENTITIES_FORBIDDEN,
    check_with_xml_parser,
    decode_feed,
    is_feed_root,
    root_element,
    safe_feed,
)
from sources.adapters._feed_when import (
    MAX_LISTED_DATES,
    PROSE_DATE,
    When,
    listed_whens,
    make_when,
    read_moment,
    slash_moment,
    text_when,
)
from sources.adapters._recurrence import FileBudget
from sources.adapters.base import (
    COMPLETE_FIELD,
    PATH_FIELD,
    URL_FIELD,
    Adapter,
    AdapterError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import http_url, join, zone
from sources.adapters.ics import ICalendarAdapter
from sources.adapters.registry import register

__all__ = ("ENTITIES_FORBIDDEN", "FeedAdapter", "text_when")

EMPTY = "The feed is empty."
NOT_A_FEED = "Not an RSS or Atom feed: the document's root element is <{root}>."
NO_ROOT = "Not an RSS or Atom feed: no XML root element found."
UNREADABLE = "Unreadable feed: {error}"
NO_TITLE = "The item has no title."
DATE_TITLE = "The item's title is only its date, and no performer, description or feed title names it."
# A pubDate this much later than the feed's build time and the fetch is a date to come, not a clock a little off.
SCHEDULED_MARGIN = dt.timedelta(hours=1)
# Most items dated this far after the fetch: a feed of events (a local clock labelled GMT is off by 14 h at most).
FUTURE_MARGIN = dt.timedelta(hours=14)
EVENT_SEGMENTS = frozenset({"event", "events", "calendar", "calendars"})
_EVENT_QUERY = re.compile(r"(?:^|&)post_type=[\w-]*events?\b", re.IGNORECASE)
_EVENT_NAMESPACE = re.compile(r"trumba|calendar|event", re.IGNORECASE)
# A post whose first date is not among the dates a sentence of it lists: the list is read, and held.
LIST_DOUBT = 0.45
LIST_EVIDENCE = (
    "the item's first date ({first}) is not among the dates one of its sentences lists; the list is read as the "
    "events, and held: which of the two the item is about is a guess"
)
LIST_CUT = (
    "{count} item(s) list more than {limit} dates in one sentence; only the first {limit} of each are read "
    "(first: {first})."
)
# A date read from a post's body only, in a feed that does not say it lists events (a news blog, a council's news):
# "Trash pickup delayed on Nov. 26" or "the store closed Nov. 2" is news about a day, as often as an event.
PROSE_EVIDENCE = (
    "the start is read from the item's text, in a feed that does not say it lists events (no events page or "
    "namespace, no event-page items, no future pubDates): held, as news about a day reads the same"
)
SCHEDULED_CONFIDENCE = 0.7
SCHEDULED_EVIDENCE = (
    "start read from the item's pubDate ({published}), which is later than the feed's own build time ({built}) "
    "and the fetch, in a feed that lists events: a date to come, not a publication date"
)
NO_DATE = (
    "The item gives no event date: no xCal, ev:, gd:when or other start element, and none written in its title "
    "or description."
)
BAD_DATE = "Unreadable or implausible event date {value!r} in {field}, and none written in the title or description."
BAD_ITEM = "The item could not be read ({error})."

XCAL = "urn:ietf:params:xml:ns:xcal"
EVENT_MODULE = "http://purl.org/rss/1.0/modules/event/"
GDATA = "http://schemas.google.com/g/2005"
GCAL = "http://schemas.google.com/gCal/2005"
# feedparser names elements of namespaces it knows by its own prefix, others by the document's prefix.
DEFAULT_PREFIXES = {XCAL: "xcal", EVENT_MODULE: "ev", GDATA: "gd", GCAL: "gcal"}
GDATA_KIND = "http://schemas.google.com/g/2005#kind"  # category telling "this entry is an event": no label
GDATA_CANCELLED = "#event.canceled"
GDATA_ORGANIZER = "#event.organizer"
STATUS_WORDS = {
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "postponed": "postponed",
    "rescheduled": "rescheduled",
}
SNIFF_BYTES = 4096
# Occurrences of gd:recurrence series per feed document, all its items together, as an iCalendar file has one
# cap for all its series: 50 items of FREQ=HOURLY (6 KB) must not become 100,000 events. A feed lists its
# latest items (tens, a few hundred); 10,000 is 27 daily series over a year's window.
MAX_FEED_OCCURRENCES = 10_000

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_STATUS_PREFIX = re.compile(r"^\W*(cancell?ed|postponed|rescheduled)\b", re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class FeedInfo:
    """What every item of one feed shares: where feedparser put each namespace, and the feed's zone."""

    prefixes: Mapping[str, tuple[str, ...]]
    zone: zoneinfo.ZoneInfo | None
    fallback_reference: dt.datetime
    channel_title: str | None = None
    page: str | None = None  # the feed's own page (channel link): an item linking there is not named by it
    built: dt.datetime | None = None  # when the feed says it was written (lastBuildDate, channel pubDate/updated)
    # When the feed was fetched: the run's window starts the day before (sources.extraction.default_window).
    now: dt.datetime = dt.datetime.min.replace(tzinfo=dt.UTC)
    event_feed: bool = False  # whether the feed says it lists events (is_event_feed)
    ids: IdCounts = dataclasses.field(default_factory=lambda: IdCounts.of(()))
    # One expansion budget (time, steps, occurrences) for every series in the document.
    budget: FileBudget = dataclasses.field(default_factory=lambda: feed_budget())

    def field(self, entry: Mapping[str, Any], namespace: str, name: str) -> Any:
        return _field(entry, self.prefixes, namespace, name)


def feed_budget() -> FileBudget:
    return FileBudget(seconds=float(settings.RECURRENCE_BUDGET_SECONDS), max_occurrences=MAX_FEED_OCCURRENCES)


def _field(data: Mapping[str, Any], prefixes: Mapping[str, tuple[str, ...]], namespace: str, name: str) -> Any:
    """An element of a namespace, whatever prefix the document gave it (feedparser keys are prefix_name)."""
    for prefix in prefixes.get(namespace, ()):
        value = data.get(f"{prefix}_{name}")
        if value not in (None, ""):
            return value
    return None


@register
class FeedAdapter(Adapter):
    name = "rss"
    label = "RSS / Atom feed of events"
    source_kind = "feed"
    config_needs_location = True
    config_fields = (URL_FIELD, PATH_FIELD, COMPLETE_FIELD)
    # A feed lists its latest N items, not every upcoming event: an event missing from it is not withdrawn.
    complete_listing = False

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        head = decode_feed(payload[:SNIFF_BYTES])
        root, attributes = root_element(head)
        return root is not None and is_feed_root(root, attributes, head)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        if not payload.strip():
            raise AdapterError(EMPTY)
        text, document = safe_feed(payload)
        root, attributes = root_element(text[:SNIFF_BYTES])
        if root is None:
            raise AdapterError(NO_ROOT)
        if not is_feed_root(root, attributes, text[:SNIFF_BYTES]):
            raise AdapterError(NOT_A_FEED.format(root=root))
        check_with_xml_parser(document, text)
        headers = {"content-location": self.context.base_url} if self.context.base_url else None
        result = feedparser.parse(io.BytesIO(document), response_headers=headers)
        if not result.get("version") and not result.get("entries"):
            raise AdapterError(UNREADABLE.format(error=result.get("bozo_exception") or "unknown format"))
        info = self._feed_info(result)
        info = dataclasses.replace(
            info, ids=IdCounts.of(result.get("entries", [])), event_feed=is_event_feed(result, info.now)
        )
        self._cut_lists: list[str] = []
        # All of the feed's records first: an id two of them share is known only once every item is read.
        records = list(self._all_records(result.get("entries", []), info))
        if self._cut_lists:
            self.notes.append(
                LIST_CUT.format(count=len(self._cut_lists), limit=MAX_LISTED_DATES, first=self._cut_lists[0])
            )
        yield from qualify_shared_ids(records)

    def _all_records(self, entries: list[Mapping[str, Any]], info: FeedInfo) -> Iterator[ParsedRecord]:
        for entry in entries:
            try:
                yield from self._entry_records(entry, info)
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                yield RejectedRecord(
                    external_id=external_id(entry), reason=BAD_ITEM.format(error=type(exc).__name__), raw=_raw(entry)
                )

    def _feed_info(self, result: Mapping[str, Any]) -> FeedInfo:
        prefixes: dict[str, tuple[str, ...]] = {}
        declared = result.get("namespaces") or {}
        for namespace, default in DEFAULT_PREFIXES.items():
            found = [str(prefix).lower() for prefix, uri in declared.items() if prefix and uri == namespace]
            prefixes[namespace] = tuple(dict.fromkeys([*found, default]))
        # Google's calendar zone outranks the source's: it is what the calendar's own times mean.
        calendar_zone = zone(_attribute(_field(result.get("feed") or {}, prefixes, GCAL, "timezone"), "value"))
        feed_zone = calendar_zone or self.context.default_timezone
        window_start = self.context.window.start
        reference = window_start if window_start.tzinfo else window_start.replace(tzinfo=feed_zone or dt.UTC)
        now = reference + dt.timedelta(days=1)  # the window is yesterday to a year on (default_window)
        channel = result.get("feed") or {}
        return FeedInfo(
            prefixes=prefixes,
            zone=feed_zone,
            fallback_reference=reference,
            now=now,
            channel_title=_clean(channel.get("title")),
            page=http_url(channel.get("link")),
            built=max(
                filter(None, (_stamp(channel, key) for key in ("updated_parsed", "published_parsed"))), default=None
            ),
        )

    def _entry_records(self, entry: Mapping[str, Any], info: FeedInfo) -> Iterator[ParsedRecord]:
        """The item's event; for a series given only as recurrence lines, each occurrence in the window; for a
        post that lists the dates of several events in one sentence, one event on each."""
        occurrences = self._occurrences(entry, info)
        if occurrences is not None:
            # A series with no occurrence in the window yields nothing, as a calendar file's would.
            for occurrence in occurrences:
                when = When(occurrence.start, occurrence.end, occurrence.all_day, occurrence.timezone)
                yield self._record(entry, info, when, identifier=occurrence.external_id, rrule=occurrence.rrule)
            return
        dates = item_dates(entry, info)
        if not dates.whens:
            yield RejectedRecord(external_id=external_id(entry), reason=dates.problem or NO_DATE, raw=_raw(entry))
            return
        if dates.cut:
            self._cut_lists.append(external_id(entry))
        for index, when in enumerate(dates.whens):
            # The date the item is read by alone keeps the item's id, so adding a date to a post adds an event.
            identifier = None if index == dates.own else f"{external_id(entry)}@{when.start.isoformat()}"
            yield self._record(entry, info, when, identifier=identifier, scheduled=dates.scheduled, doubt=dates.doubt)

    def _occurrences(self, entry: Mapping[str, Any], info: FeedInfo) -> list[RawEvent] | None:
        """A gd:recurrence series (no gd:when) read by the iCalendar reader: its occurrences in the window,
        with its TZIDs, exceptions and expansion bounds. None when the item is not such a series or its lines
        cannot be read (the item is then read like any other).

        Every series of the document spends the document's one budget: once it is spent (the reader's note
        says which bound), later series yield nothing, as later series of an iCalendar file do.
        """
        if info.field(entry, GDATA, "when"):
            return None
        text = _text_field(info.field(entry, GDATA, "recurrence"))
        calendar = recurrence_calendar(text, external_id(entry)) if text else None
        if calendar is None:
            return None
        if info.budget.stopped:
            return []
        reader = ICalendarAdapter(config={}, context=dataclasses.replace(self.context, default_timezone=info.zone))
        try:
            records = list(reader.parse_within(calendar.encode("utf-8"), info.budget))
        except AdapterError:
            return None
        self.notes.extend(reader.notes)
        self.listing_truncated = self.listing_truncated or reader.listing_truncated
        return [record for record in records if isinstance(record, RawEvent)]

    def _record(
        self,
        entry: Mapping[str, Any],
        info: FeedInfo,
        when: When,
        *,
        identifier: str | None = None,
        rrule: str | None = None,
        scheduled: str | None = None,
        doubt: str | None = None,
    ) -> ParsedRecord:
        title = _clean(entry.get("title"))
        description = _description(entry)
        identifier = identifier or distinct_id(entry, info.ids, when.start.isoformat(), feed_page=info.page)
        venue_name, address, online = _venue(entry, info)
        if title is None:  # an item without a title is a CMS slip, not an event to name ourselves
            return RejectedRecord(external_id=identifier, reason=NO_TITLE, raw=_raw(entry))
        naming = _naming(entry, info, title, description, venue_name)
        if naming is None:
            return RejectedRecord(external_id=identifier, reason=DATE_TITLE, raw=_raw(entry))
        categories = _categories(entry)
        event_type = _text_field(info.field(entry, EVENT_MODULE, "type")) or local_value(entry, TYPE_NAMES)
        latitude, longitude = _coordinates(entry)
        price = _price(entry)
        return RawEvent(
            source=self.context.source,
            external_id=identifier,
            title=naming.title,
            source_title=naming.source_title,
            confidence=_confidence(naming.confidence, scheduled, doubt),
            evidence=[*naming.evidence, *filter(None, (scheduled, doubt))],
            description=description,
            start=when.start,
            end=when.end,
            all_day=when.all_day,
            timezone=when.timezone,
            venue_name=venue_name,
            address=address,
            latitude=latitude,
            longitude=longitude,
            url=http_url(entry.get("link")),
            image_url=_image(entry),
            organizer=_organizer(entry, info),
            cost_type=price.cost_type,
            price_min=_amount(price.price_min),
            price_max=_amount(price.price_max),
            status=_status(naming.title, info.field(entry, GDATA, "eventstatus")),
            online=online,
            rrule=rrule,
            source_category=join(categories) or event_type,
            tags=list(dict.fromkeys(label.lower() for label in [*categories, *([event_type] if event_type else [])])),
        )


def _confidence(named: float | None, scheduled: str | None, doubt: str | None) -> float | None:
    """The name's confidence, lowered when the date is the pubDate's guess or one of two readings."""
    if doubt:
        return min(named or 1.0, LIST_DOUBT)
    return min(named or 1.0, SCHEDULED_CONFIDENCE) if scheduled else named


@dataclasses.dataclass(frozen=True, slots=True)
class Naming:
    """The event's title, and when it is not the item's own, what the item said and how sure we are."""

    title: str
    source_title: str | None = None
    confidence: float | None = None
    evidence: list[str] = dataclasses.field(default_factory=list)


def _naming(
    entry: Mapping[str, Any], info: FeedInfo, title: str, description: str | None, venue: str | None
) -> Naming | None:
    """The item's title, unless it is only a date: then one built from what else the item says."""
    if not is_date_title(title, PROSE_DATE):
        return Naming(title)
    built = built_title(
        title,
        performer=local_value(entry, PERFORMER_NAMES),
        description=description,
        channel_title=info.channel_title,
        venue=venue,
        prose_date=PROSE_DATE,
    )
    if built is None:
        return None
    return Naming(built.title, source_title=title, confidence=built.confidence, evidence=[built.evidence])


def _venue(entry: Mapping[str, Any], info: FeedInfo) -> tuple[str | None, str | None, bool]:
    """(venue, address, online?) from xCal/ev:/gd:where, else from venue and address elements."""
    venue_name, address, online = _location(
        _text_field(info.field(entry, XCAL, "location"))
        or _text_field(info.field(entry, EVENT_MODULE, "location"))
        or _attribute(info.field(entry, GDATA, "where"), "valuestring")
    )
    if venue_name or online:
        return venue_name, address, online
    venue = local_value(entry, VENUE_NAMES)
    address = local_value(entry, ADDRESS_NAMES)
    if venue and http_url(venue):
        # The venue's website names no place we can show, and is no sign of an online event unless it is a
        # meeting or stream's address.
        return None, address, is_meeting_url(venue)
    if venue and not address:
        return _location(venue)
    if not venue and not address:
        named, address = place_line(_description(entry))
        return named, address, False
    return venue, address, False


def _price(entry: Mapping[str, Any]) -> PriceInfo:
    """What a price element says, read as the pipeline reads a price text: amounts count even beside "free"
    ("Free for members, $25 general" is variable, 0-25), a range is a range. Its currency is left to the
    pipeline, which knows the source's country ("$" is not always the US dollar)."""
    text = local_value(entry, PRICE_NAMES)
    return parse_price_text(text) if text else UNKNOWN


def _amount(value: float | None) -> Decimal | None:
    return Decimal(str(value)) if value is not None else None


# --- when ------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Dates:
    """An item's dates, read once: why there are none (an unreadable value), the evidence when the start is the
    item's pubDate, which of several listed dates keeps the item's own id, and whether the list was cut."""

    whens: list[When]
    problem: str | None = None
    scheduled: str | None = None
    own: int = 0
    cut: bool = False
    doubt: str | None = None  # why the dates are a guess (held for a moderator)


def item_dates(entry: Mapping[str, Any], info: FeedInfo) -> Dates:
    """The item's dates: an event element's, else a date title's, else the prose's (one, or each date a
    sentence lists), else, in a feed of events, a pubDate that cannot be a publication (``scheduled_when``).
    A date written in the prose always outranks the pubDate."""
    title = _clean(entry.get("title"))
    when, problem = structured_when(entry, info)
    when = when or extension_when(entry, info) or title_when(title, info)
    if when is not None:
        return Dates([when], problem, doubt=when.doubt)
    texts = [title, _plain(_description(entry))]
    reference = _reference(entry, info)
    first = text_when(texts, zone=info.zone, reference=reference)
    if first is not None:
        dates = _listing(first, texts, info, reference, problem)
        if info.event_feed or dates.doubt or text_when([title], zone=info.zone, reference=reference) is not None:
            return dates  # a feed of events, or a date the item's title gives: what the item is about
        return dataclasses.replace(dates, doubt=PROSE_EVIDENCE)
    scheduled = scheduled_when(entry, info)
    if scheduled is None:
        return Dates([], problem)
    return Dates([scheduled], problem, SCHEDULED_EVIDENCE.format(published=entry.get("published"), built=info.built))


def _listing(
    first: When, texts: list[str | None], info: FeedInfo, reference: dt.datetime, problem: str | None
) -> Dates:
    """The dates one sentence lists when the item's own first date is among them, else that date alone."""
    listing = listed_whens(texts, zone=info.zone, reference=reference)
    if listing is None:
        return Dates([first], problem, doubt=first.doubt)
    own = next((index for index, when in enumerate(listing.whens) if _same_day(when.start, first.start)), None)
    if own is None:  # "Sign-ups open June 1. Races on June 10 and June 17.": the list, held for a moderator
        doubt = LIST_EVIDENCE.format(first=_day_text(first.start))
        return Dates(listing.whens, problem, doubt=doubt, cut=listing.cut)
    return Dates(listing.whens, problem, own=own, cut=listing.cut)


def _day_text(moment: dt.date) -> str:
    return (moment.date() if isinstance(moment, dt.datetime) else moment).isoformat()


def _same_day(one: dt.date, other: dt.date) -> bool:
    first = one.date() if isinstance(one, dt.datetime) else one
    second = other.date() if isinstance(other, dt.datetime) else other
    return first == second


def scheduled_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The item's pubDate as the event's start, in a feed of events (``is_event_feed``) when it is later than
    both the feed's own build time and the fetch: no feed publishes an article after it was written, nor one
    dated in the future. None otherwise (a stale lastBuildDate, a clock a little off, a news feed)."""
    published = _stamp(entry, "published_parsed")
    if not info.event_feed or info.built is None or published is None:
        return None
    if published <= max(info.built, info.now) + SCHEDULED_MARGIN:
        return None
    start = published.astimezone(info.zone) if info.zone else published
    return make_when(start, None, zone=info.zone, exclusive_end=False)


def is_event_feed(result: Mapping[str, Any], now: dt.datetime) -> bool:
    """Whether the feed says it lists events: its own page or self link is an events page (/events/feed/), a
    namespace it declares is a calendar's (x-trumba, gCal), most items' guids or links are event pages
    (?post_type=tribe_events, /event/<id>), or most items' pubDates are well in the future (later than any
    clock written in local time but labelled GMT could put them)."""
    channel = result.get("feed") or {}
    pages = [
        channel.get("link"),
        *(link.get("href") for link in channel.get("links") or [] if isinstance(link, Mapping)),
    ]
    if any(_event_page(page) for page in pages):
        return True
    if any(_EVENT_NAMESPACE.search(str(uri)) for uri in (result.get("namespaces") or {}).values()):
        return True
    entries = [entry for entry in result.get("entries") or [] if isinstance(entry, Mapping)]
    marked = sum(1 for entry in entries if _event_page(entry.get("id")) or _event_page(entry.get("link")))
    published = [stamp for stamp in (_stamp(entry, "published_parsed") for entry in entries) if stamp is not None]
    future = sum(1 for stamp in published if stamp > now + FUTURE_MARGIN)
    return 2 * marked > len(entries) > 0 or 2 * future > len(published) > 0


def _event_page(address: Any) -> bool:
    """Whether a URL's path has an "event(s)"/"calendar" segment, or its query names an events post type."""
    if not isinstance(address, str):
        return False
    try:
        parts = urllib.parse.urlsplit(address.strip()[:2000])
    except ValueError:
        return False
    segments = {segment.lower() for segment in parts.path.split("/")}
    return bool(segments & EVENT_SEGMENTS) or bool(_EVENT_QUERY.search(parts.query))


def _stamp(data: Mapping[str, Any], key: str) -> dt.datetime | None:
    """A feedparser date (a UTC struct_time) as an aware datetime, or None."""
    stamp = data.get(key)
    if not isinstance(stamp, time.struct_time):
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None


def structured_when(entry: Mapping[str, Any], info: FeedInfo) -> tuple[When | None, str | None]:
    """The date from the event namespaces, in order of preference; else None and why (an unreadable value)."""
    gd_when = info.field(entry, GDATA, "when")
    candidates = (
        ("xcal:dtstart", _text_field(info.field(entry, XCAL, "dtstart")), info.field(entry, XCAL, "dtend"), True),
        (
            "ev:startdate",
            _text_field(info.field(entry, EVENT_MODULE, "startdate")),
            info.field(entry, EVENT_MODULE, "enddate"),
            False,
        ),
        ("gd:when", _attribute(gd_when, "starttime"), _attribute(gd_when, "endtime"), True),
    )
    problem = None
    for field, start_value, end_value, exclusive_end in candidates:
        if not start_value:
            continue
        start = read_moment(start_value, info.zone)
        if start is None:
            problem = problem or BAD_DATE.format(value=start_value, field=field)
            continue
        end = read_moment(_text_field(end_value), info.zone) if end_value else None
        return make_when(start, end, zone=info.zone, exclusive_end=exclusive_end), None
    return None, problem


def extension_when(entry: Mapping[str, Any], info: FeedInfo) -> When | None:
    """The date from an event feed's own elements (by local name): ISO values, else prose; either read with
    the item's times when the date has none ("2024-04-05" or "March 28, 2026" and "9:30 AM - 12:00 PM")."""
    start_text = local_value(entry, START_NAMES)
    if start_text is None:
        return None
    times = local_value(entry, TIME_NAMES)
    start = read_moment(start_text, info.zone)
    if start is None:
        written = f"{start_text} {times}" if times else start_text
        return text_when([written], zone=info.zone, reference=_reference(entry, info))
    end_text = local_value(entry, END_NAMES)
    end = read_moment(end_text, info.zone) if end_text else None
    if times and not isinstance(start, dt.datetime):
        timed = _timed_days(start, end, times, info)
        if timed is not None:
            return timed
    return make_when(start, end, zone=info.zone, exclusive_end=False)


def _timed_days(first: dt.date, last: dt.date | None, times: str, info: FeedInfo) -> When | None:
    """ISO dates with the times a separate element gives ("2024-04-05", "7:00 PM - 9:00 PM"), or None when the
    times cannot be read. The first day is written out and read as a date in prose is; a later last day ends
    at the end time (or the start time) of that day."""
    when = text_when(
        [f"{first:%B} {first.day}, {first.year} {times}"], zone=info.zone, reference=info.fallback_reference
    )
    if when is None or when.all_day or not isinstance(when.start, dt.datetime):
        return None
    if last is not None and not isinstance(last, dt.datetime) and last > first:
        clock = when.end if isinstance(when.end, dt.datetime) else when.start
        end = dt.datetime.combine(last, clock.timetz().replace(tzinfo=None), tzinfo=when.start.tzinfo)
        return dataclasses.replace(when, end=end)
    return when


def title_when(title: str | None, info: FeedInfo) -> When | None:
    """A title that is an ISO or numeric date or date-time ("2024-03-02 20:00", "3/2/2024 8:00 PM"): the item's
    start. A date in prose is read by text_when. Every title is_date_title calls a date is read by one of them."""
    if not title or not is_date_title(title, PROSE_DATE):
        return None
    start = read_moment(title.strip(), info.zone) or slash_moment(title, info.zone)
    return make_when(start, None, zone=info.zone, exclusive_end=False) if start is not None else None


def _reference(entry: Mapping[str, Any], info: FeedInfo) -> dt.datetime:
    """What a date without a year is relative to: the start of the day the item was published.

    Here the publication date only says which "December 5" is meant; it becomes the event's date only in
    ``scheduled_when``'s case (a feed of events dating an item after its own build time and the fetch).
    """
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if isinstance(stamp, time.struct_time):
            moment = dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC).astimezone(info.zone or dt.UTC)
            return moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return info.fallback_reference


# --- the other fields ------------------------------------------------------------------------------


def external_id(entry: Mapping[str, Any]) -> str:
    """The item's guid/id, else its link, else a hash of its title."""
    for key in ("id", "link"):
        value = _clean(entry.get(key))
        if value:
            return value
    digest = hashlib.sha256((_clean(entry.get("title")) or "").encode(errors="surrogatepass")).hexdigest()[:24]
    return f"rss-{digest}"


def _clean(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _text_field(value: Any) -> str | None:
    """A namespaced element's text (feedparser gives a dict of attributes instead when it had some)."""
    return _clean(value) if isinstance(value, str) else None


def _attribute(value: Any, name: str) -> str | None:
    return _clean(value.get(name)) if isinstance(value, Mapping) else None


def _description(entry: Mapping[str, Any]) -> str | None:
    """The fullest body: content (content:encoded, Atom content) over the summary/description."""
    for content in entry.get("content") or []:
        value = _clean(content.get("value"))
        if value:
            return value
    return _clean(entry.get("summary"))


def _plain(markup: str | None) -> str:
    """Text to look for dates in (the pipeline does the real HTML cleaning later)."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup or ""))).strip()


def _location(location: str | None) -> tuple[str | None, str | None, bool]:
    """ "Venue, street, city" → (venue, "street, city", online?). A bare URL means an online event."""
    if not location:
        return None, None, False
    if http_url(location):
        return None, None, True
    name, _, rest = location.partition(",")
    return name.strip() or None, rest.strip() or None, False


def _categories(entry: Mapping[str, Any]) -> list[str]:
    labels: list[str] = []
    for tag in entry.get("tags") or []:
        if tag.get("scheme") == GDATA_KIND:
            continue
        label = _clean(tag.get("label")) or _clean(tag.get("term"))
        if label and label not in labels:
            labels.append(label)
    return labels


def _organizer(entry: Mapping[str, Any], info: FeedInfo) -> str | None:
    for value in (info.field(entry, EVENT_MODULE, "organizer"), info.field(entry, XCAL, "organizer")):
        text = _text_field(value)
        if text:
            return re.sub(r"^mailto:", "", text, flags=re.IGNORECASE) or None
    who = info.field(entry, GDATA, "who")
    if (_attribute(who, "rel") or "").endswith(GDATA_ORGANIZER):
        return _attribute(who, "valuestring")
    text = local_value(entry, ORGANIZER_NAMES)
    return re.sub(r"^mailto:", "", text, flags=re.IGNORECASE) or None if text else None


def _status(title: str, gd_status: Any) -> str:
    if (_attribute(gd_status, "value") or "").endswith(GDATA_CANCELLED):
        return "cancelled"
    prefix = _STATUS_PREFIX.match(title)
    return STATUS_WORDS.get(prefix.group(1).lower(), "scheduled") if prefix else "scheduled"


def _image(entry: Mapping[str, Any]) -> str | None:
    """An image enclosure, else an image media:content, else a media:thumbnail."""
    for enclosure in entry.get("enclosures") or []:
        if str(enclosure.get("type", "")).startswith("image/") and http_url(enclosure.get("href")):
            return http_url(enclosure.get("href"))
    for media in entry.get("media_content") or []:
        is_image = media.get("medium") == "image" or str(media.get("type", "")).startswith("image/")
        if is_image and http_url(media.get("url")):
            return http_url(media.get("url"))
    for thumbnail in entry.get("media_thumbnail") or []:
        if http_url(thumbnail.get("url")):
            return http_url(thumbnail.get("url"))
    return None


def _coordinates(entry: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """GeoRSS (``georss:point``, which feedparser gives as ``where``) or W3C geo (``geo:lat``/``geo:long``)."""
    where = entry.get("where")
    try:
        if isinstance(where, Mapping) and where.get("type") == "Point":
            longitude, latitude = (float(part) for part in where["coordinates"])
        else:
            found_latitude, found_longitude = local_number(entry, LATITUDE_NAMES), local_number(entry, LONGITUDE_NAMES)
            if found_latitude is None or found_longitude is None:
                return None, None
            latitude, longitude = found_latitude, found_longitude
    except (KeyError, TypeError, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None


def _raw(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What an operator needs to find the item again; feedparser's own values are not all JSON-ready."""
    return {
        "id": _clean(entry.get("id")),
        "title": _clean(entry.get("title")),
        "link": _clean(entry.get("link")),
        "summary": (_clean(entry.get("summary")) or "")[:2000],
    }
