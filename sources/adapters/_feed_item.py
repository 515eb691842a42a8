"""What the ``rss`` adapter reads every feed item with: the event namespaces and the prefixes feedparser gave
them (``FeedInfo``), and an item's plain values (its id, texts, body, publication time, what a rejection keeps).
Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import html
import re
import time
import zoneinfo
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_extras import IdCounts
from sources.adapters._recurrence import FileBudget

XCAL = "urn:ietf:params:xml:ns:xcal"
EVENT_MODULE = "http://purl.org/rss/1.0/modules/event/"
GDATA = "http://schemas.google.com/g/2005"
GCAL = "http://schemas.google.com/gCal/2005"
# feedparser names elements of namespaces it knows by its own prefix, others by the document's prefix.
DEFAULT_PREFIXES = {XCAL: "xcal", EVENT_MODULE: "ev", GDATA: "gd", GCAL: "gcal"}
GDATA_KIND = "http://schemas.google.com/g/2005#kind"  # category telling "this entry is an event": no label
GDATA_CANCELLED = "#event.canceled"
GDATA_ORGANIZER = "#event.organizer"

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True, slots=True)
class Programme:
    """A feed whose pubDates are a programme of events, not publication times: what says so, and whether that is
    enough to publish what it reads (else it is held for a moderator)."""

    evidence: str
    sure: bool


@dataclasses.dataclass(frozen=True, slots=True)
class FeedInfo:
    """What every item of one feed shares: where feedparser put each namespace, and the feed's zone."""

    prefixes: Mapping[str, tuple[str, ...]]
    zone: zoneinfo.ZoneInfo | None
    fallback_reference: dt.datetime
    # One expansion budget (time, steps, occurrences) for every series in the document (``rss.feed_budget``).
    budget: FileBudget
    channel_title: str | None = None
    page: str | None = None  # the feed's own page (channel link): an item linking there is not named by it
    built: dt.datetime | None = None  # when the feed says it was written (lastBuildDate, channel pubDate/updated)
    # When the feed was fetched: the run's window starts the day before (sources.extraction.default_window).
    now: dt.datetime = dt.datetime.min.replace(tzinfo=dt.UTC)
    event_feed: bool = False  # whether the feed says it lists events (is_event_feed)
    dated: bool = False  # whether its items mostly give their dates in event elements (_feed_dates.dated_feed)
    # Why the feed's pubDates are its events' starts, when they are (_feed_dates.pubdate_programme).
    programme: Programme | None = None
    # Why the feed's pubDates are its events' starts beside their end elements (_feed_dates.pubdate_ends).
    ended: Programme | None = None
    day_programme: str | None = None  # why its items' bare days are its events' (_feed_day_programme)
    notice_windows: str | None = None  # why its ev: dates are notices' display windows (_feed_notice_window)
    utc_days: bool = False  # whether every item is dated at midnight UTC, a day stamp (_feed_utc_days)
    day_offset: dt.timezone | None = None  # the offset a feed of events' midnight day stamps are in
    podcast: bool = False  # whether the feed is a podcast's, its items episodes (_feed_podcast)
    post_stamps: bool = False  # whether its pubDates are when its items were written, by their seconds
    ids: IdCounts = dataclasses.field(default_factory=lambda: IdCounts.of(()))

    def field(self, entry: Mapping[str, Any], namespace: str, name: str) -> Any:
        return namespaced(entry, self.prefixes, namespace, name)


def namespaced(data: Mapping[str, Any], prefixes: Mapping[str, tuple[str, ...]], namespace: str, name: str) -> Any:
    """An element of a namespace, whatever prefix the document gave it (feedparser keys are prefix_name)."""
    for prefix in prefixes.get(namespace, ()):
        value = data.get(f"{prefix}_{name}")
        if value not in (None, ""):
            return value
    return None


def external_id(entry: Mapping[str, Any]) -> str:
    """The item's guid/id, else its link, else a hash of its title."""
    for key in ("id", "link"):
        value = clean(entry.get(key))
        if value:
            return value
    digest = hashlib.sha256((clean(entry.get("title")) or "").encode(errors="surrogatepass")).hexdigest()[:24]
    return f"rss-{digest}"


def clean(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def text_field(value: Any) -> str | None:
    """A namespaced element's text (feedparser gives a dict of attributes instead when it had some)."""
    return clean(value) if isinstance(value, str) else None


def attribute(value: Any, name: str) -> str | None:
    return clean(value.get(name)) if isinstance(value, Mapping) else None


def item_description(entry: Mapping[str, Any]) -> str | None:
    """The fullest body: content (content:encoded, Atom content) over the summary/description."""
    for content in entry.get("content") or []:
        value = clean(content.get("value"))
        if value:
            return value
    return clean(entry.get("summary"))


def plain_text(markup: str | None) -> str:
    """Text to look for dates in (the pipeline does the real HTML cleaning later)."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup or ""))).strip()


def stamp_of(data: Mapping[str, Any], key: str) -> dt.datetime | None:
    """A feedparser date (a UTC struct_time) as an aware datetime, or None. Read as stored: feedparser answers a
    missing "updated_parsed" with "published_parsed" and a DeprecationWarning (a channel with a pubDate and no
    lastBuildDate), and each is asked for on its own here."""
    stamp = dict.get(data, key) if isinstance(data, dict) else data.get(key)
    if not isinstance(stamp, time.struct_time):
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None


def raw_item(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What an operator needs to find the item again; feedparser's own values are not all JSON-ready."""
    return {
        "id": clean(entry.get("id")),
        "title": clean(entry.get("title")),
        "link": clean(entry.get("link")),
        "summary": (clean(entry.get("summary")) or "")[:2000],
    }
