"""Facebook page events, through the Graph API.

``GET https://graph.facebook.com/v19.0/{page_id}/events?access_token=…&fields=…&time_filter=upcoming``
lists a page's upcoming events (cancelled ones too, with ``include_canceled=true``, so a cancellation is
seen as such rather than as a disappearance). Pages of results are walked with ``paging.cursors.after``
until the response has no ``paging.next``. A page's event list is complete.

Access: Meta only lets apps with the approved page-events permissions read this edge; the adapter needs a
valid **page access token** for the page (``access_token`` in the config, else FACEBOOK_ACCESS_TOKEN).

Config: ``page_id`` (numeric id or username), ``access_token``, ``api_version`` ("v19.0"), ``page_size`` (25),
``max_pages`` (20), ``organizer`` (the page's display name, as the events' organizer), ``base_url`` (tests).

Times look like "2026-12-05T19:00:00-0800" (an offset without a colon) and each event names its IANA
``timezone``. A recurring event lists its occurrences in ``event_times``, each with its own id, start, end
and ticket link: every occurrence inside the run's window becomes its own event.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._api import (
    api_root,
    guarded,
    http_url,
    json_object,
    load_json,
    setting,
    sniffed_json,
    strict_float,
)
from sources.adapters.base import (
    BASE_URL_FIELD,
    MAX_PAGES_FIELD,
    Adapter,
    AdapterError,
    ConfigField,
    FetchWindow,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import dig, parse_datetime, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v19.0"
DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 25
FIELDS = (
    "id,name,description,start_time,end_time,timezone,"
    "place{name,location{street,city,state,country,zip,latitude,longitude}},"
    "is_canceled,is_online,cover{source},ticket_uri,category,event_times"
)
EVENT_PAGE = "https://www.facebook.com/events/{id}/"
# Page ids are numbers; usernames are letters, digits and dots. Anything else would change the URL path.
PAGE_ID = re.compile(r"^[A-Za-z0-9.]{1,100}$")
VERSION = re.compile(r"^v\d+\.\d+$")
COLONLESS_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")

BAD_SETTING = "{key!r} in the Facebook source config must be a whole number ≥ 1, not {value!r}."
NOT_JSON = "Not a Graph API response: the body is not JSON ({error})."
NOT_FACEBOOK = "Not a Graph API events response: expected an object with a 'data' list."
GRAPH_ERROR = "The Graph API answered with an error: {message}"
BAD_PAGE_ID = "The Facebook source config needs 'page_id': a page's numeric id or username."
BAD_VERSION = "Unreadable api_version {value!r}: use the form v19.0."
ITEM_NOT_OBJECT = "The event is not an object."
NO_TITLE = "The event has no name."
BAD_START = "The event has no readable start_time."
TRUNCATED = "Facebook page listing cut at max_pages={pages}; later events were not read (raise max_pages)."


def graph_time(value: Any, tz: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    """A Graph API time ("2026-12-05T19:00:00-0800") as an aware datetime in the event's zone."""
    if not isinstance(value, str):
        return None
    moment = parse_datetime(COLONLESS_OFFSET.sub(r"\1:\2", value.strip()), tz=tz)
    if isinstance(moment, dt.datetime) and tz is not None:
        return moment.astimezone(tz)
    return moment


def _overlaps(start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, window: FetchWindow) -> bool:
    """Whether an occurrence overlaps [window.start, window.end); naive bounds read in the event's zone."""
    zone_info = start.tzinfo if isinstance(start, dt.datetime) else None

    def instant(value: dt.datetime | dt.date) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=zone_info or dt.UTC)
        return dt.datetime.combine(value, dt.time.min, tzinfo=zone_info or dt.UTC)

    begin = instant(start)
    finish = instant(end) if end is not None and instant(end) > begin else begin
    lower, upper = instant(window.start), instant(window.end)
    return begin < upper and (finish > lower or begin >= lower)


