"""ICS and RSS/Atom feeds for any filter combination, and one event's .ics.

    /feeds/events.ics?<filters>    a calendar to subscribe to (events:feed-ics)
    /feeds/events.rss?<filters>    RSS 2.0 (events:feed-rss)
    /feeds/events.atom?<filters>   Atom (events:feed-atom)
    /events/<id>.ics               one event, to import (events:event-ics)

The filters are the shared vocabulary (events/filters.py, docs/event-format.md) read by
``selectors.event_list``; a value it cannot use is a 400 naming the field, never "everything". A feed is
built once per (path, normalised filters, public generation) and kept in the cache a few minutes, so a
thousand subscribers polling one city cost one query; ETag/Last-Modified let them poll with a 304.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, QueryDict
from django.shortcuts import redirect
from django.urls import URLPattern, path, reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed
from django.utils.html import escape
from django.utils.http import content_disposition_header, http_date, quote_etag
from django.views.decorators.http import require_safe

from events import calendar_export, selectors
from events.filters import WHEN_CHOICES, EventFilterSet, InvalidFiltersError
from events.formatting import event_price_text, money, zone_label
from events.links import site_host, site_url
from events.models import Area, Event
from events.services.changes import generation
from events.text import plain_text

ICS_LIMIT = 500
FEED_LIMIT = 100
# Browsers and calendar clients may reuse a feed this long; the server-side copy lives a little less, so a
# change reaches a client within MAX_AGE + CACHE_SECONDS at worst (sooner: a change moves the generation).
MAX_AGE = 600
CACHE_SECONDS = 300
ICS_TYPE = "text/calendar; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
ITEM_DESCRIPTION_CHARS = 600
TAG_DATE = "2024"

logger = logging.getLogger(__name__)

WHEN_LABELS = dict(WHEN_CHOICES)


@dataclass(frozen=True)
class FeedInfo:
    """What a feed is about, read from its filters: its title, the page it mirrors, its zone."""

    title: str
    link: str
    self_url: str
    timezone_name: str


# --- the filters: normalised (cache key, self link) and described (title) --------------------------------------


def normalised_filters(data: QueryDict) -> list[tuple[str, str]]:
    """The filter pairs that decide a feed's content, in one canonical order: unknown keys dropped, empty values
    dropped, single-valued keys reduced to the value the filters read (the last), multi-valued ones sorted."""
    pairs: list[tuple[str, str]] = []
    for key in sorted(EventFilterSet.base_filters):
        values = [value for value in data.getlist(key) if value.strip()]
        if not values:
            continue
        kept = sorted(set(values)) if key in EventFilterSet.MULTI_VALUED else [data.getlist(key)[-1]]
        pairs.extend((key, value) for value in kept if value.strip())
    return pairs


def _place(cleaned: Mapping[str, Any]) -> str:
    city = cleaned.get("city")
    if cleaned.get("venue") is not None:
        return f" at {cleaned['venue'].name}"
    if cleaned.get("area"):
        areas = Area.objects.filter(slug=cleaned["area"])
        area = (areas.filter(city=city) if city else areas).select_related("city").first()
        if area is not None:
            return f" in {area.name}, {area.city.name}"
    if city is not None:
        return f" in {city.name}"
    if cleaned.get("lat") is not None and cleaned.get("lng") is not None:
        radius = cleaned.get("radius_km") or 10
        return f" within {radius:g} km of {cleaned['lat']:g}, {cleaned['lng']:g}"
    return ""


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _qualifiers(cleaned: Mapping[str, Any]) -> list[str]:
    """The rest of the filters, in words: "this weekend", "free", "matching “jazz”" …"""
    city = cleaned.get("city")
    words = {
        "when": lambda value: WHEN_LABELS[value].lower(),
        "date_from": lambda value: f"from {_day(value)}",
        "date_to": lambda value: f"until {_day(value)}",
        "q": lambda value: f"matching “{value}”",
        "tag": lambda value: f"tagged “{value}”",
        "organizer": lambda value: f"by {value.name}",
        "source": lambda value: f"listed by {value.name}",
        "free": lambda value: "free" if value else "not free",
        "price_max": lambda value: f"up to {money(value, '', city.country if city else '')}",
        "online": lambda value: "online" if value else "in person",
        "accessible": lambda value: "step-free access" if value else "not marked step-free",
        "status": lambda value: " or ".join(value),
    }
    result = []
    for key, word in words.items():
        value = cleaned.get(key)
        if value is None or value == "" or value == []:
            continue
        text = word(value)
        if text:
            result.append(text)
    return result


def describe_filters(cleaned: Mapping[str, Any]) -> str:
    """ "Music in Bengaluru, this weekend": what a list with these (valid, cleaned) filters holds."""
    category = cleaned.get("subcategory") or cleaned.get("category")
    subject = category.name if category is not None else "Events"
    qualifiers = _qualifiers(cleaned)
    return subject + _place(cleaned) + "".join(f", {word}" for word in qualifiers)


def feed_info(request: HttpRequest, pairs: Sequence[tuple[str, str]]) -> FeedInfo:
    """Title, links and zone of the feed for these filters (already validated by ``selectors.event_list``)."""
    filterset = EventFilterSet(request.GET)
    cleaned: Mapping[str, Any] = filterset.form.cleaned_data if filterset.is_valid() else {}
    city = cleaned.get("city")
    query = urlencode(list(pairs))
    return FeedInfo(
        title=calendar_export.clean_line(f"Whatson: {describe_filters(cleaned)}", max_length=200),
        link=site_url(city.get_absolute_url() if city is not None else reverse("events:home")),
        self_url=site_url(request.path + (f"?{query}" if query else "")),
        timezone_name=city.timezone if city is not None else "",
    )


# --- building the bodies ----------------------------------------------------------------------------------------


def cached_vevents(events: Sequence[Event]) -> list[bytes]:
    """Each event's serialised VEVENT, shared by every feed built in this generation: a hundred filter
    combinations over one city serialise each event once. Keyed by the event's last change too."""
    gen = generation()
    keys = [
        f"whatson:vevent:{gen}:{event.pk}:{event.updated_at.timestamp() if event.updated_at else 0}" for event in events
    ]
    try:
        found: dict[str, Any] = cache.get_many(keys)
    except Exception:  # a cache that cannot answer is a miss; the feed is built without it
        logger.warning("cache read of VEVENTs failed; built afresh", exc_info=True)
        found = {}
    missing = {
        key: calendar_export.event_vevent_bytes(event)
        for key, event in zip(keys, events, strict=True)
        if key not in found
    }
    if missing:
        try:
            cache.set_many(missing, CACHE_SECONDS)
        except Exception:  # as above: not cached, still served
            logger.warning("cache write of VEVENTs failed; not cached", exc_info=True)
    return [found.get(key) or missing[key] for key in keys]


