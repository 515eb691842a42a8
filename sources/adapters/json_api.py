"""Any JSON API, without code: a Source's config says where the events are and how fields map.

Operators describe the API in the Source's ``config`` (adapter ``json_api``)::

    {
      "url": "https://data.example.gov/resource/events.json",   # the first page
      "method": "GET",                                          # or "POST" (JSON body)
      "params": {"$order": "start_date_time", "api_key": "{credential:city_key}"},
      "headers": {"X-Api-Token": "{credential:city_token}"},
      "body": {"filter": {"upcoming": true}},                   # POST only
      "items": "data.events",                                   # where the list is; "" = the body is the list
      "mapping": {
        "title": "name",                                        # a dotted path into one item
        "start": "dates.start",
        "end": {"path": "dates.end"},
        "venue_name": "venue.name",
        "address": {"path": ["venue.street", "venue.zip"], "join": ", "},
        "latitude": "venue.geo.lat",
        "tags": "keywords.label",                               # a path through a list collects from each item
        "image_url": "images.0.url",                            # a number picks one element
        "status": {"path": "state", "map": {"CANCELED": "cancelled"}, "default": "scheduled"},
        "online": {"path": "mode", "map": {"virtual": true, "in_person": false}},
        "external_id": "id"
      },
      "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 50},
      "max_pages": 20,
      "timezone": "America/Chicago",                            # for times without an offset
      "complete_listing": false
    }

``mapping`` keys are the fields of the normalized event (ARCHITECTURE.md §4.1): title, start (both
required), end, all_day, timezone, description, venue_name, address, city, country, latitude, longitude,
url, ticket_url, image_url, organizer, cost_type, price_min, price_max, currency, status, online, rrule,
source_category, tags, external_id. A value is a dotted path, or an object with:

- ``path``: a dotted path, or a list of paths whose values are joined;
- ``join``: the separator for several values (default ", "; tags are kept as a list);
- ``default``: the value when the path finds nothing;
- ``map``: a lookup applied to the found value (booleans are looked up as "true"/"false");
- ``format`` (start/end): a ``strptime`` format ("%d/%m/%Y %H:%M"; without a time part the event is
  all-day), ``"epoch"`` (Unix seconds) or ``"epoch_ms"``; without it, ISO 8601 (or a number as epoch).

Times without an offset are read in the item's mapped ``timezone``, else the config's ``timezone``,
else the source's city zone. Relative URLs are resolved against ``url``. Without ``external_id`` an item
is identified by a hash of its title and start. Without ``cost_type``, prices decide (0 → free, more → paid).

``pagination`` (optional; at most ``max_pages`` requests, default 20). On POST the page parameter goes
into the JSON body, and ``params`` become the URL's query (which error messages show: on POST, keep
secrets in ``headers`` or ``body``):

- ``{"type": "page", "param": "page", "start": 1, "size_param": "per_page", "size": 50}``: next page until
  one comes back empty (or shorter than ``size``);
- ``{"type": "offset", "param": "offset", "size_param": "limit", "size": 50, "start": 0}``: until a page is
  shorter than ``size`` (or ``"total": "meta.total"`` is reached);
- ``{"type": "cursor", "param": "cursor", "next": "meta.next_cursor"}``: until the cursor is empty;
- ``{"type": "link", "next": "links.next"}``: follows the URL found there until there is none.

Secrets: ``"{credential:NAME}"`` in a header, parameter or body value is replaced with the credential NAME,
read from the config key NAME or, better (secrets stay out of the database), from the environment:
``JSON_API_CREDENTIALS="city_key=…,museum_token=…"`` (settings.SOURCE_CREDENTIALS["json_api"]).

``complete_listing: true`` says one fetch lists every upcoming event (a venue's own API, not a search),
so events missing from it are withdrawn. A listing cut short by ``max_pages`` never counts as complete.
A JSON API's shape cannot be recognised, so ``extract --kind auto`` never picks this adapter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
import re
import zoneinfo
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import money, parse_datetime, plausible, zone
from sources.adapters.registry import register

logger = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 50
DEFAULT_JOIN = ", "
CREDENTIAL = re.compile(r"\{credential:([A-Za-z0-9_]+)\}")
TIME_DIRECTIVES = ("%H", "%I", "%M", "%S", "%X", "%c", "%T", "%p")
TEXT_FIELDS = frozenset(
    {"description", "venue_name", "address", "city", "country", "organizer", "currency", "rrule", "source_category"}
)
URL_FIELDS = frozenset({"url", "ticket_url", "image_url"})
FLAG_FIELDS = frozenset({"online", "all_day"})
MAPPABLE = frozenset(
    {"title", "start", "end", "timezone", "external_id", "latitude", "longitude", "price_min", "price_max",
     "cost_type", "status", "tags"}
) | TEXT_FIELDS | URL_FIELDS | FLAG_FIELDS  # fmt: skip
SPEC_KEYS = frozenset({"path", "join", "default", "map", "format"})
TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on", "online", "virtual"})
STATUS_WORDS = {"canceled": "cancelled"}
PAGINATION_KEYS = {"page": ("param",), "offset": ("param",), "cursor": ("param", "next"), "link": ("next",)}

NO_CONFIG = "The json_api adapter is driven by its source config ('items', 'mapping', …); none was given."
NO_URL = "The json_api source config needs a 'url'."
BAD_METHOD = "Unsupported method {value!r} in the json_api config: use GET or POST."
NO_ITEMS = (
    "The json_api source config needs 'items': the dotted path to the list of events (\"\" for a top-level list)."
)
NO_MAPPING = "The json_api source config needs a 'mapping' object (field → dotted path)."
MISSING_MAPPING = "The json_api mapping needs {field!r}: the path to each event's {field}."
UNKNOWN_FIELD = "Unknown field {field!r} in the json_api mapping; known fields: {known}."
BAD_SPEC = (
    "Unreadable mapping for {field!r}: give a dotted path or an object with 'path' (and join/default/map/format)."
)
BAD_FORMAT = "Unreadable format {value!r} for {field!r}: use a strptime format, 'epoch' or 'epoch_ms'."
BAD_PAGINATION = "Unknown pagination type {value!r} in the json_api config: use page, offset, cursor or link."
PAGINATION_NEEDS = "Pagination of type {kind!r} needs {key!r} in the json_api config."
BAD_NUMBER = "{key!r} in the json_api config must be a whole number ≥ {minimum}."
BAD_TIMEZONE = "Unknown timezone {value!r} in the json_api config (use an IANA name such as America/Chicago)."
BAD_SECTION = "{key!r} in the json_api config must be an object."
NO_CREDENTIAL = (
    'Missing credential {name!r} for the json_api adapter: set JSON_API_CREDENTIALS="{name}=…" in the '
    "environment (or {name!r} in the source config)."
)
NOT_JSON = "The response is not JSON: {error}"
ITEMS_NOT_LIST = "No list of events at {path!r} in the response (found {found})."
ITEM_NOT_OBJECT = "The item is not an object."
NO_TITLE = "The item has no title (mapping 'title')."
BAD_START = "The item has no readable start (mapping 'start'): {value!r}"


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    paths: tuple[str, ...]
    join: str | None = None
    default: Any = None
    lookup: Mapping[str, Any] | None = None
    format: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class ApiSpec:
    """The validated config."""

    url: str
    method: str
    params: Mapping[str, Any]
    headers: Mapping[str, Any]
    body: Any
    items: str
    mapping: Mapping[str, FieldSpec]
    pagination: Mapping[str, Any]
    max_pages: int
    timezone: zoneinfo.ZoneInfo | None
    complete: bool


# --- config ------------------------------------------------------------------------------------------
def _whole(config: Mapping[str, Any], key: str, default: int, minimum: int = 1) -> int:
    value = config.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise AdapterError(BAD_NUMBER.format(key=key, minimum=minimum))
    return value


def _section(config: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = config.get(key) or {}
    if not isinstance(value, Mapping):
        raise AdapterError(BAD_SECTION.format(key=key))
    return value


def _field_spec(field: str, raw: Any) -> FieldSpec:
    if isinstance(raw, str):
        return FieldSpec(paths=(raw,))
    if not isinstance(raw, Mapping) or not set(raw) <= SPEC_KEYS or "path" not in raw:
        raise AdapterError(BAD_SPEC.format(field=field))
    paths = raw["path"]
    paths = (paths,) if isinstance(paths, str) else paths
    if not isinstance(paths, Sequence) or not paths or not all(isinstance(path, str) for path in paths):
        raise AdapterError(BAD_SPEC.format(field=field))
    lookup, value_format = raw.get("map"), raw.get("format")
    if lookup is not None and not isinstance(lookup, Mapping):
        raise AdapterError(BAD_SPEC.format(field=field))
    if value_format is not None and (field not in ("start", "end") or not isinstance(value_format, str)):
        raise AdapterError(BAD_FORMAT.format(value=value_format, field=field))
    join = raw.get("join")
    return FieldSpec(
        paths=tuple(paths),
        join=str(join) if join is not None else None,
        default=raw.get("default"),
        lookup={str(key): value for key, value in lookup.items()} if lookup else None,
        format=value_format,
    )


def _mapping(config: Mapping[str, Any]) -> dict[str, FieldSpec]:
    raw = config.get("mapping")
    if not isinstance(raw, Mapping) or not raw:
        raise AdapterError(NO_MAPPING)
    for field in raw:
        if field not in MAPPABLE:
            raise AdapterError(UNKNOWN_FIELD.format(field=field, known=", ".join(sorted(MAPPABLE))))
    for required in ("title", "start"):
        if required not in raw:
            raise AdapterError(MISSING_MAPPING.format(field=required))
    return {field: _field_spec(field, spec) for field, spec in raw.items()}


def _pagination(config: Mapping[str, Any]) -> Mapping[str, Any]:
    pagination = _section(config, "pagination")
    if not pagination:
        return {}
    kind = pagination.get("type")
    if kind not in PAGINATION_KEYS:
        raise AdapterError(BAD_PAGINATION.format(value=kind))
    for key in PAGINATION_KEYS[str(kind)]:
        if not isinstance(pagination.get(key), str) or not pagination[key]:
            raise AdapterError(PAGINATION_NEEDS.format(kind=kind, key=key))
    if kind == "offset" or "size" in pagination:
        _whole(pagination, "size", DEFAULT_PAGE_SIZE)
    if "start" in pagination:
        _whole(pagination, "start", 0, minimum=0)
    return pagination


def read_config(config: Mapping[str, Any]) -> ApiSpec:
    """The config checked as a whole; AdapterError names the first problem."""
    if not config:
        raise AdapterError(NO_CONFIG)
    method = str(config.get("method") or "GET").upper()
    if method not in ("GET", "POST"):
        raise AdapterError(BAD_METHOD.format(value=config.get("method")))
    if not isinstance(config.get("items"), str):
        raise AdapterError(NO_ITEMS)
    tz = zone(config.get("timezone"))
    if config.get("timezone") and tz is None:
        raise AdapterError(BAD_TIMEZONE.format(value=config.get("timezone")))
    return ApiSpec(
        url=str(config.get("url") or ""),
        method=method,
        params=_section(config, "params"),
        headers=_section(config, "headers"),
        body=config.get("body"),
        items=config["items"],
        mapping=_mapping(config),
        pagination=_pagination(config),
        max_pages=_whole(config, "max_pages", DEFAULT_MAX_PAGES),
        timezone=tz,
        complete=bool(config.get("complete_listing", False)),
    )


# --- reading values ----------------------------------------------------------------------------------
def resolve(data: Any, path: str) -> Any:
    """The value at a dotted path: "a.b.0.c"; a name applied to a list collects it from every element."""
    return _walk(data, [part for part in path.split(".") if part]) if path else data


def _walk(current: Any, parts: list[str]) -> Any:
    for position, part in enumerate(parts):
        if isinstance(current, list) and not part.isdigit():
            rest = parts[position + 1 :] if part == "*" else parts[position:]
            found = [_walk(element, rest) for element in current]
            return _flatten(found) or None
        if isinstance(current, list):
            index = int(part)
            current = current[index] if index < len(current) else None
        elif isinstance(current, Mapping):
            current = current.get(part)
        else:
            return None
        if current is None:
            return None
    return current


def _flatten(values: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for value in values:
        if isinstance(value, list):
            flat.extend(item for item in value if item not in (None, ""))
        elif value not in (None, ""):
            flat.append(value)
    return flat


def _lookup_key(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _text(value: Any, separator: str | None) -> str | None:
    if isinstance(value, list):
        parts = [_text(item, None) for item in value]
        return (separator if separator is not None else DEFAULT_JOIN).join(part for part in parts if part) or None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        return None
    return str(value).strip() or None


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS
    return bool(value)


def _number(value: Any) -> float | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _moment(value: Any, spec: FieldSpec, tz: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    """A start/end value by the field's format; naive results are read in ``tz``."""
    if spec.format in ("epoch", "epoch_ms"):
        number = _number(value)
        if number is None:
            return None
        try:
            moment = dt.datetime.fromtimestamp(number / (1000 if spec.format == "epoch_ms" else 1), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment if plausible(moment) else None
    if spec.format:
        try:
            parsed = dt.datetime.strptime(str(value).strip(), spec.format)  # noqa: DTZ007 - zone applied below
        except ValueError:
            return None
        if not any(directive in spec.format for directive in TIME_DIRECTIVES):
            return parsed.date() if plausible(parsed) else None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=tz or dt.UTC)
        return parsed if plausible(parsed) else None
    return parse_datetime(value, tz=tz)


