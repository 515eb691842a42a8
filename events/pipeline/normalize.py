"""Normalize: validate and tidy one source record into the §4.1 shape, or say why it cannot be used.

Errors reject the record (it is quarantined with them); warnings are repairs the record survives.

Beyond validation it repairs what sources commonly get wrong: times are given in the event's IANA zone
(the event's own, else its matched city's, else the source's), an overnight end on the start's date moves to
the next day, a missing start is read from the title or description, prices come from text, URLs are
canonical, shouted titles are tidied and their "CANCELLED:" / "SOLD OUT!" words become the status and a flag.
With a PlaceIndex in the context, the record gets ``city_id`` and ``venue_id`` from its own location evidence
(places.PlaceIndex.place), ``placed_by`` saying which, and ``outside_area`` when that evidence points outside
every known city.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any

from events.pipeline.places import Basis, CityPlace, PlaceIndex, country_code
from events.pipeline.prices import PriceInfo, currency_code, parse_price_text
from events.pipeline.text import plain_text, single_line
from events.pipeline.title_city_region import record_region
from events.pipeline.titles import clean_title, detect_status
from events.pipeline.town_venues import town_venue
from events.pipeline.urls import canonical_url, is_http_url
from events.vocabulary import COST_TYPES, GAME_CATEGORY, STATUSES
from events.zones import zone, zone_key

CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_TAGS = 20
PRICE_TEXT_FIELDS = ("price_text", "price")  # free-text prices some adapters pass along (not in §4.1)
TEXT_DATE_FIELDS = ("title", "description")  # where a missing start is looked for, in this order

# The languages dates are written in, by the city's country (dateparser codes); English elsewhere.
DEFAULT_LANGUAGES: Mapping[str, tuple[str, ...]] = {"IN": ("en", "hi", "kn"), "US": ("en",)}
FALLBACK_LANGUAGES = ("en",)
# How "05/12/2026" reads, by country; dateparser's default (month first) elsewhere.
DEFAULT_DATE_ORDERS: Mapping[str, str] = {"US": "MDY", "IN": "DMY", "GB": "DMY", "IE": "DMY", "AU": "DMY"}

MISSING_TITLE = "missing title"
MISSING_START = "missing start"
BAD_START = "unreadable start {value!r}"
BAD_END = "unreadable end {value!r} (dropped)"
END_BEFORE_START = "end before start (end dropped)"
END_MIXED = "end is a date and start a time, or the reverse (end dropped)"
OVERNIGHT = "end before start on the same day: read as overnight (end moved to the next day)"
TOO_LONG = "lasts more than {days} days (end dropped)"
NAIVE_START = "start has no UTC offset"
NAIVE_LOCALIZED = "{field} has no UTC offset: read as local time in {zone}"
NAIVE_END = "end has no UTC offset and no timezone is known (end dropped)"
START_FROM_TEXT = "start read from the {field}: {text!r}"
STATUS_FROM_TEXT = "status {status!r} read from the {field}"
PRICE_FROM_DESCRIPTION = "price read from the description ({cost_type})"
BAD_TIMEZONE = "unknown timezone {value!r} (dropped)"
BAD_URL = "{field} is not an absolute http(s) URL (dropped)"
BAD_COORDINATES = "coordinates out of range (dropped)"
BAD_PRICE = "{field} is not a non-negative number (dropped)"
BAD_COST_TYPE = "unknown cost_type {value!r} (set to unknown)"
BAD_STATUS = "unknown status {value!r} (set to scheduled)"
BAD_CURRENCY = "currency {value!r} is not an ISO 4217 code (dropped)"

# The §4.1 contract, in its order: what `extract` prints and what the pipeline works on.
FIELDS = (
    "source", "external_id", "title", "description", "start", "end", "all_day", "timezone", "venue_name",
    "address", "city", "country", "latitude", "longitude", "url", "ticket_url", "image_url", "organizer",
    "cost_type", "price_min", "price_max", "currency", "status", "online", "rrule", "source_category", "tags",
)  # fmt: skip

TEXT_LIMITS = {
    "title": 300,
    "venue_name": 200,
    "address": 300,
    "city": 120,
    "country": 60,
    "organizer": 200,
    "source_category": 300,
    "rrule": 500,
    "source_title": 300,
}
DESCRIPTION_LIMIT = 10_000
URL_FIELDS = ("url", "ticket_url", "image_url")
# Documents beside an event (agenda, minutes, video): http(s) only, a bounded list of short labels.
MAX_LINKS = 20
LINK_LABEL_LIMIT = 80
DEFAULT_LINK_LABEL = "Link"
BAD_LINKS = "{count} link(s) dropped: not an absolute http(s) URL, or past the first {limit}"


@dataclasses.dataclass(slots=True)
class Normalized:
    record: dict[str, Any]
    errors: list[str] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclasses.dataclass(frozen=True, slots=True)
class NormalizeContext:
    """What normalize knows beyond the record: the source's defaults and the batch's places.

    Build one per batch (the PlaceIndex is the expensive part) and pass it to every record.
    """

    default_timezone: str | None = None  # the source's zone, for times without one
    default_country: str | None = None  # the source's country (ISO 3166-1 alpha-2), for currencies and dates
    default_city_id: Any = None  # the source's city: a record with no location evidence at all is placed there
    places: PlaceIndex | None = None  # the cities and venues to match; None: no matching
    languages: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=lambda: dict(DEFAULT_LANGUAGES))
    date_orders: Mapping[str, str] = dataclasses.field(default_factory=lambda: dict(DEFAULT_DATE_ORDERS))
    now: dt.datetime | None = None  # anchors relative dates in text ("this Saturday"); None: the clock
    max_timed_duration: dt.timedelta = dt.timedelta(days=30)
    overnight_max: dt.timedelta = dt.timedelta(hours=12)  # 22:00–02:00 is overnight; 10:00–09:00 is an error
    dates_from_text: bool = True
    prices_from_description: bool = True

    @classmethod
    def for_places(
        cls, cities: Iterable[Mapping[str, Any]], venues: Iterable[Mapping[str, Any]] = (), **options: Any
    ) -> NormalizeContext:
        return cls(places=PlaceIndex(cities, venues), **options)


DEFAULT_CONTEXT = NormalizeContext()


@dataclasses.dataclass(frozen=True, slots=True)
class _Place:
    """What the record's place tells the rest of normalize."""

    city: CityPlace | None
    country: str | None
    zone: str | None
    # Other names of the record's venue (the venue it was matched to), for telling its name in a title.
    venue_aliases: tuple[str, ...] = ()


