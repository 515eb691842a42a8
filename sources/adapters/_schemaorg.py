"""schema.org for the ``jsonld`` adapter: its vocabulary, the walk through a page's structured data for
events (JSON-LD, microdata, RDFa and h-event, the last two first turned into the schema.org shape), and
``EventReader``, which maps those event nodes to RawEvents. Pure: no fetching, no extruct.

The leading underscore keeps this helper module out of the adapters package's auto-import, so nothing
here registers as an adapter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sources.adapters._mf_clock_start import clock_start
from sources.adapters._mf_slash_stamp import slash_day, slash_stamp
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import join, money, parse_datetime
from sources.adapters.webpage import absolute_url, clean_paragraphs, clean_text, fallback_id, in_zone

NO_TITLE = "The event has no name."
NO_START = "The event has no readable startDate (ISO 8601, between 2000 and 2100)."

# Deeper than any real page's structured data; stops hostile nesting from recursing without end.
MAX_DEPTH = 12

# Event and its subtypes (https://schema.org/Event). Anything else named "...Event" counts too, except
# these, which are not things people go to: a parcel delivery, a broadcast, an on-demand stream. (A schedule of
# broadcasts is read as a TV guide's programmes are, by _jsonld_broadcasts, not by this walk.)
EVENT_TYPES = frozenset(
    {
        "Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance", "DanceEvent",
        "EducationEvent", "EventSeries", "ExhibitionEvent", "Festival", "FoodEvent", "Hackathon",
        "LiteraryEvent", "MusicEvent", "SaleEvent", "ScreeningEvent", "SocialEvent", "SportsEvent",
        "TheaterEvent", "VisualArtsEvent",
    }
)  # fmt: skip
NOT_EVENTS = frozenset({"DeliveryEvent", "PublicationEvent", "BroadcastEvent", "OnDemandEvent"})
GENERIC_TYPES = frozenset({"Event", "h-event"})
EVENT_STATUS = {
    "EventScheduled": "scheduled",
    "EventCancelled": "cancelled",
    "EventPostponed": "postponed",
    "EventRescheduled": "rescheduled",
    "EventMovedOnline": "scheduled",
}
INHERITED = ("location", "organizer", "eventAttendanceMode")
ONLINE_MODES = frozenset({"OnlineEventAttendanceMode", "MixedEventAttendanceMode"})
FREE_WORDS = frozenset({"free", "gratis", "gratuit", "kostenlos"})
CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclasses.dataclass(frozen=True, slots=True)
class Page:
    """Where a document came from: ``url`` is its identity (ids), ``base`` resolves its links."""

    url: str | None
    base: str | None
    zone: zoneinfo.ZoneInfo | None


@dataclasses.dataclass(slots=True)
class Place:
    venue_name: str | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    online: bool = False


@dataclasses.dataclass(slots=True)
class Price:
    cost_type: str = "unknown"
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    currency: str | None = None
    ticket_url: str | None = None


# --- reading values -------------------------------------------------------------------------------
def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def first(value: Any) -> Any:
    """The first non-empty value of a property (properties may repeat), a literal's @value unwrapped."""
    for item in as_list(value):
        if isinstance(item, dict) and "@value" in item:
            item = item["@value"]
        if item not in (None, ""):
            return item
    return None


def short_name(value: str) -> str:
    """ "https://schema.org/EventCancelled", "schema:EventCancelled" → "EventCancelled"."""
    return re.split(r"[/#:]", value.strip())[-1]


def types_of(node: dict[str, Any]) -> list[str]:
    return [short_name(value) for value in as_list(node.get("@type")) if isinstance(value, str)]


