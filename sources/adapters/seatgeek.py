"""SeatGeek Platform API: event search (``GET https://api.seatgeek.com/2/events``).

Config (Source.config), filters named as the API names them:
    client_id        (else SEATGEEK_CLIENT_ID), sent as the ``client_id`` query parameter
    client_secret    (else SEATGEEK_CLIENT_SECRET), sent as ``client_secret`` when set
    venue.city, venue.state, venue.id, lat + lon + range, geoip, postal_code, taxonomies.name,
    performers.slug, q
    per_page         events per page (default 100)
    max_pages        pages walked per run (default 20)
    currency         the currency of ``stats`` prices (default USD: the API states prices without one)
    base_url         default https://api.seatgeek.com (tests point it at a local server)

The window becomes ``datetime_utc.gte``/``datetime_utc.lte`` and results come ``sort=datetime_utc.asc``;
pages are numbered from 1 and followed while ``meta.page * meta.per_page < meta.total``. A search is not
a complete listing.

Times: ``datetime_local`` read in ``venue.timezone``; ``datetime_utc`` (naive, UTC) when the zone is unknown.
With ``time_tbd`` the local time is a placeholder (03:30), so the event is an all-day date; with
``date_tbd`` the date itself is an estimate and the event is quarantined.
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from collections.abc import Iterator, Mapping, Sequence
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
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import dig, join, money, parse_datetime, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.seatgeek.com"
EVENTS_PATH = "/2/events"
FILTERS = (
    "venue.city", "venue.state", "venue.id", "venue.country", "lat", "lon", "range", "geoip", "postal_code",
    "taxonomies.name", "taxonomies.id", "performers.slug", "performers.id", "q", "type",
)  # fmt: skip
DEFAULT_PER_PAGE = 100
DEFAULT_MAX_PAGES = 20

NOT_JSON = "Not a SeatGeek API response: the payload is not JSON."
HTML_PAGE = "Not a SeatGeek API response: got an HTML page (an error page or a proxy?)."
NOT_EVENT_SEARCH = "Not a SeatGeek events response: no 'events' list with 'meta'."
API_ERROR = "SeatGeek refused the request: {message}"
AUTH_REJECTED = "SeatGeek rejected the client id ({error}): check SEATGEEK_CLIENT_ID / SEATGEEK_CLIENT_SECRET."
BAD_OPTION = "The source config option {key!r} must be a whole number, not {value!r}."
NO_TITLE = "The event has no title."
NO_START = "The event has no readable start time."
DATE_UNKNOWN = "The event's date is not set yet (date_tbd)."
TRUNCATED = "seatgeek: stopped after %s pages (max_pages) of %s results"

STATUS = {
    "normal": "scheduled",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "postponed": "postponed",
    "rescheduled": "rescheduled",
}


def decode(payload: bytes) -> Any:
    """The JSON of a payload, or AdapterError saying what it was instead."""
    return api.decode(payload, html_page=HTML_PAGE, not_json=NOT_JSON)


def utc_naive(moment: dt.datetime) -> str:
    """A window bound as SeatGeek writes its UTC times: no offset."""
    return api.utc_stamp(moment, "%Y-%m-%dT%H:%M:%S")


@register
class SeatGeekAdapter(Adapter):
    name = "seatgeek"
    label = "SeatGeek Platform API (event search)"
    source_kind = "api"
    config_fields = (
        ConfigField(
            key="client_id",
            label="Client id",
            help_text="Better left empty: set SEATGEEK_CLIENT_ID in the environment.",
        ),
        ConfigField(
            key="client_secret",
            label="Client secret",
            help_text="Better left empty: set SEATGEEK_CLIENT_SECRET in the environment.",
        ),
        *(ConfigField(key=key, label=key, help_text="A SeatGeek search filter.") for key in FILTERS),
        ConfigField(key="per_page", label="Page size", kind="int", help_text="Events per page (default 100)."),
        MAX_PAGES_FIELD,
        ConfigField(key="currency", label="Currency", help_text="Of the listed prices (default USD)."),
        BASE_URL_FIELD,
    )
    complete_listing = False  # a filtered search
    credential_hint = "SEATGEEK_CLIENT_ID, SEATGEEK_CLIENT_SECRET"

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = api.sniffed_json(payload)
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            return False
        meta = data.get("meta")
        if not isinstance(meta, dict) or "per_page" not in meta:
            return False
        return all(isinstance(item, dict) and "datetime_utc" in item for item in data["events"][:5])

    # --- fetching ------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        secrets = self._secrets()
        base_url = api.api_root(self.config, DEFAULT_BASE_URL)
        per_page = api.int_option(self.config, "per_page", DEFAULT_PER_PAGE, BAD_OPTION)
        max_pages = api.int_option(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_OPTION)
        params = {**secrets, **self._filters(), "per_page": per_page}
        for page in range(1, max_pages + 1):
            data = self._get(f"{base_url}{EVENTS_PATH}", {**params, "page": page}, list(secrets.values()))
            yield from self._records(data)
            meta = data.get("meta") or {}
            total, seen = meta.get("total"), _int(meta.get("page"), page) * _int(meta.get("per_page"), per_page)
            if not isinstance(total, int) or seen >= total or not data["events"]:
                return
            if page == max_pages:
                logger.warning(TRUNCATED, max_pages, total)

    def _secrets(self) -> dict[str, str]:
        secrets = {"client_id": self.credential("client_id")}
        try:
            secrets["client_secret"] = self.credential("client_secret")
        except AdapterError:
            pass  # the secret is only needed for some endpoints and accounts
        return secrets

    def _filters(self) -> dict[str, Any]:
        filters = {key: self.config[key] for key in FILTERS if self.config.get(key) not in (None, "")}
        filters["datetime_utc.gte"] = utc_naive(self.context.window.start)
        filters["datetime_utc.lte"] = utc_naive(self.context.window.end)
        filters["sort"] = "datetime_utc.asc"
        return filters

    def _get(self, url: str, params: Mapping[str, Any], secrets: list[str]) -> Mapping[str, Any]:
        # Credentials travel in the query string: they are kept out of every message we pass on.
        return self._checked(
            api.get_json(self.http, url, params, decode=decode, secrets=secrets, auth_rejected=AUTH_REJECTED)
        )

    # --- parsing -------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        return self._records(self._checked(decode(payload)))

    @staticmethod
    def _checked(data: Any) -> Mapping[str, Any]:
        if isinstance(data, dict) and "events" not in data and ({"error", "message"} & data.keys()):
            message = dig(data, "message") or dig(data, "error", "message") or dig(data, "error") or "unknown error"
            raise AdapterError(API_ERROR.format(message=message))
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise AdapterError(NOT_EVENT_SEARCH)
        return data

    def _records(self, data: Mapping[str, Any]) -> Iterator[ParsedRecord]:
        return api.guarded_records(data["events"], self._record)

    def _record(self, item: Mapping[str, Any]) -> ParsedRecord:
        raw = dict(item)
        external_id = text(item.get("id")) or fallback_id(raw)
        title = text(item.get("title")) or text(item.get("short_title"))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=raw)
        if item.get("date_tbd"):
            return RejectedRecord(external_id=external_id, reason=DATE_UNKNOWN, raw=raw)
        venue: Mapping[str, Any] = item["venue"] if isinstance(item.get("venue"), dict) else {}
        event_zone = zone(venue.get("timezone"), self.context.default_timezone)
        start = _start(item, event_zone)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=raw)
        if not text(item.get("id")):  # a trimmed copy of an answer: an id made from the event (_api_content_id)
            external_id = content_id(title, start, venue.get("name"))
        end = _utc(item.get("enddatetime_utc"), event_zone) if isinstance(start, dt.datetime) else None
        low, high = money(dig(item, "stats", "lowest_price")), money(dig(item, "stats", "highest_price"))
        labels = [
            label for label in (text(dig(taxonomy, "name")) for taxonomy in item.get("taxonomies") or []) if label
        ]
        performers = [performer for performer in item.get("performers") or [] if isinstance(performer, dict)]
        url = http_url(item.get("url"))
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=text(item.get("description")),
            start=start,
            end=end if end is not None and isinstance(start, dt.datetime) and end > start else None,
            all_day=not isinstance(start, dt.datetime),
            timezone=event_zone.key if event_zone else None,
            venue_name=text(venue.get("name")),
            address=join([venue.get("address"), venue.get("extended_address")]),
            city=text(venue.get("city")),
            country=text(venue.get("country")),
            latitude=as_float(dig(venue, "location", "lat")),
            longitude=as_float(dig(venue, "location", "lon")),
            url=url,
            ticket_url=url,  # SeatGeek's event page is where its tickets are sold
            image_url=next((http_url(p.get("image")) for p in performers if http_url(p.get("image"))), None),
            cost_type=api.cost_type(low, high),  # no price: no listings on sale yet
            price_min=low,
            price_max=high if high is not None else low,
            currency=str(self.config.get("currency") or "USD").upper() if low is not None or high is not None else None,
            status=STATUS.get(str(item.get("status") or "normal").lower(), "scheduled"),
            source_category=" / ".join(labels) or text(item.get("type")),
            tags=[label.lower() for label in [*labels, *_names(performers)]],
        )


def _names(performers: Sequence[Mapping[str, Any]]) -> list[str]:
    return [name for name in (text(performer.get("name")) for performer in performers) if name]


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _start(item: Mapping[str, Any], event_zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    time_unknown = bool(item.get("time_tbd") or item.get("datetime_tbd"))
    local = parse_datetime(item.get("datetime_local"), tz=event_zone) if event_zone else None
    if not isinstance(local, dt.datetime):
        local = _utc(item.get("datetime_utc"), event_zone)
    if local is None:
        return None
    # With time_tbd SeatGeek writes a placeholder time (03:30 local): only the date is real.
    return local.date() if time_unknown else local


def _utc(value: Any, event_zone: zoneinfo.ZoneInfo | None) -> dt.datetime | None:
    """SeatGeek's ``*_utc`` times carry no offset: they are UTC."""
    moment = parse_datetime(value, tz=dt.UTC)
    if not isinstance(moment, dt.datetime):
        return None
    return moment.astimezone(event_zone) if event_zone else moment
