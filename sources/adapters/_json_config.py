"""The ``json_api`` adapter's config parsed and checked as a whole (``read_config`` → ``ApiSpec``): the fields a
mapping may name, each field's spec (paths, join, default, map, format, fallback), the documents beside each event
(``links``) and pagination. The config format is described in ``json_api``; items are read through the checked
mapping by ``_json_mapping.ItemReader``. Moved out of ``_json_mapping`` as it was, to keep that module under its
size limit.

The leading underscore keeps this helper module out of the adapters package's auto-import, so nothing
here registers as an adapter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_days import DAY_FORMATS, TIMED_DAY_FORMATS
from sources.adapters._json_duration import check_unit
from sources.adapters._json_text_values import SLUG
from sources.adapters.base import AdapterError
from sources.adapters.common import zone

DEFAULT_MAX_PAGES = 20
DEFAULT_PAGE_SIZE = 50
MAX_FALLBACKS = 5  # a spec's fallbacks, each read only where the ones before find nothing
TEXT_FIELDS = frozenset(
    {"description", "venue_name", "address", "city", "country", "organizer", "currency", "rrule", "source_category"}
)
URL_FIELDS = frozenset({"url", "ticket_url", "image_url"})
FLAG_FIELDS = frozenset({"online", "all_day"})
MAPPABLE = frozenset(
    {"title", "start", "end", "duration", "timezone", "external_id", "latitude", "longitude", "price_min",
     "price_max", "cost_type", "status", "tags", "links"}
) | TEXT_FIELDS | URL_FIELDS | FLAG_FIELDS  # fmt: skip
SPEC_KEYS = frozenset({"path", "join", "default", "map", "format", "fallback"})
# Fields a config may state once for every item ({"default": …} with no path): what the source is about (its
# category, its one venue), never what tells one item from another.
ITEM_OWN_FIELDS = frozenset({"title", "start", "end", "duration", "external_id"})
LINK_KEYS = frozenset({"url", "label", "label_path", "each"})
PAGINATION_KEYS = {"page": ("param",), "offset": ("param",), "cursor": ("param", "next"), "link": ("next",)}

NO_CONFIG = "The json_api adapter is driven by its source config ('items', 'mapping', …); none was given."
BAD_METHOD = "Unsupported method {value!r} in the json_api config: use GET or POST."
NO_ITEMS = (
    "The json_api source config needs 'items': the dotted path to the list of events (\"\" for a top-level list)."
)
NO_MAPPING = "The json_api source config needs a 'mapping' object (field → dotted path)."
MISSING_MAPPING = "The json_api mapping needs {field!r}: the path to each event's {field}."
UNKNOWN_FIELD = "Unknown field {field!r} in the json_api mapping; known fields: {known}."
BAD_SPEC = (
    "Unreadable mapping for {field!r}: give a dotted path or an object with 'path' "
    "(and join/default/map/format/fallback), or, for a field other than the title, times and id, 'default' alone;"
    " a 'path' list's entry may itself be a list of paths (a name in parts) only for the title and text fields."
)
HALL = "hall"  # a venue name's format: the hall inside the venue's building kept with it (_json_venue_first)
RFC_2822 = "rfc2822"  # a format's name: dates as e-mail and RSS write them (beside "epoch" and "epoch_ms")
BAD_FORMAT = (
    "Unreadable format {value!r} for {field!r}: use a strptime format (or a list of them), 'epoch', 'epoch_ms',"
    " 'rfc2822' or 'local-day' (maybe followed by a time's format)."
)
BAD_LINKS = (
    "Unreadable 'links' in the json_api mapping: give a list of objects with 'url' (a path) and optionally "
    "'label' (text), 'label_path' (a path) and 'each' (the path of a list of documents)."
)
BAD_PAGINATION = "Unknown pagination type {value!r} in the json_api config: use page, offset, cursor or link."
PAGINATION_NEEDS = "Pagination of type {kind!r} needs {key!r} in the json_api config."
BAD_NUMBER = "{key!r} in the json_api config must be a whole number ≥ {minimum}."
BAD_TIMEZONE = "Unknown timezone {value!r} in the json_api config (use an IANA name such as America/Chicago)."
BAD_SECTION = "{key!r} in the json_api config must be an object."


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    paths: tuple[str, ...]
    join: str | None = None
    default: Any = None
    lookup: Mapping[str, Any] | None = None
    format: str | tuple[str, ...] | None = None
    fallback: FieldSpec | None = None  # read when ``paths`` find nothing in an item
    # Each path entry's paths where some entry is a list (a name written in parts, "first" and "last", read as its
    # parts joined by a space); empty when every entry is one path. ``paths`` then holds each entry's first path.
    parts: tuple[tuple[str, ...], ...] = ()

    def entries(self) -> tuple[tuple[str, ...], ...]:
        """The path entries, each the paths of one value (one path, or a name's parts joined by a space)."""
        return self.parts or tuple((path,) for path in self.paths)

    def chain(self) -> list[FieldSpec]:
        """This spec and its fallbacks, in the order they are tried."""
        specs: list[FieldSpec] = []
        spec: FieldSpec | None = self
        while spec is not None and len(specs) < MAX_FALLBACKS:
            specs.append(spec)
            spec = spec.fallback
        return specs


@dataclasses.dataclass(frozen=True, slots=True)
class LinkSpec:
    """Where one document beside an event is: ``url`` (a path), its label as text or at ``label_path``, and
    with ``each`` the path of a list whose every element is a document (``url`` and ``label_path`` inside it)."""

    url: str
    label: str = ""
    label_path: str | None = None
    each: str | None = None


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
    links: tuple[LinkSpec, ...] = ()


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
    if not isinstance(raw, Mapping) or not set(raw) <= SPEC_KEYS:
        raise AdapterError(BAD_SPEC.format(field=field))
    if set(raw) == {"default"} and field not in ITEM_OWN_FIELDS and raw["default"] not in (None, "", []):
        return FieldSpec(paths=(), default=raw["default"])  # the same for every item: read from no path
    if "path" not in raw:
        raise AdapterError(BAD_SPEC.format(field=field))
    paths = raw["path"]
    paths = (paths,) if isinstance(paths, str) else paths
    if not isinstance(paths, Sequence) or not paths or not all(_entry(field, path) for path in paths):
        raise AdapterError(BAD_SPEC.format(field=field))
    parts = tuple((path,) if isinstance(path, str) else tuple(path) for path in paths)
    lookup = raw.get("map")
    if lookup is not None and not isinstance(lookup, Mapping):
        raise AdapterError(BAD_SPEC.format(field=field))
    value_format = _format(field, raw.get("format"))
    join = raw.get("join")
    fallback = raw.get("fallback")
    return FieldSpec(
        paths=tuple(entry[0] for entry in parts),
        join=str(join) if join is not None else None,
        default=raw.get("default"),
        lookup={str(key): value for key, value in lookup.items()} if lookup else None,
        format=value_format,
        fallback=_field_spec(field, fallback) if fallback is not None else None,
        parts=parts if any(len(entry) > 1 for entry in parts) else (),
    )


def _entry(field: str, path: Any) -> bool:
    """A path entry: a dotted path, or (for the title and the text fields) a list of paths, a name written in
    parts ("name.first", "name.last") read as one value, its parts joined by a space."""
    if isinstance(path, str):
        return True
    return (
        (field == "title" or field in TEXT_FIELDS)
        and isinstance(path, list)
        and bool(path)
        and all(isinstance(part, str) for part in path)
    )


def _format(field: str, value: Any) -> str | tuple[str, ...] | None:
    """A start/end ``format``: one format, or a list tried in order; a title's is only "slug" (slug_title)."""
    if value is None:
        return None
    if field == "title" and value == SLUG:
        return SLUG
    if field == "venue_name" and value == HALL:
        return HALL
    if field == "duration":  # a unit, not a date format (_json_duration)
        return _duration_unit(field, value)
    formats = [value] if isinstance(value, str) else value
    if (
        field not in ("start", "end")
        or not isinstance(formats, list)
        or not formats
        or not all(isinstance(item, str) and item and _usable_format(item) for item in formats)
    ):
        raise AdapterError(BAD_FORMAT.format(value=value, field=field))
    return value if isinstance(value, str) else tuple(formats)


def _duration_unit(field: str, value: Any) -> str:
    try:
        return check_unit(value)
    except ValueError as exc:
        raise AdapterError(str(exc)) from None


def _usable_format(value_format: str) -> bool:
    """Whether strptime can use the format at all (a repeated directive or a stray "%" cannot be)."""
    if value_format in ("epoch", "epoch_ms", RFC_2822, *DAY_FORMATS):
        return True
    if (named := next((each for each in TIMED_DAY_FORMATS if value_format.startswith(each + " ")), None)) is not None:
        return _usable_format(value_format[len(named) + 1 :])
    try:
        dt.datetime.strptime("", value_format)  # noqa: DTZ007 - only whether the format compiles
    except re.error:
        return False
    except ValueError as exc:
        return "does not match" in str(exc)  # the format is fine; the empty text is not a date
    return True


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
    return {field: _field_spec(field, spec) for field, spec in raw.items() if field != "links"}


def _link_spec(raw: Any) -> LinkSpec:
    if not isinstance(raw, Mapping) or not set(raw) <= LINK_KEYS or not isinstance(raw.get("url"), str):
        raise AdapterError(BAD_LINKS)
    if not all(isinstance(raw.get(key), str | None) for key in ("label", "label_path", "each")):
        raise AdapterError(BAD_LINKS)
    return LinkSpec(
        url=raw["url"], label=raw.get("label") or "", label_path=raw.get("label_path"), each=raw.get("each")
    )


def _links(config: Mapping[str, Any]) -> tuple[LinkSpec, ...]:
    mapping = config.get("mapping")
    raw = mapping.get("links") if isinstance(mapping, Mapping) else None
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise AdapterError(BAD_LINKS)
    return tuple(_link_spec(item) for item in raw)


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
        links=_links(config),
    )
