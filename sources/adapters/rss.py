"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds of events, read with feedparser.

A feed item is an event only when it says when the event happens. The date is taken, in this order, from:
1. the xCal namespace (``xcal:dtstart``/``xcal:dtend``, urn:ietf:params:xml:ns:xcal);
2. the RSS event module (``ev:startdate``/``ev:enddate``, http://purl.org/rss/1.0/modules/event/);
3. Google Calendar's Atom feeds (``gd:when startTime/endTime``, with the calendar's ``gCal:timezone``);
4. a date written in the title or description ("Saturday, December 5, 7:30 PM"), read in the source's zone.
An item's pubDate/updated is when it was *published*, never when the event is: it only anchors dates
written without a year ("December 5" in a post of 20 November is this December 5).

Feeds are untrusted XML. A document that declares entities (``<!ENTITY``, the "billion laughs" and XXE
attacks) is refused before feedparser sees it: its own SAX parser is not the place to find out.
"""

from __future__ import annotations

import calendar
import codecs
import dataclasses
import datetime as dt
import hashlib
import html
import io
import re
import time
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Any
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

import defusedxml
import defusedxml.sax
import feedparser

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import join, parse_datetime, parse_text_datetime, plausible
from sources.adapters.registry import register

EMPTY = "The feed is empty."
NOT_A_FEED = "Not an RSS or Atom feed: the document's root element is <{root}>."
NO_ROOT = "Not an RSS or Atom feed: no XML root element found."
ENTITIES_FORBIDDEN = (
    "Refusing a feed that declares XML entities (<!ENTITY>): entity expansion can exhaust memory "
    "(billion laughs) or read local files (XXE)."
)
UNREADABLE = "Unreadable feed: {error}"
NO_TITLE = "The item has no title."
NO_DATE = "The item gives no event date: no xCal, ev: or gd:when date, and none written in its title or description."
BAD_DATE = "Unreadable or implausible event date {value!r} in {field}, and none written in the title or description."
BAD_ITEM = "The item could not be read ({error})."

ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
RSS1_NAMESPACES = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")
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
TEXT_SCAN_LIMIT = 5000
SNIFF_BYTES = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_COMMENT_OR_CDATA = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.DOTALL)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(r"<\w")
_ROOT_TAG = re.compile(r"<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_DATE_ONLY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_STATUS_PREFIX = re.compile(r"^\W*(cancell?ed|postponed|rescheduled)\b", re.IGNORECASE)

# Dates written in English prose: "Saturday, December 5, 7:30 PM", "Friday Dec 11 at 8pm",
# "December 20th, 2 - 4 PM", "5 December 2026 19:30", "January 9, 2027 at 10 AM".
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_CLOCK = r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?|noon|midnight)"
_PROSE_DATE = re.compile(
    rf"\b(?P<date>(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}\b|{_DAY}\s+(?:of\s+)?{_MONTH})(?:,?\s+\d{{4}}\b)?)"
    rf"(?:,?\s*(?:at|from|@|-|–|—)?\s*(?P<start>{_CLOCK})(?:\s*(?:-|–|—|to|until|till)\s*(?P<end>{_CLOCK}))?)?",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"[ap]\.?\s?m\.?$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class When:
    """When an event happens, in the shape of RawEvent."""

    start: dt.date
    end: dt.date | None
    all_day: bool
    timezone: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class FeedInfo:
    """What every item of one feed shares: where feedparser put each namespace, and the feed's zone."""

    prefixes: Mapping[str, tuple[str, ...]]
    zone: zoneinfo.ZoneInfo | None
    fallback_reference: dt.datetime

    def field(self, entry: Mapping[str, Any], namespace: str, name: str) -> Any:
        return _field(entry, self.prefixes, namespace, name)


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
        text = decode_feed(payload)
        refuse_entities(text, payload)
        root, attributes = root_element(text[:SNIFF_BYTES])
        if root is None:
            raise AdapterError(NO_ROOT)
        if not is_feed_root(root, attributes, text[:SNIFF_BYTES]):
            raise AdapterError(NOT_A_FEED.format(root=root))
        headers = {"content-location": self.context.base_url} if self.context.base_url else None
        result = feedparser.parse(io.BytesIO(as_utf8(payload)), response_headers=headers)
        if not result.get("version") and not result.get("entries"):
            raise AdapterError(UNREADABLE.format(error=result.get("bozo_exception") or "unknown format"))
        info = self._feed_info(result)
        for entry in result.get("entries", []):
            try:
                yield self._record(entry, info)
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
        calendar_zone = _zone(_attribute(_field(result.get("feed") or {}, prefixes, GCAL, "timezone"), "value"))
        zone = calendar_zone or self.context.default_timezone
        window_start = self.context.window.start
        reference = window_start if window_start.tzinfo else window_start.replace(tzinfo=zone or dt.UTC)
        return FeedInfo(prefixes=prefixes, zone=zone, fallback_reference=reference)

    def _record(self, entry: Mapping[str, Any], info: FeedInfo) -> ParsedRecord:
        title = _clean(entry.get("title"))
        identifier = external_id(entry)
        if not title:
            return RejectedRecord(external_id=identifier, reason=NO_TITLE, raw=_raw(entry))
        description = _description(entry)
        when, problem = structured_when(entry, info)
        if when is None:
            when = text_when([title, _plain(description)], zone=info.zone, reference=_reference(entry, info))
        if when is None:
            return RejectedRecord(external_id=identifier, reason=problem or NO_DATE, raw=_raw(entry))
        venue_name, address, online = _location(
            _text_field(info.field(entry, XCAL, "location"))
            or _text_field(info.field(entry, EVENT_MODULE, "location"))
            or _attribute(info.field(entry, GDATA, "where"), "valuestring")
        )
        categories = _categories(entry)
        event_type = _text_field(info.field(entry, EVENT_MODULE, "type"))
        latitude, longitude = _coordinates(entry)
        return RawEvent(
            source=self.context.source,
            external_id=identifier,
            title=title,
            description=description,
            start=when.start,
            end=when.end,
            all_day=when.all_day,
            timezone=when.timezone,
            venue_name=venue_name,
            address=address,
            latitude=latitude,
            longitude=longitude,
            url=_http_url(entry.get("link")),
            image_url=_image(entry),
            organizer=_organizer(entry, info),
            status=_status(title, info.field(entry, GDATA, "eventstatus")),
            online=online,
            source_category=join(categories) or event_type,
            tags=list(dict.fromkeys(label.lower() for label in [*categories, *([event_type] if event_type else [])])),
        )