def is_event(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    return any(name in EVENT_TYPES or (name.endswith("Event") and name not in NOT_EVENTS) for name in types_of(node))


def enum_name(value: Any) -> str:
    """An enumeration member (eventStatus, eventAttendanceMode) as a string, a {"@id": …} or a URL."""
    item = first(value)
    if isinstance(item, dict):
        item = item.get("@id")
    return short_name(item) if isinstance(item, str) else ""


def text_of(value: Any) -> str | None:
    item = first(value)
    return clean_text(item) if isinstance(item, str | int | float) else None


def coordinate(value: Any, limit: float) -> float | None:
    try:
        number = float(first(value))
    except (TypeError, ValueError):
        return None
    return number if -limit <= number <= limit else None


def amount(value: Any) -> Decimal | None:
    if isinstance(value, str) and value.strip().casefold() in FREE_WORDS:
        return Decimal(0)
    return money(value)


def find_events(data: Any, depth: int = 0, parent: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every event in a structure, in document order, and the ``subEvent``s of each.

    A festival's sub-events take place where it does unless they say otherwise, so they inherit its
    location and organizer.
    """
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from find_events(item, depth + 1, parent)
    elif isinstance(data, dict):
        if is_event(data):
            inherited = {key: parent[key] for key in INHERITED if parent and key in parent and key not in data}
            event = {**data, **inherited}
            yield event
            for key in ("subEvent", "subEvents"):
                yield from find_events(data.get(key), depth + 1, event)
            return
        for key, value in data.items():
            if key != "@context":
                yield from find_events(value, depth + 1)


def index_nodes(data: Any, found: dict[str, dict[str, Any]], depth: int = 0) -> None:
    """Nodes with an @id and a body, so references like {"@id": "#venue"} inside @graph can be followed."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            index_nodes(item, found, depth + 1)
    elif isinstance(data, dict):
        ident = data.get("@id")
        if isinstance(ident, str) and set(data) - {"@id", "@type", "@context"}:
            found.setdefault(ident, data)
        for value in data.values():
            index_nodes(value, found, depth + 1)


# --- RDFa and microformats into the schema.org shape ----------------------------------------------
_SCHEMA_PREFIXES = ("https://schema.org/", "http://schema.org/")


def rdfa_events(items: list[Any]) -> list[dict[str, Any]]:
    """extruct gives RDFa as flat expanded JSON-LD with blank-node references; rebuild nested events.

    Blank-node ids are random on every run and rdflib's node order is not the document's, so events
    are sorted by start and name to keep them in a stable order.
    """
    nodes = {item["@id"]: item for item in items if isinstance(item, dict) and isinstance(item.get("@id"), str)}
    events = [compact_rdfa(item, nodes, 0) for item in items if isinstance(item, dict) and is_event(item)]
    return sorted(events, key=lambda event: (str(first(event.get("startDate"))), str(first(event.get("name")))))


def compact_rdfa(node: dict[str, Any], nodes: dict[str, Any], depth: int) -> dict[str, Any]:
    result: dict[str, Any] = {"@type": types_of(node)}
    if isinstance(node.get("@id"), str):
        result["@id"] = node["@id"]
    for key, values in node.items():
        if not key.startswith(_SCHEMA_PREFIXES):
            continue
        converted = [rdfa_value(value, nodes, depth) for value in as_list(values)]
        kept = [value for value in converted if value is not None]
        if kept:
            result[key.split("/")[-1]] = kept[0] if len(kept) == 1 else kept
    return result


def rdfa_value(value: Any, nodes: dict[str, Any], depth: int) -> Any:
    if not isinstance(value, dict):
        return value
    if "@value" in value:
        return value["@value"]
    ident = value.get("@id")
    target = nodes.get(ident) if isinstance(ident, str) else None
    if target is not None and depth < MAX_DEPTH // 2:
        return compact_rdfa(target, nodes, depth + 1)
    return ident


# An offset written at the end of a date-time ("-07:00", "+0200", "Z"), after its time of day.
_STATED_OFFSET = re.compile(r"\d:\d\d(?::\d\d(?:\.\d{1,9})?)?\s?(?:Z|[+-]\d{2}:?\d{2})$")


def find_hevents(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from find_hevents(item, depth + 1)
    elif isinstance(data, dict):
        if "h-event" in as_list(data.get("@type")):
            yield hevent_as_schema(data)
        for key, value in data.items():
            if key not in ("@type", "@context"):
                yield from find_hevents(value, depth + 1)


def hevent_as_schema(item: dict[str, Any]) -> dict[str, Any]:
    """An h-event (mf2, as extruct's uniform output) in schema.org terms."""
    content = first(item.get("content"))
    # Never the content's "html": only its text, so no markup from the page travels further.
    content_text = content.get("value") if isinstance(content, dict) else content
    photo = first(item.get("photo"))
    summary = first(item.get("summary"))
    summary_text = summary.get("value") if isinstance(summary, dict) else summary
    description = first(item.get("description"))  # an e-description is {"html": …, "value": …}: its text only
    description_text = description.get("value") if isinstance(description, dict) else description
    return {
        "@type": ["h-event"],
        "@id": first(item.get("uid")),
        "name": first(item.get("name")),
        # hCalendar's summary is the event's name; an h-event without a p-name is named by it too.
        "summary": summary_text,
        "description": description_text or summary_text or content_text,
        "startDate": first(item.get("start")),
        "endDate": first(item.get("end")),
        "url": first(item.get("url")),
        "image": photo.get("value") if isinstance(photo, dict) else photo,
        "location": [mf_location(location) for location in as_list(item.get("location"))],
        "keywords": [category for category in as_list(item.get("category")) if isinstance(category, str)],
    }


def mf_location(value: Any) -> Any:
    """An h-card / h-adr / h-geo location as a schema.org Place; a plain text location as it is."""
    if not isinstance(value, dict):
        return value
    address = first(value.get("adr"))
    parts = address if isinstance(address, dict) else value
    geo = first(value.get("geo"))
    geo_parts = geo if isinstance(geo, dict) else value
    kinds = as_list(value.get("@type"))
    return {
        "@type": "Place",
        "name": first(value.get("name")) or (value.get("value") if "h-card" in kinds else None),
        "address": {
            "streetAddress": first(parts.get("street-address")),
            "addressLocality": first(parts.get("locality")),
            "addressRegion": first(parts.get("region")),
            "postalCode": first(parts.get("postal-code")),
            "addressCountry": first(parts.get("country-name")),
        },
        "geo": {"latitude": first(geo_parts.get("latitude")), "longitude": first(geo_parts.get("longitude"))},
    }


# --- mapping -------------------------------------------------------------------------------------
class EventReader:
    """Maps schema.org-shaped event nodes of one page to RawEvents."""

    def __init__(self, *, source: str, page: Page, nodes: dict[str, dict[str, Any]]) -> None:
        self.source = source
        self.page = page
        self.nodes = nodes

    def resolve(self, value: Any) -> Any:
        """A bare reference {"@id": "#venue"} replaced by the node it names, when the page has it."""
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and not set(value) - {"@id", "@type"}:
            return self.nodes.get(value["@id"], value)
        return value

    def record(self, node: dict[str, Any]) -> ParsedRecord:
        # data-vocabulary.org and hCalendar-style microdata name an event by "summary", not "name".
        title = text_of(node.get("name")) or text_of(node.get("summary"))
        times = self.times(node)
        url = absolute_url(first(node.get("url")), self.page.base)
        external_id = self.identity(node, url, title, times[0] if times else None)
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=node)
        if times is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=node)
        start, end, zone_name = times
        place = self.place(node.get("location"))
        price = self.price(node)
        status = enum_name(node.get("eventStatus"))
        online = (
            place.online or status == "EventMovedOnline" or enum_name(node.get("eventAttendanceMode")) in ONLINE_MODES
        )
        keywords = self.keywords(node.get("keywords"))
        return RawEvent(
            source=self.source,
            external_id=external_id,
            title=title,
            description=clean_paragraphs(first(node.get("description"))),
            start=start,
            end=end,
            all_day=not isinstance(start, dt.datetime),
            timezone=zone_name,
            venue_name=place.venue_name,
            address=place.address,
            city=place.city,
            country=place.country,
            latitude=place.latitude,
            longitude=place.longitude,
            url=url,
            ticket_url=price.ticket_url,
            image_url=self.image(node.get("image")),
            organizer=self.organizer(node.get("organizer")),
            cost_type=price.cost_type,
            price_min=price.price_min,
            price_max=price.price_max,
            currency=price.currency,
            status=EVENT_STATUS.get(status, "scheduled"),
            online=online,
            source_category=join(name for name in types_of(node) if name not in GENERIC_TYPES) or join(keywords),
            tags=[keyword.lower() for keyword in keywords],
        )

    def identity(self, node: dict[str, Any], url: str | None, title: str | None, start: dt.date | None) -> str:
        ident = first(node.get("@id"))
        if isinstance(ident, str) and ident.strip() and not ident.startswith("_:"):
            return absolute_url(ident, self.page.url) or ident.strip()
        return url or fallback_id(self.page.url, title, start)

    def times(self, node: dict[str, Any]) -> tuple[dt.date, dt.date | None, str | None] | None:
        start = self.moment(node.get("startDate"))
        if start is None:
            return None
        if isinstance(start, dt.datetime) and all_day_stamp(start):
            start = start.date()  # "2025-09-29T00:00:59+09:00": a calendar plugin's mark for a day, no time
        if not isinstance(start, dt.datetime):
            start = self.with_door_time(start, node.get("doorTime"))
        start, zone_name = in_zone(start, self.page.zone)
        end = self.moment(node.get("endDate"), like=first(node.get("startDate")))
        if isinstance(start, dt.datetime):
            # An end that is only a date, or not after the start, says nothing usable about the end time.
            ending = end.astimezone(start.tzinfo) if isinstance(end, dt.datetime) and end > start else None
            return start, ending, zone_name
        last_day = end.date() if isinstance(end, dt.datetime) else end  # schema.org's endDate is inclusive
        return start, (last_day if last_day is not None and last_day > start else None), zone_name

    def with_door_time(self, day: dt.date, value: Any) -> dt.date:
        """A date-only ``startDate`` with a ``doorTime`` ("19:00", or a full ISO time on that day): the doors'
        time is the only time the event states, so it starts then rather than being read as all day."""
        raw = first(value)
        if not isinstance(raw, str) or not raw.strip():
            return day
        text = raw.strip()
        moment = self.moment(text if "T" in text.upper() else f"{day.isoformat()}T{text}")
        if isinstance(moment, dt.datetime) and moment.astimezone(moment.tzinfo).date() == day:
            return moment
        return day

    def moment(self, value: Any, *, like: Any = None) -> dt.date | None:
        """``value`` read as a date or moment; with ``like`` (the start as written), an end written without an
        offset ("15:30" after "13:30-0700", as microformats imply it) is read in the start's stated offset."""
        raw = first(value)
        if not isinstance(raw, str):
            return None
        stated = (
            parse_datetime(like, tz=None) if isinstance(like, str) and _STATED_OFFSET.search(like.strip()) else None
        )
        # Not a start labelled UTC: that is often a slip for a local time (see _page_evidence), not a frame.
        if isinstance(stated, dt.datetime) and stated.utcoffset() and ":" in raw and not _STATED_OFFSET.search(raw):
            return parse_datetime(raw, tz=stated.tzinfo)
        # "2008-01-04 10:00pm EST": a hand-made hCalendar's day and 12-hour clock (_mf_clock_start); "2017/09/20
        # 19:30:00 GMT+2": Plone's server stamp, its clock the page's (_mf_slash_stamp)
        zone = self.page.zone
        return parse_datetime(raw, tz=zone) or clock_start(raw, tz=zone) or slash_stamp(raw, tz=zone) or slash_day(raw)

    def place(self, value: Any) -> Place:
        """The first physical place's details; any VirtualLocation or URL makes the event online."""
        place = Place()
        for item in as_list(value):
            item = self.resolve(item)
            if isinstance(item, str):
                self.place_text(place, item)
            elif isinstance(item, dict):
                self.place_node(place, item)
        return place

    @staticmethod
    def place_text(place: Place, value: str) -> None:
        text = clean_text(value)
        if not text:
            return
        if absolute_url(text, None):
            place.online = True
            return
        name, _, rest = text.partition(",")
        place.venue_name = place.venue_name or name.strip() or None
        place.address = place.address or rest.strip() or None

    def place_node(self, place: Place, node: dict[str, Any]) -> None:
        if "VirtualLocation" in types_of(node):
            place.online = True
            return
        place.venue_name = place.venue_name or text_of(node.get("name"))
        address = self.resolve(first(node.get("address")))
        if isinstance(address, dict):
            self.postal_address(place, address)
        elif place.address is None:
            place.address = text_of(address)
        geo = self.resolve(first(node.get("geo")))
        geo = geo if isinstance(geo, dict) else node
        if place.latitude is None or place.longitude is None:
            latitude, longitude = coordinate(geo.get("latitude"), 90), coordinate(geo.get("longitude"), 180)
            if latitude is not None and longitude is not None:
                place.latitude, place.longitude = latitude, longitude

    def postal_address(self, place: Place, address: dict[str, Any]) -> None:
        city = text_of(address.get("addressLocality"))
        country = self.resolve(first(address.get("addressCountry")))
        parts = [address.get(key) for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode")]
        place.address = place.address or join(text_of(part) for part in parts)
        place.city = place.city or city
        place.country = place.country or text_of(country.get("name") if isinstance(country, dict) else country)

    def offers(self, value: Any) -> Iterator[dict[str, Any]]:
        """Offers, and the offers inside an AggregateOffer."""
        for item in as_list(value):
            offer = self.resolve(item)
            if isinstance(offer, dict):
                yield offer
                yield from (
                    inner for inner in map(self.resolve, as_list(offer.get("offers"))) if isinstance(inner, dict)
                )

    def price(self, node: dict[str, Any]) -> Price:
        price = Price()
        amounts: list[Decimal] = []
        for offer in self.offers(node.get("offers")):
            amounts += self.amounts(offer)
            currency = str(first(offer.get("priceCurrency")) or "").strip().upper()
            price.currency = price.currency or (currency if CURRENCY.match(currency) else None)
            price.ticket_url = price.ticket_url or absolute_url(first(offer.get("url")), self.page.base)
        if amounts:
            price.price_min, price.price_max = min(amounts), max(amounts)
            price.cost_type = "free" if price.price_max == 0 else "paid"
        elif str(first(node.get("isAccessibleForFree"))).lower() == "true":
            price.cost_type = "free"
        if price.cost_type == "free":
            price.currency = None
        return price

    def amounts(self, offer: dict[str, Any]) -> list[Decimal]:
        found = [amount(first(offer.get(key))) for key in ("price", "lowPrice", "highPrice")]
        for spec in map(self.resolve, as_list(offer.get("priceSpecification"))):
            if isinstance(spec, dict):
                found += [amount(first(spec.get(key))) for key in ("price", "minPrice", "maxPrice")]
        return [value for value in found if value is not None]

    def organizer(self, value: Any) -> str | None:
        names = []
        for item in map(self.resolve, as_list(value)):
            names.append(text_of(item.get("name")) if isinstance(item, dict) else text_of(item))
        return join(names)

    def image(self, value: Any) -> str | None:
        for item in map(self.resolve, as_list(value)):
            candidate = first(item.get("url")) or first(item.get("contentUrl")) if isinstance(item, dict) else item
            url = absolute_url(candidate, self.page.base)
            if url:
                return url
        return None

    @staticmethod
    def keywords(value: Any) -> list[str]:
        words: list[str] = []
        for item in as_list(value):
            for part in item.split(",") if isinstance(item, str) else []:
                word = clean_text(part)
                if word and word not in words:
                    words.append(word)
        return words


def all_day_stamp(moment: dt.datetime) -> bool:
    """A start a few seconds past midnight ("T00:00:59", "T00:00:01"), as a calendar plugin (WordPress's Simple
    Calendar) stamps an all-day event so that no zone moves it to the day before: no time anyone schedules, the
    day alone. Its end ("T23:59:01") is read as that day, as any end of a day-only start is."""
    return moment.hour == 0 and moment.minute == 0 and moment.second > 0