def parse_moment(value: object) -> dt.datetime | dt.date | None:
    """An ISO 8601 datetime (with offset) or date; None when unreadable."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str):
        return None
    # Kept per string (_moment_kept) only at the lengths ISO 8601 moments have: a long text is read, never held.
    return _moment_kept(value) if len(value) <= MOMENT_KEPT_LENGTH else _moment_of(value)


# The longest string whose reading is kept: "2026-11-27T19:30:00.123456+05:30" is 32 characters.
MOMENT_KEPT_LENGTH = 40


def _moment_of(value: str) -> dt.datetime | dt.date | None:
    if not value.strip():
        return None
    raw = value.strip()
    try:
        if len(raw) == 10:
            return dt.date.fromisoformat(raw)
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None


# A batch reads each record's start and end a dozen times (normalize, quality, dedup, writing): the readings are kept
# per string. What comes back (a date, a datetime, None) is immutable, so a kept one is as good as a new one.
_moment_kept = functools.lru_cache(maxsize=8192)(_moment_of)


def _url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    candidate = value.strip()
    # is_http_url never raises: a malformed bracketed host is a dropped URL with a warning, not a lost record.
    return candidate if len(candidate) <= 1000 and is_http_url(candidate) else None


def _price(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _timezone(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return zone_key(value)  # never raises: "Asia" is a folder, not a zone


def _single_line(value: str, *, max_length: int) -> str | None:
    """single_line(), without the HTML sanitizer for text that has no markup, entities or control characters
    (most fields): for those the sanitizer returns the text unchanged, and it is most of normalize's cost."""
    if value.isprintable() and "<" not in value and "&" not in value:
        return " ".join(value.split())[:max_length] or None
    return single_line(value, max_length=max_length) or None


def _tags(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    tags: list[str] = []
    for item in value:
        tag = (_single_line(str(item), max_length=50) or "").lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags[:MAX_TAGS]


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    return zone(name)


def _localize(
    moment: dt.datetime | dt.date | None, field: str, place: _Place, result: Normalized
) -> dt.datetime | dt.date | None:
    """A naive time read in the place's zone; an aware one shown in it. Dates stay dates."""
    if not isinstance(moment, dt.datetime):
        return moment
    zone = _zone(place.zone)
    if moment.tzinfo is None:
        if zone is None:
            return moment  # the caller decides: an error for the start, a dropped end
        result.warnings.append(NAIVE_LOCALIZED.format(field=field, zone=place.zone))
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone) if zone is not None else moment