def build_ics(events: Sequence[Event], info: FeedInfo) -> bytes:
    zones = {event.zone.key for event in events}
    timezone_name = info.timezone_name or (next(iter(zones)) if len(zones) == 1 else "")
    return calendar_export.calendar_ics(
        events,
        name=info.title,
        description=f"Upcoming events from Whatson: {info.link}",
        timezone_name=timezone_name,
        refresh_minutes=MAX_AGE // 60,
        vevents=cached_vevents(events),
    )


def when_text(event: Event) -> str:
    """ "Sat 5 Dec 2026, 19:00–22:00 (India Time)"; all-day events by their days."""
    start, end = event.local_start, event.local_end
    day = f"{start:%a} {_day(start.date())}"
    if event.all_day:
        return f"{day} – {end:%a} {_day(end.date())}" if end is not None else day
    text = f"{day}, {start:%H:%M}"
    if end is not None:
        text += f"–{end:%H:%M}" if end.date() == start.date() else f" – {end:%a} {_day(end.date())}, {end:%H:%M}"
    label = zone_label(event.timezone)
    return f"{text} ({label})" if label else text


def item_html(event: Event) -> str:
    """The item's description as a small, escaped HTML fragment: when, where, price, then the description."""
    facts = [when_text(event), calendar_export.event_location(event), event_price_text(event)]
    if event.status == "cancelled":
        facts.insert(0, "Cancelled")
    elif event.status == "postponed":
        facts.insert(0, "Postponed")
    parts = ["<p>" + " · ".join(escape(calendar_export.clean_line(fact)) for fact in facts if fact) + "</p>"]
    text = calendar_export.clean_text(plain_text(event.description, max_length=ITEM_DESCRIPTION_CHARS))
    for paragraph in (chunk.strip() for chunk in text.split("\n\n")):
        if paragraph:
            parts.append("<p>" + "<br>".join(escape(line) for line in paragraph.split("\n")) + "</p>")
    return "".join(parts)


def item_id(event: Event) -> str:
    """A permanent id for the item (RSS guid, Atom id): a tag URI, because the page's URL carries the slug and
    changes when the title is corrected, while a reader must keep seeing the same item."""
    return f"tag:{site_host()},{TAG_DATE}:event-{event.pk}"


def _enclosure(event: Event) -> list[Enclosure]:
    if not event.image_url:
        return []
    mime, _ = mimetypes.guess_type(event.image_url.split("?", 1)[0])
    if not mime or not mime.startswith("image/"):
        return []
    return [Enclosure(event.image_url, "0", mime)]