def _bounded_url(value: str | None, base: str) -> str | None:
    if not value:
        return None
    absolute = urljoin(base, value) if base else value
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


@register
class JsonApiAdapter(Adapter):
    name = "json_api"
    label = "Any JSON API (configured field mapping)"
    complete_listing = False  # unless the config says so: see is_complete()
    credential_hint = "JSON_API_CREDENTIALS"
    sniff_priority = 90

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        # Any JSON could be any API: without a mapping there is nothing to recognise.
        return False

    @functools.cached_property
    def spec(self) -> ApiSpec:
        return read_config(self.config)

    # --- fetching ----------------------------------------------------------------------------------
    def fetch(self) -> Iterator[ParsedRecord]:
        spec = self.spec
        if not spec.url:
            raise AdapterError(NO_URL)
        url, params = split_query(spec.url)
        params.update({key: self._secrets(value) for key, value in spec.params.items()})
        body = self._secrets(spec.body) if spec.body is not None else None
        headers = {key: str(self._secrets(value)) for key, value in spec.headers.items()}
        paging = Paging(spec.pagination)
        page_params = paging.first()
        seen_urls = {spec.url}
        for _page in range(spec.max_pages):
            data = self._request(url, params, page_params, body, headers)
            items = self._items(data)
            yield from self._records(items, base_url=url)
            following = paging.next(data, items, page_params, current_url=url)
            if following is None:
                return
            next_url, page_params = following
            if next_url is not None:
                if next_url in seen_urls:
                    return  # a link back to a page already read: the end, not a loop
                seen_urls.add(next_url)
                url, params = _follow(next_url, params)
        self.listing_truncated = True
        # No URL in the log: an operator may have put a key in its query.
        logger.warning("json_api listing cut at max_pages=%s: it is not treated as complete", spec.max_pages)

    def _request(
        self,
        url: str,
        params: Mapping[str, Any],
        page_params: Mapping[str, Any],
        body: Any,
        headers: Mapping[str, str],
    ) -> Any:
        if self.spec.method == "GET":
            return self.http.get_json(url, params={**params, **page_params}, headers=headers)
        # Page parameters join an object body; any other body (a list, a string) is sent as configured.
        payload = {**(body or {}), **page_params} if body is None or isinstance(body, Mapping) else body
        query = urlencode(params, doseq=True)
        target = f"{url}{'&' if '?' in url else '?'}{query}" if query else url
        return self.http.post_json(target, payload=payload, headers=headers)

    def _secrets(self, value: Any) -> Any:
        """``{credential:NAME}`` placeholders replaced, in strings, lists and objects."""
        if isinstance(value, str):
            return CREDENTIAL.sub(lambda match: self._credential(match.group(1)), value)
        if isinstance(value, list):
            return [self._secrets(item) for item in value]
        if isinstance(value, Mapping):
            return {key: self._secrets(item) for key, item in value.items()}
        return value

    def _credential(self, name: str) -> str:
        try:
            return self.credential(name)
        except AdapterError:
            raise AdapterError(NO_CREDENTIAL.format(name=name)) from None

    # --- parsing -----------------------------------------------------------------------------------
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        spec = self.spec  # a config problem is reported before the payload's
        try:
            data = json.loads(payload)
        except ValueError as exc:
            raise AdapterError(NOT_JSON.format(error=exc)) from exc
        return self._records(self._items(data), base_url=spec.url or self.context.base_url or "")

    def _items(self, data: Any) -> list[Any]:
        items = resolve(data, self.spec.items)
        if not isinstance(items, list):
            found = type(items).__name__ if items is not None else "nothing"
            raise AdapterError(ITEMS_NOT_LIST.format(path=self.spec.items, found=found))
        return items

    def _records(self, items: list[Any], *, base_url: str) -> Iterator[ParsedRecord]:
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                yield RejectedRecord(external_id=f"item-{index}", reason=ITEM_NOT_OBJECT, raw={"item": item})
                continue
            yield ItemReader(self, item, base_url).record()


