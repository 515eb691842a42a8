"""Eventbrite API v3: an organization's or a venue's own events.

Eventbrite removed its public event search in 2020; what remains readable with a private token is the
event list of an organization (``GET /v3/organizations/{organization_id}/events/``) or of a venue
(``GET /v3/venues/{venue_id}/events/``). Either is the owner's whole list of live events, so it is a
complete listing: an event that disappears from it was cancelled, unpublished or moved away.

Config (Source.config):
    organization_id | venue_id     whose events (exactly one)
    token            private token (else EVENTBRITE_TOKEN), sent as ``Authorization: Bearer``
    status           which events (default "live"; "all" also lists cancelled ones, and drafts, which
                     are quarantined)
    max_pages        pages walked per run (default 20)
    base_url         default https://www.eventbriteapi.com (tests point it at a local server)

Requests ask for ``status=live`` (or the configured status), ``order_by=start_asc`` and the expansions this adapter reads
(venue, ticket availability, category, subcategory, organizer); pages are chained with the
``continuation`` token the API returns (``page`` when an endpoint only numbers its pages).
Times: ``start.local`` read in ``start.timezone`` (the event's own IANA zone).
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from sources.adapters import _api as api
from sources.adapters._api import as_float, fallback_id, http_url, text
from sources.adapters._api_content_id import content_id
from sources.adapters.base import (
    BASE_URL_FIELD,
    MAX_PAGES_FIELD,
    Adapter,
    AdapterError,
    ConfigField,
    ConfigFieldError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import dig, money, parse_datetime, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.eventbriteapi.com"
ORGANIZATION_EVENTS = "/v3/organizations/{id}/events/"
VENUE_EVENTS = "/v3/venues/{id}/events/"
EXPAND = "venue,ticket_availability,category,subcategory,organizer"
DEFAULT_MAX_PAGES = 20

NOT_JSON = "Not an Eventbrite API response: the payload is not JSON."
HTML_PAGE = "Not an Eventbrite API response: got an HTML page (an error page or a login wall?)."
NOT_EVENT_LIST = "Not an Eventbrite API event list: no 'events' list with 'pagination'."
API_ERROR = "Eventbrite refused the request: {error} ({description})"
AUTH_REJECTED = "Eventbrite rejected the token ({error}): check EVENTBRITE_TOKEN or the source's token."
NO_OWNER = "The source config needs an 'organization_id' or a 'venue_id' (Eventbrite has no public search)."
TWO_OWNERS = "The source config has both 'organization_id' and 'venue_id': choose one."
BAD_OPTION = "The source config option {key!r} must be a whole number, not {value!r}."
NO_TITLE = "The event has no name (title)."
NO_START = "The event has no readable start time."
NOT_LIVE = "The event is a draft, not published."
TRUNCATED = "eventbrite: stopped after %s pages (max_pages); the listing is incomplete this run"

STATUS = {
    "live": "scheduled",
    "started": "scheduled",
    "ended": "scheduled",
    "completed": "scheduled",
    "canceled": "cancelled",
    "cancelled": "cancelled",
}


def decode(payload: bytes) -> Any:
    """The JSON of a payload, or AdapterError saying what it was instead."""
    return api.decode(payload, html_page=HTML_PAGE, not_json=NOT_JSON)


@register
class EventbriteAdapter(Adapter):
    name = "eventbrite"
    label = "Eventbrite (an organization's or venue's events)"
    source_kind = "api"
    config_fields = (
        ConfigField(key="organization_id", label="Organization id", help_text="Whose events (or a venue id)."),
        ConfigField(key="venue_id", label="Venue id", help_text="Whose events (or an organization id)."),
        ConfigField(
            key="token", label="Private token", help_text="Better left empty: set EVENTBRITE_TOKEN in the environment."
        ),
        ConfigField(key="status", label="Status", kind="choice", choices=("live", "all"), help_text="Default live."),
        MAX_PAGES_FIELD,
        BASE_URL_FIELD,
    )

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        organization, venue = text(config.get("organization_id")), text(config.get("venue_id"))
        if not (organization or venue):
            raise ConfigFieldError("organization_id", NO_OWNER)
        if organization and venue:
            raise ConfigFieldError("venue_id", TWO_OWNERS)

    complete_listing = True  # the owner's own list of live events
    credential_hint = "EVENTBRITE_TOKEN"

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = api.sniffed_json(payload)
        if not isinstance(data, dict) or not isinstance(data.get("pagination"), dict):
            return False
        events = data.get("events")
        if not isinstance(events, list):
            return False
        if not events:
            return "has_more_items" in data["pagination"]
        # Eventbrite's multipart fields: "name": {"text", "html"} and "start": {"timezone", "local", "utc"}.
        return any(
            isinstance(item, dict) and isinstance(item.get("name"), dict) and isinstance(item.get("start"), dict)
            for item in events[:10]
        )

    # --- fetching ------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        url, of_organization = self._endpoint()
        token = self.credential("token")
        max_pages = api.int_option(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_OPTION)
        status = text(self.config.get("status")) or "live"
        params: dict[str, Any] = {"status": status, "order_by": "start_asc", "expand": EXPAND}
        if of_organization:
            params["time_filter"] = "current_future"  # the organization's past events are of no use here
        for page in range(1, max_pages + 1):
            data = self._get(url, params, token)
            yield from self._records(data)
            following = _next_page(data.get("pagination") or {})
            if following is None:
                return
            if page == max_pages:
                self.listing_truncated = True
                logger.warning(TRUNCATED, max_pages)
                return
            params = {**{k: v for k, v in params.items() if k not in ("continuation", "page")}, **following}

    def _endpoint(self) -> tuple[str, bool]:
        """The events URL, and whether it is an organization's (else a venue's)."""
        organization = text(self.config.get("organization_id"))
        venue = text(self.config.get("venue_id"))
        if organization and venue:
            raise AdapterError(TWO_OWNERS)
        if not organization and not venue:
            raise AdapterError(NO_OWNER)
        base_url = api.api_root(self.config, DEFAULT_BASE_URL)
        path = ORGANIZATION_EVENTS.format(id=organization) if organization else VENUE_EVENTS.format(id=venue)
        return base_url + path, bool(organization)

    def _get(self, url: str, params: Mapping[str, Any], token: str) -> Mapping[str, Any]:
        headers = {"Authorization": f"Bearer {token}"}
        data = api.get_json(
            self.http, url, params, decode=decode, secrets=[token], auth_rejected=AUTH_REJECTED, headers=headers
        )
        return self._checked(data)

    # --- parsing -------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        return self._records(self._checked(decode(payload)))

    @staticmethod
    def _checked(data: Any) -> Mapping[str, Any]:
        if isinstance(data, dict) and data.get("error") and not isinstance(data.get("events"), list):
            description = data.get("error_description") or "no description"
            raise AdapterError(API_ERROR.format(error=data["error"], description=description))
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise AdapterError(NOT_EVENT_LIST)
        return data

    def _records(self, data: Mapping[str, Any]) -> Iterator[ParsedRecord]:
        return api.guarded_records(data["events"], self._record)

    def _record(self, item: Mapping[str, Any]) -> ParsedRecord:
        raw = dict(item)
        external_id = text(item.get("id")) or fallback_id(raw)
        title = text(dig(item, "name", "text"))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=raw)
        if item.get("status") == "draft":
            return RejectedRecord(external_id=external_id, reason=NOT_LIVE, raw=raw)
        event_zone = zone(dig(item, "start", "timezone"), self.context.default_timezone)
        start = _moment(item.get("start"), event_zone)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=raw)
        end = _moment(item.get("end"), zone(dig(item, "end", "timezone"), event_zone))
        venue: Mapping[str, Any] = item["venue"] if isinstance(item.get("venue"), dict) else {}
        if not text(item.get("id")):  # a trimmed copy of an answer: an id made from the event (_api_content_id)
            external_id = content_id(title, start, venue.get("name"))
        online = bool(item.get("online_event"))
        cost_type, price_min, price_max, currency = _prices(item)
        labels = [
            label for label in (text(dig(item, "category", "name")), text(dig(item, "subcategory", "name"))) if label
        ]
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=text(dig(item, "description", "text")) or text(item.get("summary")),
            start=start,
            end=end if end is not None and end > start else None,
            timezone=event_zone.key if event_zone else None,
            venue_name=None if online else text(venue.get("name")),
            address=None if online else _address(venue),
            city=None if online else text(dig(venue, "address", "city")),
            country=None if online else text(dig(venue, "address", "country")),
            latitude=None if online else as_float(dig(venue, "address", "latitude") or venue.get("latitude")),
            longitude=None if online else as_float(dig(venue, "address", "longitude") or venue.get("longitude")),
            url=http_url(item.get("url")),
            ticket_url=http_url(item.get("url")),  # tickets are sold on the event page
            image_url=http_url(dig(item, "logo", "original", "url")) or http_url(dig(item, "logo", "url")),
            organizer=text(dig(item, "organizer", "name")),
            cost_type=cost_type,
            price_min=price_min,
            price_max=price_max,
            currency=currency,
            status=STATUS.get(str(item.get("status") or "live").lower(), "scheduled"),
            online=online,
            source_category=" / ".join(labels) or None,
            tags=[label.lower() for label in labels],
        )


def _next_page(pagination: Mapping[str, Any]) -> dict[str, Any] | None:
    """The query for the next page: the continuation token, else the page number; None on the last page."""
    if not pagination.get("has_more_items"):
        return None
    if pagination.get("continuation"):
        return {"continuation": pagination["continuation"]}
    number, count = pagination.get("page_number"), pagination.get("page_count")
    if isinstance(number, int) and isinstance(count, int) and number < count:
        return {"page": number + 1}
    return None


def _moment(block: Any, event_zone: zoneinfo.ZoneInfo | None) -> dt.datetime | None:
    """``local`` in the event's zone (what the organizer set); ``utc`` when no zone is known."""
    if not isinstance(block, dict):
        return None
    if event_zone is not None and block.get("local"):
        local = parse_datetime(block["local"], tz=event_zone)
        if isinstance(local, dt.datetime):
            return local
    moment = parse_datetime(block.get("utc"))
    if isinstance(moment, dt.datetime):
        return moment.astimezone(event_zone) if event_zone else moment
    return None


def _prices(item: Mapping[str, Any]) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    """cost type, lowest and highest ticket price (``major_value``, e.g. "25.00"), currency."""
    if item.get("is_free"):
        return "free", Decimal(0), Decimal(0), None
    low = money(dig(item, "ticket_availability", "minimum_ticket_price", "major_value"))
    high = money(dig(item, "ticket_availability", "maximum_ticket_price", "major_value"))
    currency = text(dig(item, "ticket_availability", "minimum_ticket_price", "currency")) or text(item.get("currency"))
    if item.get("is_free") is False or low is not None:
        return "paid", low, high if high is not None else low, currency.upper() if currency else None
    return "unknown", None, None, None


def _address(venue: Mapping[str, Any]) -> str | None:
    address: Mapping[str, Any] = venue["address"] if isinstance(venue.get("address"), dict) else {}
    return api.street_address(
        address.get("address_1"),
        address.get("address_2"),
        address.get("city"),
        address.get("region"),
        address.get("postal_code"),
    )
