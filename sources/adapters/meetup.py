"""Meetup: a group's events, from the GraphQL API or from the legacy REST event JSON.

GraphQL (the default): ``POST https://api.meetup.com/gql-ext`` with ``Authorization: Bearer <token>``,
querying ``groupByUrlname(urlname).events(first, after, filter: {status, afterDateTime, beforeDateTime})``
and following ``pageInfo {hasNextPage endCursor}``. Field names are those of the gql-ext schema: an
event's ``venues`` list (a hybrid event has a physical and an online venue), ``eventType`` ONLINE /
PHYSICAL / HYBRID, ``feeSettings``, ``featuredEventPhoto``, ``topics``; the zone is the group's.

Legacy REST (config ``"format": "legacy"`` with a ``url`` or ``path``): the v2/v3 event JSON that saved
and archived responses, and proxies still serving it, carry: a list of events (or ``{"results": […]}``)
with ``time``/``utc_offset``/``duration`` in milliseconds, ``local_date``/``local_time``, ``link`` (v2's
``event_url``), ``venue``, ``fee``, ``group.timezone``, ``is_online_event``. One payload, no pagination.

A group's own events are a complete listing of that group. Config:
    urlname          the group (meetup.com/<urlname>), for GraphQL
    token            OAuth token (else MEETUP_TOKEN); not needed for the legacy format
    page_size        events per GraphQL page (default 50)
    max_pages        pages walked per run (default 20)
    base_url         default https://api.meetup.com (tests point it at a local server)
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zoneinfo
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from sources.adapters import _api as api
from sources.adapters._api import as_float, fallback_id, guarded, http_url, text
from sources.adapters._api_content_id import content_id
from sources.adapters.base import (
    BASE_URL_FIELD,
    MAX_PAGES_FIELD,
    PATH_FIELD,
    URL_FIELD,
    Adapter,
    AdapterError,
    ConfigField,
    ConfigFieldError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import dig, money, parse_datetime, plausible, zone
from sources.adapters.registry import register
from sources.fetching import FetchError

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.meetup.com"
GRAPHQL_PATH = "/gql-ext"
DEFAULT_PAGE_SIZE = 50
DEFAULT_MAX_PAGES = 20
# Upcoming events, and cancelled ones so that a cancellation is seen as such rather than as a vanishing.
LISTED_STATUSES = ["ACTIVE", "CANCELLED"]

GROUP_EVENTS_QUERY = """
query groupEvents(
  $urlname: String!, $first: Int!, $after: String,
  $status: [EventStatus], $afterDateTime: DateTime, $beforeDateTime: DateTime
) {
  groupByUrlname(urlname: $urlname) {
    id
    name
    urlname
    timezone
    events(
      first: $first
      after: $after
      filter: {status: $status, afterDateTime: $afterDateTime, beforeDateTime: $beforeDateTime}
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          title
          description
          dateTime
          endTime
          duration
          eventUrl
          eventType
          status
          venues { id name address city state postalCode country lat lon venueType }
          featuredEventPhoto { id baseUrl highResUrl standardUrl }
          feeSettings { required amount currency }
          group { id name urlname timezone }
          topics { edges { node { id name urlkey } } }
        }
      }
    }
  }
}
""".strip()

NOT_JSON = "Not a Meetup API response: the payload is not JSON."
HTML_PAGE = "Not a Meetup API response: got an HTML page (an error page or a login wall?)."
NOT_JSON_ANSWER = "Not a Meetup API response: the server did not answer JSON (an error page or a proxy?)."
NOT_MEETUP = "Not a Meetup response: neither GraphQL group events nor a legacy list of events."
API_ERRORS = "Meetup refused the request: {message}"
NO_GROUP = "Meetup has no group with urlname {urlname!r} (or it is private to this token)."
NO_URLNAME = "The source config needs the group's 'urlname' (meetup.com/<urlname>)."
LEGACY_NEEDS_LOCATION = "The legacy format reads a saved response: the source config needs a 'url' or a 'path'."
AUTH_REJECTED = "Meetup rejected the token ({error}): check MEETUP_TOKEN or the source's token."
BAD_OPTION = "The source config option {key!r} must be a whole number, not {value!r}."
NO_TITLE = "The event has no title."
NO_START = "The event has no readable start time."
NOT_PUBLISHED = "The event is not published (status {status})."
PARTIAL_ERRORS = "meetup: the answer carries errors next to its data: %s"
TRUNCATED = "meetup: stopped after %s pages (max_pages); the listing is incomplete this run"

CANCELLED = frozenset({"CANCELLED", "CANCELLED_PERM", "AUTOSCHED_CANCELLED", "cancelled"})
UNPUBLISHED = frozenset({"DRAFT", "PROPOSED", "TEMPLATE", "AUTOSCHED_DRAFT", "PENDING", "BLOCKED", "draft", "proposed", "suggested"})  # fmt: skip
ONLINE_TYPES = frozenset({"ONLINE", "HYBRID"})
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def decode(payload: bytes) -> Any:
    """The JSON of a payload, or AdapterError saying what it was instead."""
    return api.decode(payload, html_page=HTML_PAGE, not_json=NOT_JSON)


def iso_duration(value: Any) -> dt.timedelta | None:
    """ "PT2H", "PT1H30M", "P1DT2H" → timedelta; None for anything else."""
    match = _DURATION.match(str(value or ""))
    if not match or not any(match.groups()):
        return None
    days, hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def _legacy_events(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("results"), list):  # v2: {"results": […], "meta": {…}}
        return data["results"]
    return None


def _looks_legacy(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and ("time" in item or "local_date" in item)
        and ("meetup.com/" in str(item.get("link", "")) or isinstance(dig(item, "group", "urlname"), str))
    )


@register
class MeetupAdapter(Adapter):
    name = "meetup"
    label = "Meetup group events (GraphQL, or saved legacy REST JSON)"
    source_kind = "api"
    config_fields = (
        ConfigField(key="urlname", label="Group urlname", help_text="meetup.com/<urlname> (GraphQL)."),
        ConfigField(
            key="format",
            label="Format",
            kind="choice",
            choices=("graphql", "legacy"),
            help_text="legacy: a saved REST response read from the URL or file below.",
        ),
        URL_FIELD,
        PATH_FIELD,
        ConfigField(
            key="token", label="OAuth token", help_text="Better left empty: set MEETUP_TOKEN in the environment."
        ),
        ConfigField(key="page_size", label="Page size", kind="int", help_text="Events per page (default 50)."),
        MAX_PAGES_FIELD,
        BASE_URL_FIELD,
    )

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        if str(config.get("format") or "graphql").lower() == "legacy":
            if not (config.get("url") or config.get("path")):
                raise ConfigFieldError("url", LEGACY_NEEDS_LOCATION)
        elif not text(config.get("urlname")):
            raise ConfigFieldError("urlname", NO_URLNAME)

    complete_listing = True  # a group's own events
    credential_hint = "MEETUP_TOKEN"

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        data = api.sniffed_json(payload, (b"{", b"["))
        if data is None:
            return False
        if isinstance(data, dict) and isinstance(dig(data, "data", "groupByUrlname", "events", "edges"), list):
            return True
        events = _legacy_events(data)
        if not events:
            return False
        return all(_looks_legacy(item) for item in events[:5])

    # --- fetching ------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        if str(self.config.get("format") or "graphql").lower() == "legacy":
            if not (self.config.get("url") or self.config.get("path")):
                raise AdapterError(LEGACY_NEEDS_LOCATION)
            yield from self.parse(self.fetch_payload())
            return
        urlname = text(self.config.get("urlname"))
        if not urlname:
            raise AdapterError(NO_URLNAME)
        token = self.credential("token")
        url = api.api_root(self.config, DEFAULT_BASE_URL) + GRAPHQL_PATH
        variables = self._variables(urlname)
        max_pages = api.int_option(self.config, "max_pages", DEFAULT_MAX_PAGES, BAD_OPTION)
        for page in range(1, max_pages + 1):
            data = self._post(url, {"query": GROUP_EVENTS_QUERY, "variables": variables}, token)
            group = self._group(data, urlname)
            yield from self._graphql_records(group)
            cursor = dig(group, "events", "pageInfo", "endCursor")
            if not dig(group, "events", "pageInfo", "hasNextPage") or not cursor:
                return
            if page == max_pages:
                self.listing_truncated = True
                logger.warning(TRUNCATED, max_pages)
                return
            variables = {**variables, "after": cursor}

    def _variables(self, urlname: str) -> dict[str, Any]:
        window = self.context.window
        return {
            "urlname": urlname,
            "first": api.int_option(self.config, "page_size", DEFAULT_PAGE_SIZE, BAD_OPTION),
            "after": None,
            "status": LISTED_STATUSES,
            "afterDateTime": api.utc_stamp(window.start),
            "beforeDateTime": api.utc_stamp(window.end),
        }

    def _post(self, url: str, body: Mapping[str, Any], token: str) -> Any:
        headers = {"Authorization": f"Bearer {token}"}
        try:
            return self.http.post_json(url, payload=body, headers=headers)
        except FetchError as exc:
            raise api.request_failure(exc, [token], AUTH_REJECTED, not_json=NOT_JSON_ANSWER) from None

    @staticmethod
    def _group(data: Any, urlname: str) -> Mapping[str, Any]:
        _raise_errors(data)
        if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
            raise AdapterError(NOT_MEETUP)
        if "groupByUrlname" not in data["data"]:
            raise AdapterError(NOT_MEETUP)
        group = data["data"]["groupByUrlname"]
        if group is None:
            raise AdapterError(NO_GROUP.format(urlname=urlname))
        if not isinstance(group, dict) or not isinstance(dig(group, "events", "edges"), list):
            raise AdapterError(NOT_MEETUP)
        return group

    # --- parsing -------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        data = decode(payload)
        _raise_errors(data)
        legacy = _legacy_events(data)
        if legacy is not None:
            return api.guarded_records(legacy, self._legacy_record)
        if isinstance(data, dict) and isinstance(data.get("data"), dict):
            group = self._group(data, str(dig(data, "data", "groupByUrlname", "urlname", default="?")))
            return self._graphql_records(group)
        raise AdapterError(NOT_MEETUP)

    def _graphql_records(self, group: Mapping[str, Any]) -> Iterator[ParsedRecord]:
        for edge in dig(group, "events", "edges", default=[]):
            node = dig(edge, "node")
            if isinstance(node, dict):
                yield guarded(self._graphql_record, node, group)

    def _graphql_record(self, node: Mapping[str, Any], group: Mapping[str, Any]) -> ParsedRecord:
        raw = dict(node)
        external_id = text(node.get("id")) or fallback_id(raw)
        rejection = _rejection(node.get("title"), node.get("status"))
        if rejection:
            return RejectedRecord(external_id=external_id, reason=rejection, raw=raw)
        event_zone = zone(dig(node, "group", "timezone") or group.get("timezone"), self.context.default_timezone)
        start = _in_zone(parse_datetime(node.get("dateTime")), event_zone)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=raw)
        end = _in_zone(parse_datetime(node.get("endTime")), event_zone)
        duration = iso_duration(node.get("duration"))
        if end is None and duration:
            end = start + duration
        venues = [venue for venue in node.get("venues") or [] if isinstance(venue, dict)]
        place = next((venue for venue in venues if str(venue.get("venueType") or "").lower() != "online"), None)
        if not text(node.get("id")):  # a trimmed copy with no id: a stable one made from it (_api_content_id)
            external_id = content_id(str(node["title"]), start, (place or {}).get("name"))
        # HYBRID events are online too; an event whose only venue is the "online" one is online whatever its type.
        online = str(node.get("eventType") or "").upper() in ONLINE_TYPES or (place is None and bool(venues))
        cost_type, price = _fee(node.get("feeSettings"), "amount")
        topics = [text(dig(edge, "node", "name")) for edge in dig(node, "topics", "edges", default=[])]
        labels = [topic for topic in topics if topic]
        photo = node.get("featuredEventPhoto") or {}
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=str(node["title"]).strip(),
            description=text(node.get("description")),
            start=start,
            end=end if end is not None and end > start else None,
            timezone=event_zone.key if event_zone else None,
            **_place(place, ("name", "address", "city", "state", "postalCode", "country", "lat", "lon")),
            url=http_url(node.get("eventUrl")),
            image_url=http_url(dig(photo, "highResUrl")) or http_url(dig(photo, "standardUrl")),
            organizer=text(dig(node, "group", "name")) or text(group.get("name")),
            cost_type=cost_type,
            price_min=price,
            price_max=price,
            currency=text(dig(node, "feeSettings", "currency")) if price else None,
            status="cancelled" if node.get("status") in CANCELLED else "scheduled",
            online=online,
            source_category=", ".join(labels) or None,
            tags=[label.lower() for label in labels],
        )

    def _legacy_record(self, item: Mapping[str, Any]) -> ParsedRecord:
        raw = dict(item)
        external_id = text(item.get("id")) or fallback_id(raw)
        rejection = _rejection(item.get("name"), item.get("status"))
        if rejection:
            return RejectedRecord(external_id=external_id, reason=rejection, raw=raw)
        event_zone = _legacy_zone(item) or self.context.default_timezone
        start = _legacy_start(item, event_zone)
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=raw)
        duration = item.get("duration")
        end = (
            start + dt.timedelta(milliseconds=duration)
            if isinstance(start, dt.datetime) and isinstance(duration, int) and duration > 0
            else None
        )
        online = bool(item.get("is_online_event"))
        place = None if online or not isinstance(item.get("venue"), dict) else item["venue"]
        if not text(item.get("id")):  # a trimmed copy with no id: a stable one made from it (_api_content_id)
            external_id = content_id(str(item["name"]), start, (place or {}).get("name"))
        cost_type, price = _fee(item.get("fee"), "amount")
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=str(item["name"]).strip(),
            description=text(item.get("description")),
            start=start,
            end=end,
            all_day=not isinstance(start, dt.datetime),
            timezone=getattr(event_zone, "key", None),
            **_place(place, ("name", "address_1", "city", "state", "zip", "country", "lat", "lon")),
            url=http_url(item.get("link")) or http_url(item.get("event_url")),  # v3 "link", v2 "event_url"
            image_url=http_url(dig(item, "featured_photo", "highres_link"))
            or http_url(dig(item, "featured_photo", "photo_link")),
            organizer=text(dig(item, "group", "name")),
            cost_type=cost_type,
            price_min=price,
            price_max=price,
            currency=text(dig(item, "fee", "currency")) if price else None,
            status="cancelled" if item.get("status") in CANCELLED else "scheduled",
            online=online,
        )


def _raise_errors(data: Any) -> None:
    """GraphQL answers errors with HTTP 200 and an ``errors`` list (the REST API used the same key).

    Errors next to a usable group (a field this token may not read) are logged, not fatal: the events
    still came.
    """
    if not (isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]):
        return
    messages = [text(dig(error, "message")) or text(dig(error, "code")) for error in data["errors"]]
    message = "; ".join(m for m in messages if m) or "unknown error"
    if isinstance(dig(data, "data", "groupByUrlname", "events"), dict):
        logger.warning(PARTIAL_ERRORS, message)
        return
    raise AdapterError(API_ERRORS.format(message=message))


def _rejection(title: Any, status: Any) -> str | None:
    if not text(title):
        return NO_TITLE
    if status in UNPUBLISHED:
        return NOT_PUBLISHED.format(status=status)
    return None


def _in_zone(moment: dt.date | None, event_zone: zoneinfo.ZoneInfo | None) -> dt.datetime | None:
    if not isinstance(moment, dt.datetime):
        return None
    return moment.astimezone(event_zone) if event_zone else moment


def _legacy_zone(item: Mapping[str, Any]) -> dt.tzinfo | None:
    """The group's IANA zone; else the fixed offset the event was published with."""
    named = zone(dig(item, "group", "timezone"))
    if named is not None:
        return named
    offset = item.get("utc_offset")
    if isinstance(offset, int) and abs(offset) < 86_400_000:
        return dt.timezone(dt.timedelta(milliseconds=offset))
    return None


