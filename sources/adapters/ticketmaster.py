"""Ticketmaster Discovery API v2: event search (``GET /discovery/v2/events.json``).

Config (Source.config), every filter named as the API names it:
    api_key            the consumer key (else TICKETMASTER_API_KEY); sent as the ``apikey`` query parameter
    city, countryCode, stateCode, postalCode, latlong / geoPoint + radius + unit, keyword,
    classificationName, dmaId, venueId, attractionId, segmentId, genreId, source, locale
    size               events per page (default 100, at most 200)
    max_pages          pages walked per run (default 20)
    base_url           default https://app.ticketmaster.com (tests point it at a local server)

The run's window becomes ``startDateTime``/``endDateTime`` (UTC, ``YYYY-MM-DDTHH:mm:ssZ``) and results
come ``sort=date,asc``. A search is never a complete listing: the API caps deep paging at the 1,000th
result, so an event missing from one run's results may simply have fallen past the cap.

Times: ``dates.start.localDate``/``localTime`` read in ``dates.timezone`` (else the venue's zone); an event
without a time (``timeTBA``/``noSpecificTime``) is an all-day date; one without a date (``dateTBD``/
``dateTBA``) cannot be placed and is quarantined.
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from sources.adapters import _api as api
from sources.adapters._api import (
    as_float,
    cost_type,
    fallback_id,
    http_url,
    int_option,
    street_address,
    text,
    utc_stamp,
)
from sources.adapters._api_content_id import content_id
from sources.adapters.base import (
    BASE_URL_FIELD,
    MAX_PAGES_FIELD,
    Adapter,
    AdapterError,
    ConfigField,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import dig, join, money, plausible, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://app.ticketmaster.com"
EVENTS_PATH = "/discovery/v2/events.json"
FILTERS = (
    "city", "countryCode", "stateCode", "postalCode", "latlong", "geoPoint", "radius", "unit", "keyword",
    "classificationName", "classificationId", "dmaId", "marketId", "venueId", "attractionId", "segmentId",
    "genreId", "subGenreId", "source", "locale", "includeTBA", "includeTBD",
)  # fmt: skip
DEFAULT_SIZE = 100
MAX_SIZE = 200
DEFAULT_MAX_PAGES = 20
# "Deep Paging: we only support retrieving the 1000th item" (Discovery API docs).
DEEP_PAGING_LIMIT = 1000
UNDEFINED = "Undefined"  # Ticketmaster's placeholder for a missing segment/genre/sub-genre

NOT_JSON = "Not a Ticketmaster Discovery API response: the payload is not JSON."
HTML_PAGE = "Not a Ticketmaster Discovery API response: got an HTML page (an error page or a proxy?)."
NOT_EVENT_SEARCH = "Not a Ticketmaster Discovery API event search response: no 'page' or '_embedded.events'."
API_FAULT = "Ticketmaster refused the request: {reason}"
KEY_REJECTED = "Ticketmaster rejected the API key ({error}): check TICKETMASTER_API_KEY or the source's api_key."
BAD_OPTION = "The source config option {key!r} must be a whole number, not {value!r}."
NO_TITLE = "The event has no name (title)."
NO_START = "The event has no readable start date."
DATE_UNKNOWN = "The event's date is still to be announced (dateTBD/dateTBA)."
TRUNCATED = "ticketmaster: stopped after %s pages (%s) of %s results"

STATUS = {
    "onsale": "scheduled",
    "offsale": "scheduled",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "postponed": "postponed",
    "rescheduled": "rescheduled",
}


def decode(payload: bytes) -> Any:
    """The JSON of a payload, or AdapterError saying what it was instead."""
    return api.decode(payload, html_page=HTML_PAGE, not_json=NOT_JSON)


@register
class TicketmasterAdapter(Adapter):
    name = "ticketmaster"
    label = "Ticketmaster Discovery API (event search)"
    source_kind = "api"
    config_fields = (
        ConfigField(
            key="api_key", label="API key", help_text="Better left empty: set TICKETMASTER_API_KEY in the environment."
        ),
        *(ConfigField(key=key, label=key, help_text="A Discovery API search filter.") for key in FILTERS),
        ConfigField(key="size", label="Page size", kind="int", help_text="Events per page (default 100, max 200)."),
        MAX_PAGES_FIELD,
        BASE_URL_FIELD,
    )
    complete_listing = False  # a filtered search, capped at 1,000 results
    credential_hint = "TICKETMASTER_API_KEY"

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = api.sniffed_json(payload)
        if not isinstance(data, dict) or not isinstance(data.get("page"), dict):
            return False
        events = dig(data, "_embedded", "events")
        if isinstance(events, list):
            return all(isinstance(item, dict) and "dates" in item for item in events[:5])
        # An empty search has no _embedded at all; its own link still names the endpoint.
        return "/discovery/v2/events" in str(dig(data, "_links", "self", "href", default=""))

    # --- fetching ------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        api_key = self.credential("api_key")
        base_url = api.api_root(self.config, DEFAULT_BASE_URL)
        size = int_option(self.config, "size", DEFAULT_SIZE, BAD_OPTION, high=MAX_SIZE)
        max_pages = int_option(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_OPTION, high=1000)
        params = self._params(api_key, size)
        page = 0
        while True:
            data = self._get(f"{base_url}{EVENTS_PATH}", {**params, "page": page}, api_key)
            yield from self._records(data)
            next_page = self._next_page(data, page)
            if next_page is None:
                return
            if next_page >= max_pages or (next_page + 1) * size > DEEP_PAGING_LIMIT:
                why = "max_pages" if next_page >= max_pages else "the API's 1,000-result deep-paging limit"
                logger.warning(TRUNCATED, next_page, why, dig(data, "page", "totalElements", default="?"))
                return
            page = next_page

    def _params(self, api_key: str, size: int) -> dict[str, Any]:
        params: dict[str, Any] = {"apikey": api_key}
        for key in FILTERS:
            value = self.config.get(key)
            if value not in (None, ""):
                params[key] = value
        params.update(
            {
                "startDateTime": utc_stamp(self.context.window.start),
                "endDateTime": utc_stamp(self.context.window.end),
                "sort": "date,asc",
                "size": size,
            }
        )
        return params

    def _get(self, url: str, params: Mapping[str, Any], api_key: str) -> Any:
        # The key travels in the query string: it is kept out of every message we pass on.
        return self._checked(
            api.get_json(self.http, url, params, decode=decode, secrets=[api_key], auth_rejected=KEY_REJECTED)
        )

    @staticmethod
    def _next_page(data: Mapping[str, Any], page: int) -> int | None:
        """The next page number, or None on the last page (no ``_links.next``, or past ``totalPages``)."""
        if not dig(data, "_links", "next", "href"):
            return None
        number = dig(data, "page", "number", default=page)
        total_pages = dig(data, "page", "totalPages", default=0)
        try:
            following = int(number) + 1
            return following if following < int(total_pages) else None
        except (TypeError, ValueError):
            return None

    # --- parsing -------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        return self._records(self._checked(decode(payload)))

    @staticmethod
    def _checked(data: Any) -> Mapping[str, Any]:
        if isinstance(data, dict) and isinstance(data.get("fault"), dict):
            reason = dig(data, "fault", "faultstring") or dig(data, "fault", "detail", "errorcode") or "unknown fault"
            raise AdapterError(API_FAULT.format(reason=reason))
        if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]:
            first = data["errors"][0]
            reason = dig(first, "detail") or dig(first, "code") or "unknown error"
            raise AdapterError(API_FAULT.format(reason=reason))
        if not isinstance(data, dict) or not (
            isinstance(data.get("page"), dict) or isinstance(dig(data, "_embedded", "events"), list)
        ):
            raise AdapterError(NOT_EVENT_SEARCH)
        return data

    def _records(self, data: Mapping[str, Any]) -> Iterator[ParsedRecord]:
        events = dig(data, "_embedded", "events", default=[])
        return api.guarded_records(events if isinstance(events, list) else [], self._record)

    def _record(self, item: Mapping[str, Any]) -> ParsedRecord:
        raw = dict(item)
        # A record with no id (a trimmed copy of an answer) is read under one made from it (_api_content_id).
        external_id = str(item.get("id") or "").strip() or fallback_id(raw)
        title = str(item.get("name") or "").strip()
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=raw)
        venue = dig(item, "_embedded", "venues", 0, default={})
        event_zone = (
            zone(dig(item, "dates", "timezone")) or zone(dig(venue, "timezone")) or self.context.default_timezone
        )
        start_info = dig(item, "dates", "start", default={})
        if start_info.get("dateTBD") or start_info.get("dateTBA"):
            return RejectedRecord(external_id=external_id, reason=DATE_UNKNOWN, raw=raw)
        start = _moment(start_info, event_zone)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=raw)
        if not str(item.get("id") or "").strip():
            external_id = content_id(title, start, venue.get("name"))
        end = _end(dig(item, "dates", "end", default={}), start, event_zone)
        price_min, price_max, currency = _prices(item.get("priceRanges"))
        labels = _classification(item.get("classifications"))
        url = http_url(item.get("url"))
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=_description(item),
            start=start,
            end=end,
            all_day=not isinstance(start, dt.datetime),
            timezone=event_zone.key if event_zone else None,
            venue_name=text(venue.get("name")),
            address=_address(venue),
            city=text(dig(venue, "city", "name")),
            country=text(dig(venue, "country", "countryCode")),
            latitude=as_float(dig(venue, "location", "latitude")),
            longitude=as_float(dig(venue, "location", "longitude")),
            url=url,
            ticket_url=url,  # the event page is where Ticketmaster sells its tickets
            image_url=_image(item.get("images")),
            organizer=text(dig(item, "promoter", "name")) or text(dig(item, "promoters", 0, "name")),
            cost_type=cost_type(price_min, price_max),
            price_min=price_min,
            price_max=price_max,
            currency=currency,
            status=STATUS.get(str(dig(item, "dates", "status", "code", default="")).lower(), "scheduled"),
            source_category=" / ".join(labels) or None,
            tags=[label.lower() for label in labels],
        )


def _moment(info: Mapping[str, Any], event_zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    """A start/end block as an aware datetime in the event's zone, or a date when it has no time.

    The local date and time read in the event's zone are what the venue announced; ``dateTime`` (UTC)
    is the fallback when the zone is unknown.
    """
    local_date = _date(info.get("localDate"))
    local_time = str(info.get("localTime") or "")
    instant = _instant(info.get("dateTime"))
    result: dt.date | None
    if info.get("timeTBA") or info.get("noSpecificTime") or not (local_time or instant):
        result = local_date or (instant.astimezone(event_zone or dt.UTC).date() if instant else None)
    elif local_date and local_time and event_zone:
        result = _combine(local_date, local_time, event_zone)
    elif instant:
        result = instant.astimezone(event_zone) if event_zone else instant
    else:  # a wall-clock time with no zone known anywhere
        result = _combine(local_date, local_time, dt.UTC) if local_date else None
    return result if plausible(result) else None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _instant(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _combine(day: dt.date, clock: str, tz: dt.tzinfo) -> dt.datetime | None:
    try:
        return dt.datetime.combine(day, dt.time.fromisoformat(clock), tzinfo=tz)
    except ValueError:
        return None


def _end(info: Mapping[str, Any], start: dt.date, event_zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    if not isinstance(info, dict) or not info or info.get("approximate"):
        return None
    end = _moment(info, event_zone)
    if end is None or isinstance(end, dt.datetime) != isinstance(start, dt.datetime):
        return None
    return end if end > start else None  # an all-day end is the last day: None for a single day


def _prices(ranges: Any) -> tuple[Decimal | None, Decimal | None, str | None]:
    """Lowest and highest face value. "standard" ranges win over others ("standard including fees", VIP…)."""
    usable = [price for price in ranges if isinstance(price, dict)] if isinstance(ranges, list) else []
    standard = [price for price in usable if price.get("type") == "standard"] or usable
    lows = [value for value in (money(price.get("min")) for price in standard) if value is not None]
    highs = [value for value in (money(price.get("max")) for price in standard) if value is not None]
    currency = next((text(price.get("currency")) for price in standard if price.get("currency")), None)
    return (
        (min(lows) if lows else None),
        (max(highs + lows) if highs or lows else None),
        (currency.upper() if currency else None),
    )


def _classification(classifications: Any) -> list[str]:
    """Segment / genre / sub-genre of the primary classification, without Ticketmaster's "Undefined"."""
    if not isinstance(classifications, list) or not classifications:
        return []
    chosen = next((c for c in classifications if isinstance(c, dict) and c.get("primary")), classifications[0])
    labels: list[str] = []
    for level in ("segment", "genre", "subGenre"):
        label = text(dig(chosen, level, "name"))
        if label and label != UNDEFINED and label not in labels:
            labels.append(label)
    return labels


def _image(images: Any) -> str | None:
    """The widest 16:9 image (Ticketmaster's hero format), else the widest of any ratio."""
    candidates = [image for image in images if isinstance(image, dict)] if isinstance(images, list) else []
    usable = [image for image in candidates if http_url(image.get("url"))]
    wide = [image for image in usable if image.get("ratio") == "16_9"] or usable
    if not wide:
        return None
    best = max(wide, key=lambda image: int(image.get("width") or 0))
    return http_url(best.get("url"))


def _address(venue: Mapping[str, Any]) -> str | None:
    return street_address(
        dig(venue, "address", "line1"),
        dig(venue, "address", "line2"),
        dig(venue, "city", "name"),
        dig(venue, "state", "stateCode"),
        venue.get("postalCode"),
    )


def _description(item: Mapping[str, Any]) -> str | None:
    return join([item.get("description"), item.get("info"), item.get("pleaseNote")], "\n\n")