def build_syndication(feed_class: type[SyndicationFeed], events: Sequence[Event], info: FeedInfo) -> bytes:
    feed = feed_class(
        title=info.title,
        link=info.link,
        description=f"Upcoming events listed on Whatson ({len(events)} shown, soonest first).",
        language="en",
        feed_url=info.self_url,
        feed_guid=info.self_url,
        author_name="Whatson",
        ttl=MAX_AGE // 60,
    )
    for event in events:
        feed.add_item(
            title=calendar_export.event_summary(event),
            link=site_url(event.get_absolute_url()),
            description=item_html(event),
            unique_id=item_id(event),
            unique_id_is_permalink=False,
            pubdate=event.published_at or event.created_at,
            updateddate=event.updated_at,
            categories=calendar_export.event_categories(event),
            enclosures=_enclosure(event),
        )
    return feed.writeString("utf-8").encode("utf-8")


def build_rss(events: Sequence[Event], info: FeedInfo) -> bytes:
    return build_syndication(Rss201rev2Feed, events, info)


def build_atom(events: Sequence[Event], info: FeedInfo) -> bytes:
    return build_syndication(Atom1Feed, events, info)


# --- HTTP: cache, conditional GET, errors ---------------------------------------------------------------------


def bad_filters(error: InvalidFiltersError) -> HttpResponse:
    fields = ", ".join(error.errors)
    lines = [f"Invalid filter value for: {fields}."]
    lines += [f"{key}: {' '.join(messages)}" for key, messages in error.errors.items()]
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


def _etag(body: bytes) -> str:
    return quote_etag(hashlib.sha256(body).hexdigest()[:32])


def _conditional(request: HttpRequest, response: HttpResponse, *, etag: str, last_modified: float) -> HttpResponseBase:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(int(last_modified))
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    conditional = get_conditional_response(request, etag=etag, last_modified=int(last_modified), response=response)
    return response if conditional is None else conditional


def feed_response(
    request: HttpRequest,
    *,
    limit: int,
    build: Callable[[Sequence[Event], FeedInfo], bytes],
    content_type: str,
    filename: str,
) -> HttpResponseBase:
    pairs = normalised_filters(request.GET)
    digest = hashlib.sha256(f"{request.path}?{urlencode(pairs)}".encode()).hexdigest()
    key = f"whatson:feed:{generation()}:{digest}"
    entry = selectors.cache_get(key)
    if entry is None:
        try:
            events = list(selectors.event_list(filters=request.GET)[:limit])
        except InvalidFiltersError as error:
            return bad_filters(error)
        body = build(events, feed_info(request, pairs))
        entry = {"body": body, "etag": _etag(body), "built": time.time()}
        selectors.cache_set(key, entry, CACHE_SECONDS)
    response = HttpResponse(entry["body"], content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=False, filename=filename) or ""
    return _conditional(request, response, etag=entry["etag"], last_modified=entry["built"])


# --- views ------------------------------------------------------------------------------------------------------


@require_safe
def feed_ics(request: HttpRequest) -> HttpResponseBase:
    return feed_response(request, limit=ICS_LIMIT, build=build_ics, content_type=ICS_TYPE, filename="whatson.ics")


@require_safe
def feed_rss(request: HttpRequest) -> HttpResponseBase:
    return feed_response(request, limit=FEED_LIMIT, build=build_rss, content_type=RSS_TYPE, filename="whatson.rss")


@require_safe
def feed_atom(request: HttpRequest) -> HttpResponseBase:
    return feed_response(request, limit=FEED_LIMIT, build=build_atom, content_type=ATOM_TYPE, filename="whatson.atom")


@require_safe
def event_ics(request: HttpRequest, pk: int) -> HttpResponseBase:
    """One published event's calendar file, to download and import. A merged-away event's address gives the
    event it was merged into (as its page does: 301, not cached, since a merge can be split again)."""
    merged_into = selectors.event_merged_target(pk=pk)
    if merged_into is not None:
        moved = redirect(reverse("events:event-ics", kwargs={"pk": merged_into.pk}), permanent=True)
        patch_cache_control(moved, no_cache=True, max_age=0)
        return moved
    event = selectors.event_get_public(pk=pk)
    if event is None:
        raise Http404("No such event.")
    body = calendar_export.event_ics(event)
    response = HttpResponse(body, content_type=ICS_TYPE)
    disposition = content_disposition_header(as_attachment=True, filename=f"{event.slug or 'event'}.ics")
    response["Content-Disposition"] = disposition or "attachment"
    changed = event.updated_at.timestamp() if event.updated_at else time.time()
    return _conditional(request, response, etag=_etag(body), last_modified=changed)


urlpatterns: list[URLPattern] = [
    path("feeds/events.ics", feed_ics, name="feed-ics"),
    path("feeds/events.rss", feed_rss, name="feed-rss"),
    path("feeds/events.atom", feed_atom, name="feed-atom"),
    path("events/<int:pk>.ics", event_ics, name="event-ics"),
]
