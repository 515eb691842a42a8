"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds of events, read with feedparser.

A feed item is an event only when it says when the event happens. The date is taken, in this order, from:
1. the xCal namespace (``xcal:dtstart``/``xcal:dtend``, urn:ietf:params:xml:ns:xcal);
2. the RSS event module (``ev:startdate``/``ev:enddate``, http://purl.org/rss/1.0/modules/event/);
3. Google Calendar's Atom feeds (``gd:when startTime/endTime``, with the calendar's ``gCal:timezone``);
4. a date written in the title or description ("Saturday, December 5, 7:30 PM"), read in the source's zone.
An item's pubDate/updated is when it was *published*, never when the event is: it only anchors dates
written without a year ("December 5" in a post of 20 November is this December 5).

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
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from sources.adapters._feed_guard import (
    ENTITIES_FORBIDDEN,
    check_with_xml_parser,
    decode_feed,
    is_feed_root,
    root_element,
    safe_feed,
)
from sources.adapters._feed_when import When, make_when, read_moment, text_when
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
from sources.adapters.registry import register

__all__ = ("ENTITIES_FORBIDDEN", "FeedAdapter", "text_when")

EMPTY = "The feed is empty."
NOT_A_FEED = "Not an RSS or Atom feed: the document's root element is <{root}>."
NO_ROOT = "Not an RSS or Atom feed: no XML root element found."
UNREADABLE = "Unreadable feed: {error}"
NO_TITLE = "The item has no title."
NO_DATE = "The item gives no event date: no xCal, ev: or gd:when date, and none written in its title or description."
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

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_STATUS_PREFIX = re.compile(r"^\W*(cancell?ed|postponed|rescheduled)\b", re.IGNORECASE)


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
        calendar_zone = zone(_attribute(_field(result.get("feed") or {}, prefixes, GCAL, "timezone"), "value"))
        feed_zone = calendar_zone or self.context.default_timezone
        window_start = self.context.window.start
        reference = window_start if window_start.tzinfo else window_start.replace(tzinfo=feed_zone or dt.UTC)
        return FeedInfo(prefixes=prefixes, zone=feed_zone, fallback_reference=reference)

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
            url=http_url(entry.get("link")),
            image_url=_image(entry),
            organizer=_organizer(entry, info),
            status=_status(title, info.field(entry, GDATA, "eventstatus")),
            online=online,
            source_category=join(categories) or event_type,
            tags=list(dict.fromkeys(label.lower() for label in [*categories, *([event_type] if event_type else [])])),
        )


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
    return None


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
            latitude, longitude = float(entry["geo_lat"]), float(entry["geo_long"])
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
