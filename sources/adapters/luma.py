"""Luma (lu.ma) calendars, through Luma's public API.

``GET https://public-api.lu.ma/public/v1/calendar/list-events`` with the calendar's API key in the
``x-luma-api-key`` header lists the events the calendar manages, one page at a time: a response is
``{"entries": [{"api_id", "event": {…}, "tags": [{"api_id", "name"}]}], "has_more": bool, "next_cursor": str}``
and the cursor goes back as ``pagination_cursor``. A calendar's own list is complete, so an event that
disappears from it has been withdrawn.

Config: ``api_key`` (else the LUMA_API_KEY environment variable), ``max_pages`` (20), ``page_size`` (50),
``organizer`` (the calendar's name, as its events' organizer: the list names no host), ``base_url`` (tests point it
at a local server). The fetch asks only for events starting inside the run's
window (``after``/``before``).

Times: ``start_at``/``end_at`` are UTC instants; the event's IANA ``timezone`` gives its wall clock.
The place is ``geo_address_json``; the calendar's items answer (``/calendar/get-items``) gives ``geo_address_info``
instead (city, region and country, the street only when its ``mode`` is "shown"), read alike. Its ``address`` is
the place's name ("Furman University") or, for a place with none, its street ("101 N Main St"): the venue is the
name, and a street line is only the address.
Only ``visibility: "public"`` events are kept: a members-only or private event must not be republished.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from sources.adapters._api import (
    api_root,
    guarded,
    http_url,
    json_object,
    load_json,
    setting,
    sniffed_json,
    strict_float,
    utc_stamp,
)
from sources.adapters._feed_listing import street_line
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
from sources.adapters.common import dig, join, parse_datetime, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://public-api.lu.ma"
LIST_PATH = "/public/v1/calendar/list-events"
EVENT_PAGE = "https://lu.ma/"
DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 50
ONLINE_KEYS = ("meeting_url", "zoom_meeting_url")
# The calendar's items answer ("/calendar/get-items") says where an event happens in ``location_type``: a
# meeting platform for an online one ("offline" is a place; "unknown" and "missing" say nothing).
ONLINE_LOCATION_TYPES = frozenset({"zoom", "meet", "youtube", "twitch", "discord", "twitter"})

BAD_SETTING = "{key!r} in the Luma source config must be a whole number ≥ 1, not {value!r}."
NOT_JSON = "Not a Luma response: the body is not JSON ({error})."
NOT_LUMA = "Not a Luma list-events response: expected an object with an 'entries' list."
ENTRY_NOT_OBJECT = "The entry is not an object with an 'event'."
NO_TITLE = "The event has no name."
BAD_START = "The event has no readable start_at."
TRUNCATED = "Luma calendar listing cut at max_pages={pages}; later events were not read (raise max_pages)."


@register
class LumaAdapter(Adapter):
    name = "luma"
    label = "Luma calendar (lu.ma public API)"
    source_kind = "api"
    config_fields = (
        ConfigField(
            key="api_key", label="Calendar API key", help_text="Better left empty: set LUMA_API_KEY in the environment."
        ),
        ConfigField(key="page_size", label="Page size", kind="int", help_text="Events per page (default 50)."),
        ConfigField(key="organizer", label="Organizer", help_text="The calendar's name, as its events' organizer."),
        MAX_PAGES_FIELD,
        BASE_URL_FIELD,
    )
    complete_listing = True
    credential_hint = "LUMA_API_KEY"
    sniff_priority = 20

    _LIST_KEYS: ClassVar[tuple[str, ...]] = ("entries", "has_more")

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = sniffed_json(payload)
        if not isinstance(data, dict) or not all(key in data for key in cls._LIST_KEYS):
            return False
        entries = data["entries"]
        if not isinstance(entries, list):
            return False
        first = entries[0] if entries else {}
        event = first.get("event") if isinstance(first, dict) else None
        # Luma ids are prefixed: "evt-…" for events.
        return not entries or (isinstance(event, dict) and str(event.get("api_id", "")).startswith("evt-"))

    def fetch(self) -> Iterator[ParsedRecord]:
        headers = {"x-luma-api-key": self.credential("api_key")}
        url = api_root(self.config, DEFAULT_BASE_URL) + LIST_PATH
        params: dict[str, Any] = {
            "after": utc_stamp(self.context.window.start),
            "before": utc_stamp(self.context.window.end),
            "pagination_limit": setting(self.config, "page_size", DEFAULT_PAGE_SIZE, BAD_SETTING),
        }
        max_pages = setting(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_SETTING)
        for _page in range(max_pages):
            data = self.http.get_json(url, params=params, headers=headers)
            yield from self._page(data)
            cursor = data.get("next_cursor") if data.get("has_more") else None
            if not cursor:
                return
            params["pagination_cursor"] = cursor
        self.listing_truncated = True
        logger.warning(TRUNCATED.format(pages=max_pages))

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        return self._page(load_json(payload, NOT_JSON))

    def _page(self, data: Any) -> Iterator[ParsedRecord]:
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise AdapterError(NOT_LUMA)
        for index, entry in enumerate(data["entries"]):
            event = entry.get("event") if isinstance(entry, dict) else None
            if not isinstance(event, dict):
                yield RejectedRecord(external_id=f"entry-{index}", reason=ENTRY_NOT_OBJECT, raw={"entry": entry})
                continue
            if event.get("visibility", "public") != "public":
                continue  # not ours to publish
            yield guarded(self._record, event, entry.get("tags"))

    def _record(self, event: Mapping[str, Any], tags: Any) -> ParsedRecord:
        external_id = str(event.get("api_id") or event.get("id") or "")
        title = str(event.get("name") or "").strip()
        tz = zone(event.get("timezone"), self.context.default_timezone)
        start = parse_datetime(event.get("start_at"), tz=tz)
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(event))
        if not isinstance(start, dt.datetime):
            return RejectedRecord(external_id=external_id, reason=BAD_START, raw=dict(event))
        end = parse_datetime(event.get("end_at"), tz=tz)
        labels = [str(tag["name"]).strip() for tag in tags or [] if isinstance(tag, dict) and tag.get("name")]
        meeting_url = next((http_url(event.get(key)) for key in ONLINE_KEYS if http_url(event.get(key))), None)
        place = json_object(event.get("geo_address_json")) or json_object(event.get("geo_address_info"))
        latitude, longitude = self._coordinates(event, place)
        venue_name = self._venue_name(place)
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=str(event.get("description") or "").strip() or None,
            start=start.astimezone(tz) if tz else start,
            end=(end.astimezone(tz) if tz else end) if isinstance(end, dt.datetime) else None,
            timezone=tz.key if tz else None,
            venue_name=venue_name,
            address=self._address(place, venue_name),
            city=place.get("city") or None,
            country=place.get("country") or None,
            latitude=latitude,
            longitude=longitude,
            url=self._event_url(event.get("url")),
            image_url=http_url(event.get("cover_url")),
            online=meeting_url is not None or str(event.get("location_type") or "").lower() in ONLINE_LOCATION_TYPES,
            organizer=str(self.config.get("organizer") or "").strip() or None,
            source_category=", ".join(labels) or None,
            tags=[label.lower() for label in labels],
        )

    @staticmethod
    def _venue_name(place: Mapping[str, Any]) -> str | None:
        """Luma's ``description`` is the place's name ("The Midway"); without one, ``address`` names it, unless it
        is a street line ("101 N Main St", a house number and a street word): a place with no name, all address."""
        named = place.get("description") or place.get("address")
        if not place.get("description") and isinstance(named, str) and street_line(named.strip()):
            return None
        return join([named])

    @staticmethod
    def _address(place: Mapping[str, Any], venue_name: str | None) -> str | None:
        """The full address, without the venue's name that Luma puts in front of it."""
        full = str(place.get("full_address") or place.get("address") or "").strip()
        if venue_name and full.startswith(venue_name + ", "):
            full = full[len(venue_name) + 2 :]
        return full or None

    @staticmethod
    def _coordinates(event: Mapping[str, Any], place: Mapping[str, Any]) -> tuple[float | None, float | None]:
        # Luma has carried coordinates in three places over the API's life; take the first present.
        for latitude, longitude in (
            (event.get("geo_latitude"), event.get("geo_longitude")),
            (place.get("latitude"), place.get("longitude")),
            (dig(event, "coordinate", "latitude"), dig(event, "coordinate", "longitude")),
        ):
            lat, lng = strict_float(latitude), strict_float(longitude)
            if lat is not None and lng is not None:
                return lat, lng
        return None, None

    @staticmethod
    def _event_url(value: Any) -> str | None:
        """Luma gives the public page as a URL or as the bare slug after lu.ma/."""
        if not value:
            return None
        return http_url(value) or EVENT_PAGE + str(value).lstrip("/")