def _start_from_text(
    record: dict[str, Any], place: _Place, context: NormalizeContext, result: Normalized
) -> tuple[dt.datetime | dt.date | None, dt.datetime | dt.date | None]:
    """A missing start read from the title or the description, in the city's languages and zone."""
    if not context.dates_from_text:
        return None, None
    from events.pipeline.freetext import find_when  # spaCy and dateparser load only when a record needs them

    languages = context.languages.get(place.country or "", FALLBACK_LANGUAGES)
    now = context.now or dt.datetime.now(dt.UTC)
    order = context.date_orders.get(place.country or "")
    for field in TEXT_DATE_FIELDS:
        text = record.get(field)
        when = find_when(text, tz=place.zone, now=now, languages=languages, date_order=order) if text else None
        if when is not None:
            record["start_from_text"] = True
            result.warnings.append(START_FROM_TEXT.format(field=field, text=when.date_text))
            return when.start, when.end
    return None, None


def _read_start(
    record: dict[str, Any], place: _Place, context: NormalizeContext, result: Normalized
) -> tuple[dt.datetime | dt.date | None, dt.datetime | dt.date | None]:
    """The start (and, when it came from text, the end); errors when there is none usable."""
    raw = record.get("start")
    if raw in (None, ""):
        start, end = _start_from_text(record, place, context, result)
        if start is None:
            result.errors.append(MISSING_START)
        return start, end
    start = _localize(parse_moment(raw), "start", place, result)
    if start is None:
        result.errors.append(BAD_START.format(value=raw))
    elif isinstance(start, dt.datetime) and start.tzinfo is None:
        result.errors.append(NAIVE_START)
    return start, parse_moment(record.get("end"))


def _repair_end(
    start: dt.datetime | dt.date, end: dt.datetime | dt.date, place: _Place, context: NormalizeContext,
    result: Normalized,
) -> dt.datetime | dt.date | None:  # fmt: skip
    """The end kept, moved to the next day (overnight), or dropped, with the reason."""
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        result.warnings.append(END_MIXED)
        return None
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        return end if end >= start else _dropped(result, END_BEFORE_START)
    if start.tzinfo is None:
        return None  # the start is already an error
    if end.tzinfo is None:
        return _dropped(result, NAIVE_END)
    if end < start:
        return _overnight(start, end, place, context, result)
    if end - start > context.max_timed_duration:
        return _dropped(result, TOO_LONG.format(days=context.max_timed_duration.days))
    return end


def _dropped(result: Normalized, warning: str) -> dt.datetime | None:
    result.warnings.append(warning)
    return None


def _overnight(
    start: dt.datetime, end: dt.datetime, place: _Place, context: NormalizeContext, result: Normalized
) -> dt.datetime | None:
    """22:00–02:00 on one date is an overnight event; anything else ending before it starts is an error."""
    zone = _zone(place.zone) or start.tzinfo
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if local_end.date() == local_start.date():
        # Wall-clock arithmetic in the zone, so a DST change in the night keeps "02:00".
        moved = dt.datetime.combine(local_end.date() + dt.timedelta(days=1), local_end.time(), tzinfo=zone)
        if moved - start <= context.overnight_max:
            result.warnings.append(OVERNIGHT)
            return moved
    return _dropped(result, END_BEFORE_START)


def _normalize_times(record: dict[str, Any], place: _Place, context: NormalizeContext, result: Normalized) -> None:
    raw_end = record.get("end")
    start, end = _read_start(record, place, context, result)
    if raw_end not in (None, "") and end is None and not record.get("start_from_text"):
        result.warnings.append(BAD_END.format(value=raw_end))
    end = _localize(end, "end", place, result)
    if start is not None and end is not None:
        end = _repair_end(start, end, place, context, result)
    record["start"] = start.isoformat() if start is not None else None
    record["end"] = end.isoformat() if end is not None else None
    record["all_day"] = isinstance(start, dt.date) and not isinstance(start, dt.datetime)
    record["start_from_text"] = bool(record.get("start_from_text"))


def _read_currency(record: dict[str, Any], country: str | None, result: Normalized) -> str | None:
    raw = record.get("currency")
    if not isinstance(raw, str) or not raw.strip():
        if raw not in (None, ""):
            result.warnings.append(BAD_CURRENCY.format(value=raw))
        return None
    code = currency_code(raw, country=country)  # "usd", "$", "₹" and "Rs." are currencies too
    if code is None or not CURRENCY.match(code):
        result.warnings.append(BAD_CURRENCY.format(value=raw))
        return None
    return code


