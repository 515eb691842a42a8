"""Yelp Fusion event search.

``GET https://api.yelp.com/v3/events`` with ``Authorization: Bearer <API key>`` searches the events
around a place: ``location`` (free text) or ``latitude`` + ``longitude`` (with an optional ``radius`` in
metres, at most 40 000), ``start_date``/``end_date`` (Unix seconds; the run's window), ``categories``,
``limit`` (at most 50) and ``offset``. The answer is ``{"events": [...], "total": n}``. Yelp serves at most
1,000 results per query (limit + offset ≤ 1000), so a search is never a complete listing.

Config: ``api_key`` (else YELP_API_KEY), ``location`` or ``latitude``/``longitude``, ``radius``,
``categories`` (comma-separated Yelp event category aliases), ``page_size`` (50), ``max_pages`` (20),
``base_url`` (tests).

Times: ``time_start``/``time_end`` carry a UTC offset ("2026-12-05T19:00:00-08:00") but no zone name;
when the source's timezone has that offset at that moment, the event is placed in it and named.
Yelp events have no venue name (only an address and a Yelp business id) and no currency.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal
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
    ConfigFieldError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import join, money, parse_datetime
from sources.adapters.registry import register

DEFAULT_BASE_URL = "https://api.yelp.com"
EVENTS_PATH = "/v3/events"
DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 50
MAX_RESULTS = 1000  # Yelp refuses limit + offset above this
MAX_RADIUS_M = 40_000

BAD_SETTING = "{key!r} in the Yelp source config must be a number (whole and ≥ 1 for counts), not {value!r}."
NOT_JSON = "Not a Yelp response: the body is not JSON ({error})."
NOT_YELP = "Not a Yelp events response: expected an object with an 'events' list."
NO_PLACE = "The Yelp source config needs 'location', or 'latitude' and 'longitude'."
ITEM_NOT_OBJECT = "The event is not an object."
NO_TITLE = "The event has no name."
BAD_START = "The event has no readable time_start."


def _unix(moment: dt.datetime) -> int:
    return int((moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).timestamp())


def in_local_zone(
    moment: dt.datetime | dt.date | None, local: zoneinfo.ZoneInfo | None
) -> tuple[dt.datetime | dt.date | None, str | None]:
    """A fixed-offset time moved into ``local`` (and that zone's name) when the offsets agree.

    An API that gives only an offset cannot tell us the zone; the source's city zone is a safe guess
    exactly when it has the same offset at that instant. Otherwise the offset stays and the zone is unknown.
    """
    if not isinstance(moment, dt.datetime) or local is None:
        return moment, None
    placed = moment.astimezone(local)
    if placed.utcoffset() == moment.utcoffset():
        return placed, local.key
    return moment, None


@register
class YelpAdapter(Adapter):
    name = "yelp"
    label = "Yelp Fusion event search"
    source_kind = "api"
    config_fields = (
        ConfigField(
            key="api_key", label="API key", help_text="Better left empty: set YELP_API_KEY in the environment."
        ),
        ConfigField(key="location", label="Location", help_text="Free text (or latitude and longitude)."),
        ConfigField(key="latitude", label="Latitude", kind="number"),
        ConfigField(key="longitude", label="Longitude", kind="number"),
        ConfigField(key="radius", label="Radius (m)", kind="int", help_text="At most 40 000."),
        ConfigField(key="categories", label="Categories", help_text="Comma-separated Yelp event category aliases."),
        ConfigField(key="page_size", label="Page size", kind="int", help_text="Events per page (default 50)."),
        MAX_PAGES_FIELD,
        BASE_URL_FIELD,
    )

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        if not config.get("location") and (config.get("latitude") is None or config.get("longitude") is None):
            raise ConfigFieldError("location", NO_PLACE)

    complete_listing = False  # a search around a point, capped at 1,000 results
    credential_hint = "YELP_API_KEY"
    sniff_priority = 20

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = sniffed_json(payload)
        if not isinstance(data, dict) or not isinstance(data.get("events"), list) or "total" not in data:
            return False
        first = data["events"][0] if data["events"] else None
        return isinstance(first, dict) and "time_start" in first and "event_site_url" in first

    def fetch(self) -> Iterator[ParsedRecord]:
        headers = {"Authorization": f"Bearer {self.credential('api_key')}"}
        url = api_root(self.config, DEFAULT_BASE_URL) + EVENTS_PATH
        params = self._search_params()
        size = int(params["limit"])
        for page in range(setting(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_SETTING)):
            params["offset"] = page * size
            if params["offset"] + size > MAX_RESULTS:
                return
            data = self.http.get_json(url, params=params, headers=headers)
            events = self._events(data)
            yield from (self._record(item, index) for index, item in enumerate(events))
            total = data.get("total") if isinstance(data.get("total"), int) else 0
            if len(events) < size or params["offset"] + len(events) >= total:
                return

    def _search_params(self) -> dict[str, Any]:
        config = self.config
        params: dict[str, Any] = {
            "start_date": _unix(self.context.window.start),
            "end_date": _unix(self.context.window.end),
            "limit": min(setting(config, "page_size", DEFAULT_PAGE_SIZE, BAD_SETTING), DEFAULT_PAGE_SIZE),
            "sort_on": "time_start",
            "sort_by": "asc",
        }
        if config.get("location"):
            params["location"] = str(config["location"])
        elif config.get("latitude") is not None and config.get("longitude") is not None:
            params["latitude"] = setting(config, "latitude", 0, BAD_SETTING, cast=float)
            params["longitude"] = setting(config, "longitude", 0, BAD_SETTING, cast=float)
        else:
            raise AdapterError(NO_PLACE)
        if config.get("radius"):
            params["radius"] = min(setting(config, "radius", MAX_RADIUS_M, BAD_SETTING), MAX_RADIUS_M)
        if config.get("categories"):
            params["categories"] = str(config["categories"])
        return params

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        for index, item in enumerate(self._events(load_json(payload, NOT_JSON))):
            yield guarded(self._record, item, index)

    @staticmethod
    def _events(data: Any) -> list[Any]:
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise AdapterError(NOT_YELP)
        return list(data["events"])

    def _record(self, item: Any, index: int) -> ParsedRecord:
        if not isinstance(item, dict):
            return RejectedRecord(external_id=f"item-{index}", reason=ITEM_NOT_OBJECT, raw={"item": item})
        external_id = str(item.get("id") or f"item-{index}")
        title = str(item.get("name") or "").strip()
        local = self.context.default_timezone
        start, zone_name = in_local_zone(parse_datetime(item.get("time_start"), tz=local), local)
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(item))
        if start is None:
            return RejectedRecord(external_id=external_id, reason=BAD_START, raw=dict(item))
        end, _ = in_local_zone(parse_datetime(item.get("time_end"), tz=local), local)
        location = json_object(item.get("location"))
        cost_type, price_min, price_max = self._cost(item)
        category = str(item.get("category") or "").strip()
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=str(item.get("description") or "").strip() or None,
            start=start,
            end=end if isinstance(end, dt.datetime) else None,
            timezone=zone_name,
            address=join([location.get("address1"), location.get("address2"), location.get("address3")]),
            city=location.get("city") or None,
            country=location.get("country") or None,
            latitude=strict_float(item.get("latitude")),
            longitude=strict_float(item.get("longitude")),
            url=http_url(item.get("event_site_url")),
            ticket_url=http_url(item.get("tickets_url")),
            image_url=http_url(item.get("image_url")),
            cost_type=cost_type,
            price_min=price_min,
            price_max=price_max,
            status="cancelled" if item.get("is_canceled") else "scheduled",
            source_category=category or None,
            tags=[category] if category else [],
        )

    @staticmethod
    def _cost(item: Mapping[str, Any]) -> tuple[str, Decimal | None, Decimal | None]:
        if item.get("is_free"):
            return "free", None, None
        low, high = money(item.get("cost")), money(item.get("cost_max"))
        if low is None and high is None:
            # is_free false without a price still says "not free"; a missing flag says nothing.
            return ("paid" if item.get("is_free") is False else "unknown"), None, None
        return "paid", low if low is not None else high, high if high is not None else low