def _legacy_start(item: Mapping[str, Any], event_zone: dt.tzinfo | None) -> dt.date | None:
    """``time`` (ms since the epoch) is the instant; ``local_date`` alone is a date without a time."""
    moment = parse_datetime(item.get("time")) if isinstance(item.get("time"), int) else None
    if isinstance(moment, dt.datetime):
        return moment.astimezone(event_zone) if event_zone else moment
    local_date = parse_datetime(item.get("local_date"))
    if isinstance(local_date, dt.datetime) or local_date is None:
        return None
    if item.get("local_time"):
        combined = parse_datetime(f"{local_date.isoformat()}T{item['local_time']}", tz=event_zone)
        return combined if isinstance(combined, dt.datetime) else None
    return local_date if plausible(local_date) else None


def _fee(fee: Any, amount_key: str) -> tuple[str, Decimal | None]:
    """Meetup charges only through an event's fee settings: none (or zero) means attending is free."""
    if not isinstance(fee, dict):
        return "free", None
    amount = money(fee.get(amount_key))
    if amount is None:
        return "unknown", None
    return ("free", None) if amount == 0 else ("paid", amount)


def _place(venue: Mapping[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any]:
    """Venue fields of a RawEvent from a Meetup venue, whose field names differ between the two APIs."""
    name, street, city, state, postal, country, lat, lon = keys
    if not venue:
        return {"venue_name": None, "address": None, "city": None, "country": None, "latitude": None, "longitude": None}
    country_code = text(venue.get(country))
    return {
        "venue_name": text(venue.get(name)),
        "address": api.street_address(
            venue.get(street), venue.get("address_2"), venue.get(city), venue.get(state), venue.get(postal)
        ),
        "city": text(venue.get(city)),
        "country": country_code.upper() if country_code else None,
        "latitude": as_float(venue.get(lat)),
        "longitude": as_float(venue.get(lon)),
    }