def _price_from_text(
    record: dict[str, Any], country: str | None, context: NormalizeContext
) -> tuple[PriceInfo, bool] | None:
    """What a price text field says, else what the description says unambiguously; and whether it was the latter."""
    for field in PRICE_TEXT_FIELDS:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            found = parse_price_text(value, country=country)
            if found.cost_type != "unknown":
                return found, False
    if context.prices_from_description and isinstance(record.get("description"), str):
        found = parse_price_text(record["description"], country=country, strict=True)
        if found.cost_type != "unknown":
            return found, True
    return None


def _normalize_money(record: dict[str, Any], place: _Place, context: NormalizeContext, result: Normalized) -> None:
    cost_type = record.get("cost_type") or "unknown"
    if cost_type not in COST_TYPES:
        result.warnings.append(BAD_COST_TYPE.format(value=cost_type))
        cost_type = "unknown"
    for field in ("price_min", "price_max"):
        raw = record.get(field)
        record[field] = _price(raw)
        if raw is not None and record[field] is None:
            result.warnings.append(BAD_PRICE.format(field=field))
    currency = _read_currency(record, place.country, result)
    if cost_type == "unknown" and record["price_min"] is None and record["price_max"] is None:
        found = _price_from_text(record, place.country, context)
        if found is not None:
            info, from_description = found
            cost_type, currency = info.cost_type, currency or info.currency
            record["price_min"], record["price_max"] = info.price_min, info.price_max
            if from_description:
                result.warnings.append(PRICE_FROM_DESCRIPTION.format(cost_type=cost_type))
    low, high = record["price_min"], record["price_max"]
    if low is not None and high is not None and high < low:
        record["price_min"], record["price_max"] = high, low
    if cost_type == "unknown" and record["price_max"] == 0:
        cost_type = "free"
    elif cost_type == "unknown" and (record["price_max"] or record["price_min"] or 0) > 0:
        cost_type = "paid"
    record["cost_type"] = cost_type
    record["currency"] = currency


def _normalize_coordinates(record: dict[str, Any], result: Normalized) -> None:
    latitude, longitude = record.get("latitude"), record.get("longitude")
    try:
        lat, lng = float(latitude), float(longitude)  # type: ignore[arg-type]
        valid = -90 <= lat <= 90 and -180 <= lng <= 180 and not (lat == 0 and lng == 0)
    except (TypeError, ValueError):
        lat = lng = 0.0
        valid = False
    if not valid and (latitude is not None or longitude is not None):
        result.warnings.append(BAD_COORDINATES)
    record["latitude"], record["longitude"] = (lat, lng) if valid else (None, None)


def _resolve_place(record: dict[str, Any], context: NormalizeContext, result: Normalized) -> _Place:
    """Place the record (when the context has places) by its own evidence, then the zone: the event's, the
    city's, the source's (the source's before the city's when the city is only the source's default)."""
    city: CityPlace | None = None
    by_default = True
    venue_aliases: tuple[str, ...] = ()
    if context.places is not None:
        town_venue(record, context.places, context.default_city_id)  # "Bristol" as a venue: the town (town_venues)
        placement = context.places.place(record, default_city_id=context.default_city_id)
        city = placement.city
        venue_aliases = (placement.venue.name,) if placement.venue else ()
        by_default = placement.basis in (Basis.SOURCE, Basis.NONE)
        record["city_id"] = city.id if city else None
        record["venue_id"] = placement.venue.id if placement.venue else None
        record["placed_by"] = placement.basis
        # Evidence outside every known city: no city, and decide.py holds the record for a moderator.
        record["outside_area"] = placement.outside
        if city is not None and not by_default:
            record["city"] = city.name  # the canonical spelling: "Bangalore" → "Bengaluru"
            record["country"] = record.get("country") or city.country
    given = record.get("timezone")
    zone = _timezone(given)
    if given and zone is None:
        result.warnings.append(BAD_TIMEZONE.format(value=given))
    city_zone = _timezone(city.timezone if city else None)
    source_zone = _timezone(context.default_timezone)
    zone = zone or (source_zone or city_zone if by_default else city_zone or source_zone)
    record["timezone"] = zone
    country = country_code(record.get("country")) or (city.country if city else None) or context.default_country
    return _Place(city=city, country=country, zone=zone, venue_aliases=venue_aliases)