@register
class FacebookAdapter(Adapter):
    name = "facebook"
    label = "Facebook page events (Graph API)"
    source_kind = "api"
    config_fields = (
        ConfigField(key="page_id", label="Page id", required=True, help_text="The page's numeric id or username."),
        ConfigField(
            key="access_token",
            label="Page access token",
            help_text="Better left empty: set FACEBOOK_ACCESS_TOKEN in the environment.",
        ),
        ConfigField(key="api_version", label="Graph API version", help_text="Default v19.0."),
        ConfigField(key="page_size", label="Page size", kind="int", help_text="Events per page (default 25)."),
        MAX_PAGES_FIELD,
        ConfigField(key="organizer", label="Organizer", help_text="The page's display name, as the organizer."),
        BASE_URL_FIELD,
    )
    complete_listing = True
    credential_hint = "FACEBOOK_ACCESS_TOKEN"
    sniff_priority = 20

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = sniffed_json(payload)
        if not isinstance(data, dict) or not isinstance(data.get("data"), list) or not data["data"]:
            return False
        first = data["data"][0]
        # A Graph event: numeric id, start_time, and the Graph-only shape of its place/cover/flags.
        return (
            isinstance(first, dict)
            and str(first.get("id", "")).isdigit()
            and "start_time" in first
            and any(key in first for key in ("place", "is_canceled", "event_times", "cover", "ticket_uri"))
        )

    def fetch(self) -> Iterator[ParsedRecord]:
        params: dict[str, Any] = {
            "access_token": self.credential("access_token"),
            "fields": FIELDS,
            "time_filter": "upcoming",
            "include_canceled": "true",
            "limit": setting(self.config, "page_size", DEFAULT_PAGE_SIZE, BAD_SETTING),
        }
        url = self._url()
        max_pages = setting(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_SETTING)
        for _page in range(max_pages):
            data = self.http.get_json(url, params=params)
            yield from self._page(data)
            after = dig(data, "paging", "cursors", "after")
            # The Graph API leaves out paging.next on the last page.
            if not dig(data, "paging", "next") or not after:
                return
            params["after"] = after
        self.listing_truncated = True
        logger.warning(TRUNCATED.format(pages=max_pages))

    def _url(self) -> str:
        page_id = str(self.config.get("page_id") or "")
        if not PAGE_ID.match(page_id):
            raise AdapterError(BAD_PAGE_ID)
        version = str(self.config.get("api_version") or DEFAULT_API_VERSION)
        if not VERSION.match(version):
            raise AdapterError(BAD_VERSION.format(value=version))
        base = api_root(self.config, DEFAULT_BASE_URL)
        return f"{base}/{version}/{page_id}/events"

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        return self._page(load_json(payload, NOT_JSON))

    def _page(self, data: Any) -> Iterator[ParsedRecord]:
        if isinstance(data, dict) and isinstance(data.get("error"), dict):
            raise AdapterError(GRAPH_ERROR.format(message=data["error"].get("message") or "unknown"))
        if not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise AdapterError(NOT_FACEBOOK)
        for index, item in enumerate(data["data"]):
            if not isinstance(item, dict):
                yield RejectedRecord(external_id=f"item-{index}", reason=ITEM_NOT_OBJECT, raw={"item": item})
                continue
            yield from self._records(item)

    def _records(self, item: Mapping[str, Any]) -> Iterator[ParsedRecord]:
        occurrences = [time for time in item.get("event_times") or [] if isinstance(time, dict)]
        if not occurrences:
            yield guarded(self._record, item, item)
            return
        for occurrence in occurrences:
            record = guarded(self._record, item, occurrence)
            if isinstance(record, RejectedRecord) or _overlaps(record.start, record.end, self.context.window):
                yield record

    def _record(self, item: Mapping[str, Any], occurrence: Mapping[str, Any]) -> ParsedRecord:
        """One event, or one occurrence of a recurring one (its own id, times and ticket link)."""
        external_id = str(occurrence.get("id") or item.get("id") or "")
        title = str(item.get("name") or "").strip()
        tz = zone(item.get("timezone"), self.context.default_timezone)
        start = graph_time(occurrence.get("start_time"), tz)
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(item))
        if start is None:
            return RejectedRecord(external_id=external_id, reason=BAD_START, raw=dict(item))
        place = json_object(item.get("place"))
        location = json_object(place.get("location"))
        category = str(item.get("category") or "").strip()
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=str(item.get("description") or "").strip() or None,
            start=start,
            end=graph_time(occurrence.get("end_time"), tz),
            all_day=not isinstance(start, dt.datetime),
            timezone=tz.key if tz else None,
            venue_name=str(place.get("name") or "").strip() or None,
            address=location.get("street") or None,
            city=location.get("city") or None,
            country=location.get("country") or None,
            latitude=strict_float(location.get("latitude")),
            longitude=strict_float(location.get("longitude")),
            url=EVENT_PAGE.format(id=external_id),
            ticket_url=http_url(occurrence.get("ticket_uri")) or http_url(item.get("ticket_uri")),
            image_url=http_url(dig(item, "cover", "source")),
            organizer=str(self.config.get("organizer") or "").strip() or None,
            status="cancelled" if item.get("is_canceled") else "scheduled",
            online=bool(item.get("is_online")),
            source_category=category or None,
            tags=[category.lower()] if category else [],
        )