def split_query(url: str) -> tuple[str, dict[str, Any]]:
    """A URL without its query, and the query as parameters.

    The HTTP client replaces a URL's own query with the parameters it is given, so a query written in
    the configured URL (or in a next-page link) must travel as parameters.
    """
    parts = urlsplit(url)
    params: dict[str, Any] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in params:
            params[key] = value
        elif isinstance(params[key], list):
            params[key].append(value)
        else:
            params[key] = [params[key], value]  # a repeated parameter (?tag=a&tag=b)
    return urlunsplit(parts._replace(query="")), params


def _follow(link: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A next-page link's URL and parameters, plus the configured ones it does not carry (an API key)."""
    url, carried = split_query(link)
    return url, {**{key: value for key, value in params.items() if key not in carried}, **carried}


class Paging:
    """Where the next page is, for each pagination type."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config = config
        self.kind = str(config.get("type") or "")
        self.size = int(config.get("size") or 0) or (DEFAULT_PAGE_SIZE if self.kind == "offset" else 0)

    def first(self) -> dict[str, Any]:
        sized = {str(self.config["size_param"]): self.size} if self.config.get("size_param") and self.size else {}
        if self.kind == "page":
            return {str(self.config["param"]): int(self.config.get("start", 1)), **sized}
        if self.kind == "offset":
            return {str(self.config["param"]): int(self.config.get("start", 0)), **sized}
        return {}

    def next(
        self, data: Any, items: list[Any], current: Mapping[str, Any], *, current_url: str
    ) -> tuple[str | None, dict[str, Any]] | None:
        """(a new URL or None, the page parameters) for the next request, or None at the end."""
        if self.kind in ("page", "offset"):
            return self._numbered(data, items, current)
        if self.kind == "cursor":
            cursor = resolve(data, str(self.config["next"]))
            param = str(self.config["param"])
            if cursor in (None, "") or isinstance(cursor, list | dict) or current.get(param) == cursor:
                return None
            return None, {**current, param: cursor}
        if self.kind == "link":
            link = resolve(data, str(self.config["next"]))
            if not isinstance(link, str) or not link.strip():
                return None
            return urljoin(current_url, link.strip()), {}
        return None

    def _numbered(self, data: Any, items: list[Any], current: Mapping[str, Any]) -> tuple[None, dict[str, Any]] | None:
        if not items or (self.size and len(items) < self.size):
            return None
        param = str(self.config["param"])
        step = 1 if self.kind == "page" else (self.size or len(items))
        position = int(current[param]) + step
        total = _number(resolve(data, str(self.config["total"]))) if self.config.get("total") else None
        if self.kind == "offset" and total is not None and position >= total:
            return None
        return None, {**current, param: position}


class ItemReader:
    """One item of the response read through the mapping."""

    def __init__(self, adapter: JsonApiAdapter, item: Mapping[str, Any], base_url: str) -> None:
        self.adapter = adapter
        self.item = item
        self.base_url = base_url
        self.mapping = adapter.spec.mapping

    def value(self, field: str) -> Any:
        """The raw value (paths joined when several), mapped through ``map``, else the default."""
        spec = self.mapping.get(field)
        if spec is None:
            return None
        found = [resolve(self.item, path) for path in spec.paths]
        value: Any = found[0] if len(found) == 1 else (_flatten(found) or None)
        if isinstance(value, list) and spec.join is not None and field != "tags":
            value = _text(value, spec.join)
        if spec.lookup is not None and value is not None and not isinstance(value, list | Mapping):
            value = spec.lookup.get(_lookup_key(value), value)
        return spec.default if value in (None, "", []) else value

    def text(self, field: str) -> str | None:
        spec = self.mapping.get(field)
        return _text(self.value(field), spec.join if spec else None)

    def url(self, field: str) -> str | None:
        return _bounded_url(self.text(field), self.base_url)

    def zone(self) -> zoneinfo.ZoneInfo | None:
        return zone(self.text("timezone"), self.adapter.spec.timezone or self.adapter.context.default_timezone)

    def moment(self, field: str, tz: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
        spec = self.mapping.get(field)
        value = self.value(field)
        if spec is None or value is None:
            return None
        if isinstance(value, list):  # a date and a time from two paths, without a "join"
            value = " ".join(str(part) for part in value)
        moment = _moment(value, spec, tz)
        return moment.astimezone(tz) if isinstance(moment, dt.datetime) and tz is not None else moment

    def tags(self) -> list[str]:
        value = self.value("tags")
        spec = self.mapping.get("tags")
        if isinstance(value, str) and spec is not None and spec.join:
            value = value.split(spec.join)
        values = value if isinstance(value, list) else [value]
        return [text for text in (_text(item, None) for item in values) if text]

    def record(self) -> ParsedRecord:
        tz = self.zone()
        title = self.text("title")
        start = self.moment("start", tz)
        external_id = self.text("external_id") or _fallback_id(title, self.value("start"))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(self.item))
        if start is None:
            return RejectedRecord(
                external_id=external_id, reason=BAD_START.format(value=self.value("start")), raw=dict(self.item)
            )
        all_day = _flag(self.value("all_day")) or not isinstance(start, dt.datetime)
        start, end = _day_span(start, self.moment("end", tz), all_day=all_day)
        price_min, price_max = money(self.value("price_min")), money(self.value("price_max"))
        status = (self.text("status") or "scheduled").lower()
        return RawEvent(
            source=self.adapter.context.source,
            external_id=external_id,
            title=title,
            start=start,
            end=end,
            all_day=all_day,
            timezone=tz.key if tz else None,
            latitude=_number(self.value("latitude")),
            longitude=_number(self.value("longitude")),
            url=self.url("url"),
            ticket_url=self.url("ticket_url"),
            image_url=self.url("image_url"),
            cost_type=(self.text("cost_type") or _cost_type(price_min, price_max)).lower(),
            price_min=price_min,
            price_max=price_max,
            status=STATUS_WORDS.get(status, status),
            online=_flag(self.value("online")),
            tags=self.tags(),
            **{field: self.text(field) for field in sorted(TEXT_FIELDS)},
        )


def _day_span(
    start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, *, all_day: bool
) -> tuple[dt.datetime | dt.date, dt.datetime | dt.date | None]:
    """All-day events as dates (the end inclusive, None for a single day)."""
    if not all_day:
        return start, end
    first = start.date() if isinstance(start, dt.datetime) else start
    last = end.date() if isinstance(end, dt.datetime) else end
    return first, (last if last is not None and last > first else None)


def _cost_type(price_min: Decimal | None, price_max: Decimal | None) -> str:
    prices = [price for price in (price_min, price_max) if price is not None]
    if not prices:
        return "unknown"
    return "free" if max(prices) == 0 else "paid"


def _fallback_id(title: str | None, start: Any) -> str:
    """A stable id for APIs that give their items none."""
    return "sha-" + hashlib.sha256(f"{title}|{start}".encode()).hexdigest()[:24]