def _normalize_text(record: dict[str, Any]) -> None:
    for field, limit in TEXT_LIMITS.items():
        value = record.get(field)
        record[field] = _single_line(value, max_length=limit) if isinstance(value, str) else None
    description = record.get("description")
    record["description"] = (
        plain_text(description if isinstance(description, str) else None, max_length=DESCRIPTION_LIMIT) or None
    )


def _normalize_title_and_status(record: dict[str, Any], place: _Place, result: Normalized) -> None:
    """Tidy the title; status words in it or in the description set the status (when the source said
    "scheduled") and the sold-out flag. A title normalize changes keeps the source's in ``source_title``
    (an adapter that already tidied one has put the source's there)."""
    status = record.get("status") or "scheduled"
    if status not in STATUSES:
        result.warnings.append(BAD_STATUS.format(value=status))
        status = "scheduled"
    sold_out = bool(record.get("sold_out"))
    if record["title"]:
        start = parse_moment(record["start"]) if record["start"] else None
        # A game's "<away> at <home>" names its home side, which a home ground named for it resembles ("Penn
        # State at Ohio State", venue "Ohio State Stadium"): no place is cut from a game's title.
        game = record.get("source_category") == GAME_CATEGORY
        cleaned = clean_title(
            record["title"],
            start=start,
            venue_name=None if game else record["venue_name"],
            city=None if game else record["city"],
            venue_aliases=() if game else place.venue_aliases,
            country=record.get("country"),
            region=record_region(record.get("address"), record["city"], place.city.region if place.city else None),
        )
        if cleaned.title != record["title"]:
            record["source_title"] = record.get("source_title") or record["title"]
        record["title"] = cleaned.title
        sold_out = sold_out or cleaned.sold_out
        if status == "scheduled" and cleaned.status:
            status = cleaned.status
            result.warnings.append(STATUS_FROM_TEXT.format(status=status, field="title"))
    signal = detect_status(record["description"])
    if status == "scheduled" and signal.status:
        status = signal.status
        result.warnings.append(STATUS_FROM_TEXT.format(status=status, field="description"))
    record["status"] = status
    record["sold_out"] = sold_out or signal.sold_out


def _document_links(value: object, result: Normalized) -> list[dict[str, str]]:
    """[{"label", "url"}] with absolute http(s) URLs only, each URL once, at most MAX_LINKS."""
    links: list[dict[str, str]] = []
    seen: set[str] = set()
    dropped = 0
    for item in value if isinstance(value, list | tuple) else ():
        raw_url = item.get("url") if isinstance(item, Mapping) else None
        url = _url(raw_url)
        if url is None or len(links) >= MAX_LINKS:
            dropped += 1
            continue
        if url in seen:
            continue
        seen.add(url)
        label = item.get("label") if isinstance(item.get("label"), str) else None
        links.append(
            {"label": _single_line(label or "", max_length=LINK_LABEL_LIMIT) or DEFAULT_LINK_LABEL, "url": url}
        )
    if dropped:
        result.warnings.append(BAD_LINKS.format(count=dropped, limit=MAX_LINKS))
    return links


def _normalize_links(record: dict[str, Any], result: Normalized) -> None:
    record["links"] = _document_links(record.get("links"), result)
    for field in URL_FIELDS:
        value = _url(record.get(field))
        # Page links are canonical (dedup compares them); an image link stays as given (it may be signed).
        if value is not None and field != "image_url":
            value = canonical_url(value)
        if record.get(field) and value is None:
            result.warnings.append(BAD_URL.format(field=field))
        record[field] = value


def normalize(raw: Mapping[str, Any], context: NormalizeContext = DEFAULT_CONTEXT) -> Normalized:
    """One record in, one Normalized out. Never raises on bad data."""
    record: dict[str, Any] = dict(raw)
    result = Normalized(record=record)
    _normalize_text(record)
    if not record["title"]:
        result.errors.append(MISSING_TITLE)
    _normalize_coordinates(record, result)
    place = _resolve_place(record, context, result)
    _normalize_times(record, place, context, result)
    _normalize_title_and_status(record, place, result)
    _normalize_links(record, result)
    _normalize_money(record, place, context, result)
    record["online"] = bool(record.get("online"))
    record["tags"] = _tags(record.get("tags"))
    result.record = {**{field: record.get(field) for field in FIELDS}, **record}
    return result


def normalize_batch(
    records: Iterable[Mapping[str, Any]], context: NormalizeContext = DEFAULT_CONTEXT
) -> list[Normalized]:
    return [normalize(record, context) for record in records]