# --- reading the document safely ------------------------------------------------------------------


def decode_feed(payload: bytes) -> str:
    """The document as text, for the checks made before parsing (BOM, then the XML declaration, then UTF-8)."""
    for bom, encoding in _BOMS:
        if payload.startswith(bom):
            return payload[len(bom) :].decode(encoding, errors="replace")
    declared = _DECLARED_ENCODING.match(payload.lstrip()[:200])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return payload.decode(encoding, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def refuse_entities(text: str, payload: bytes) -> None:
    """Raise AdapterError when the document declares entities.

    Two independent checks, one per parser feedparser may use:
    - its loose parser only learns entities declared before the first element (feedparser's own
      ``<\\w`` split of the document), so that part is scanned as text: this also catches declarations in
      documents too broken for an XML parser, and does not refuse an article quoting "<!ENTITY" in CDATA;
    - its strict parser is expat, so defusedxml's expat parser is run on the same bytes: it reads the
      encoding (UTF-16 without a BOM…) and the comments and processing instructions as expat does.
    """
    first_element = _FIRST_ELEMENT.search(text)
    if _ENTITY_DECLARATION.search(text[: first_element.start()] if first_element else text):
        raise AdapterError(ENTITIES_FORBIDDEN)
    try:
        # An external DTD (RSS 0.91's Netscape DOCTYPE) is harmless: it is never fetched, so it is allowed.
        defusedxml.sax.parseString(
            payload, ContentHandler(), forbid_dtd=False, forbid_entities=True, forbid_external=False
        )
    except defusedxml.DefusedXmlException as exc:
        raise AdapterError(ENTITIES_FORBIDDEN) from exc
    except SAXException:
        pass  # not well-formed: expat (feedparser's strict parser) stops there too, and the scan above ran


def root_element(head: str) -> tuple[str | None, str]:
    """The name and attribute text of the document's first element, skipping comments and the DOCTYPE."""
    cleaned = _DOCTYPE.sub("", _COMMENT_OR_CDATA.sub("", head))
    match = _ROOT_TAG.search(cleaned)
    return (match.group(1), match.group(2)) if match else (None, "")


def is_feed_root(root: str, attributes: str, head: str) -> bool:
    """<rss>, an Atom <feed>, or an RSS 1.0 <rdf:RDF>; an HTML page (or anything else) is not a feed."""
    local = root.rpartition(":")[2]
    if local == "rss":
        return True
    if local == "feed":
        return any(namespace in attributes for namespace in ATOM_NAMESPACES)
    if local == "RDF":
        return any(namespace in head for namespace in RSS1_NAMESPACES)
    return False


def as_utf8(payload: bytes) -> bytes:
    """A UTF-8 document with its invalid bytes replaced (U+FFFD).

    feedparser would otherwise decide the whole document is windows-1252 because of one bad byte, and
    garble every correct non-ASCII character in the other items. Other declared encodings are left alone.
    """
    if payload.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return payload
    declared = _DECLARED_ENCODING.match(payload.removeprefix(codecs.BOM_UTF8).lstrip()[:200])
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return payload
    return payload.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace").encode("utf-8")


# --- when ------------------------------------------------------------------------------------------


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


def read_moment(value: str | None, zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    """An ISO 8601 (extended or basic, as xCal writes it) date or date-time; naive times are read in ``zone``."""
    if not value:
        return None
    raw = value.strip()
    date_only = _DATE_ONLY.fullmatch(raw)
    if date_only:
        try:
            day = dt.date(*(int(part) for part in date_only.groups()))
        except ValueError:
            return None
        return day if plausible(day) else None
    parsed = parse_datetime(raw, tz=zone)
    return parsed if isinstance(parsed, dt.datetime) else None


def make_when(start: dt.date, end: dt.date | None, *, zone: zoneinfo.ZoneInfo | None, exclusive_end: bool) -> When:
    """Start and end in the event's zone; an all-day end becomes the inclusive last day (None for one day)."""
    if not isinstance(start, dt.datetime):
        last_day = None
        if end is not None and not isinstance(end, dt.datetime):
            last_day = end - dt.timedelta(days=1) if exclusive_end else end
        return When(start, last_day if last_day and last_day > start else None, True, zone.key if zone else None)
    local_start, zone_name = localize(start, zone)
    local_end = localize(end, zone)[0] if isinstance(end, dt.datetime) else None
    return When(local_start, local_end if local_end and local_end > local_start else None, False, zone_name)


def localize(moment: dt.datetime, zone: zoneinfo.ZoneInfo | None) -> tuple[dt.datetime, str | None]:
    """The time in the feed's zone when that is what its offset means, and the zone's IANA name.

    UTC ("Z") is how machines write an instant, not a claim about the venue, so it is shown in the feed's
    zone. Another offset that the zone does not have at that instant is kept as written, with no name.
    """
    if zone is None:
        key = getattr(moment.tzinfo, "key", None)
        return moment, str(key) if key else None
    local = moment.astimezone(zone)
    if moment.utcoffset() in (local.utcoffset(), dt.timedelta(0)):
        return local, zone.key
    return moment, None


def text_when(texts: list[str | None], *, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """The first date written in prose in the texts (title first), read in ``zone``."""
    for text in texts:
        for match in _PROSE_DATE.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            when = _prose_when(match, zone=zone, reference=reference)
            if when is not None:
                return when
    return None


def _prose_when(match: re.Match[str], *, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    date_text = match.group("date")
    start_clock, end_clock = _clocks(match.group("start"), match.group("end"))
    start = _read_prose(f"{date_text} {start_clock or ''}", zone, reference)
    if start is None:
        return None
    if start_clock is None:  # a date without a time of day: an all-day event
        return When(start.date(), None, True, zone.key if zone else None)
    end = _read_prose(f"{date_text} {end_clock}", zone, reference) if end_clock else None
    if end is not None and end <= start:  # "9pm - 1am" ends the next day
        end += dt.timedelta(days=1)
    return When(start, end, False, zone.key if zone else None)


def _clocks(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Times of day from a match; a start without am/pm takes the end's ("2 - 4 PM", "7:30 - 9:30pm").

    A bare hour with nothing to say it is a time ("December 5, 2 seats left") is not one.
    """
    start, end = (start or "").strip() or None, (end or "").strip() or None
    if start is None or _MERIDIEM.search(start) or start.isalpha():
        return start, end
    meridiem = _MERIDIEM.search(end or "")
    if end is None or meridiem is None:
        return (start, end) if ":" in start else (None, None)  # "19:30" is a 24-hour time
    start_hour, end_hour = int(start.partition(":")[0]), int(re.split(r"\D", end, maxsplit=1)[0])
    suffix = re.sub(r"[.\s]", "", meridiem.group(0).lower())
    if start_hour > end_hour and start_hour != 12:  # "11 - 1 pm": the start is in the morning
        suffix = "am" if suffix == "pm" else "pm"
    return f"{start} {suffix}", end


def _read_prose(text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> dt.datetime | None:
    parsed = parse_text_datetime(text, tz=zone, now=reference, languages=["en"])
    if parsed is None:
        return None
    return parsed.astimezone(zone) if zone else parsed.astimezone(dt.UTC)


def _reference(entry: Mapping[str, Any], info: FeedInfo) -> dt.datetime:
    """What a date without a year is relative to: the start of the day the item was published.

    The publication date never becomes the event's date; it only says which "December 5" is meant.
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
    digest = hashlib.sha256((_clean(entry.get("title")) or "").encode()).hexdigest()[:24]
    return f"rss-{digest}"


def _clean(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _text_field(value: Any) -> str | None:
    """A namespaced element's text (feedparser gives a dict of attributes instead when it had some)."""
    return _clean(value) if isinstance(value, str) else None


def _attribute(value: Any, name: str) -> str | None:
    return _clean(value.get(name)) if isinstance(value, Mapping) else None


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


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
    if location.lower().startswith(("http://", "https://")):
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
    return None


def _status(title: str, gd_status: Any) -> str:
    if (_attribute(gd_status, "value") or "").endswith(GDATA_CANCELLED):
        return "cancelled"
    prefix = _STATUS_PREFIX.match(title)
    return STATUS_WORDS.get(prefix.group(1).lower(), "scheduled") if prefix else "scheduled"


def _image(entry: Mapping[str, Any]) -> str | None:
    """An image enclosure, else an image media:content, else a media:thumbnail."""
    for enclosure in entry.get("enclosures") or []:
        if str(enclosure.get("type", "")).startswith("image/") and _http_url(enclosure.get("href")):
            return _http_url(enclosure.get("href"))
    for media in entry.get("media_content") or []:
        is_image = media.get("medium") == "image" or str(media.get("type", "")).startswith("image/")
        if is_image and _http_url(media.get("url")):
            return _http_url(media.get("url"))
    for thumbnail in entry.get("media_thumbnail") or []:
        if _http_url(thumbnail.get("url")):
            return _http_url(thumbnail.get("url"))
    return None


def _coordinates(entry: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """GeoRSS (``georss:point``, which feedparser gives as ``where``) or W3C geo (``geo:lat``/``geo:long``)."""
    where = entry.get("where")
    try:
        if isinstance(where, Mapping) and where.get("type") == "Point":
            longitude, latitude = (float(part) for part in where["coordinates"])
        else:
            latitude, longitude = float(entry["geo_lat"]), float(entry["geo_long"])
    except (KeyError, TypeError, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None


def _http_url(value: Any) -> str | None:
    text = _clean(value)
    return text if text and text.lower().startswith(("http://", "https://")) else None


def _raw(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What an operator needs to find the item again; feedparser's own values are not all JSON-ready."""
    return {
        "id": _clean(entry.get("id")),
        "title": _clean(entry.get("title")),
        "link": _clean(entry.get("link")),
        "summary": (_clean(entry.get("summary")) or "")[:2000],
    }
