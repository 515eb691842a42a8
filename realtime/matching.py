"""Which live subscriptions a changed event matches, decided in memory.

A WebSocket server process holds thousands of subscriptions, each a filter set (the keys of
``events.filters.EventFilterSet``). When an event changes, every subscription in the probed index buckets is
asked whether it matches; a database query per subscription would cap the fan-out at a few hundred per second.
So the filters are validated once, by the FilterSet itself (same messages as the API), and compiled into a
``Matcher`` holding plain values (slugs, sets, floats, folded words); the event travels as ``event_facts``, a
small JSON-able dict built in bulk by the publisher. ``Matcher.matches`` then answers with no query, no regex
and no parsing: timestamps are fixed-width UTC ISO strings, which compare like the moments they name.

The answers are the FilterSet's (``events.selectors.event_list``) for public events, with two approximations:
- ``q``: every word of the query (``events.search.words``, accents and case folded) must appear in the event's
  text (title, venue name, source category, tags, description cut to ``DESCRIPTION_CHARS``), or all of them in
  the name of its category or subcategory (PostgreSQL also finds the events filed under a category the query
  names). That is the SQLite rule; PostgreSQL's stemming and whole-word matching differ at the edges.
- ``when``: the named range is computed once a minute per matcher (``now`` moves the range; a change reaching
  a subscription up to a minute late at the range's edge misleads nobody).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.db.models import F

from events.filters import (
    ACCESSIBLE_TAG,
    DEFAULT_RADIUS_KM,
    OPEN_ENDED,
    EventFilterSet,
    InvalidFiltersError,
    as_querydict,
    date_window,
    unknown_keys,
)
from events.models import Event, EventListing
from events.pipeline.dedup.text import fold
from events.pipeline.geo import haversine_km
from events.search import words
from events.selectors import OPEN_ENDED_GRACE
from events.vocabulary import CostType

UNKNOWN_FILTER = "Unknown filter."
NOT_A_VALUE = "Use a string, a number or true/false."
NOT_TEXT = "Not valid text (unpaired surrogate characters)."
ONE_VALUE = "Give one value, not a list."
FILTERS_NOT_OBJECT = "Filters must be a JSON object."
DESCRIPTION_CHARS = 2_000
SCALARS = (str, int, float, bool)
FREE = str(CostType.FREE.value)  # a plain str: compared on every match
# Keys whose value never changes which events match (the order of a list).
IGNORED = frozenset({"ordering"})

Key = tuple[str | None, str | None]


def stamp(moment: dt.datetime) -> str:
    """A moment as fixed-width UTC ISO text: two stamps compare (as strings) like the moments they name."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_now_cache: tuple[dt.datetime, str, str] = (dt.datetime.min.replace(tzinfo=dt.UTC), "", "")


def _now_stamps(now: dt.datetime) -> tuple[str, str]:
    """(now, now − the open-ended grace) as stamps; the hub asks every subscription with the same ``now``."""
    global _now_cache
    cached = _now_cache
    if cached[0] == now:
        return cached[1], cached[2]
    found = (now, stamp(now), stamp(now - OPEN_ENDED_GRACE))
    _now_cache = found  # one assignment: a thread reading meanwhile sees the old triple or the new one, whole
    return found[1], found[2]


@dataclasses.dataclass(frozen=True, slots=True)
class _Window:
    """A FilterSet window as stamps: ``low_grace`` is ``low`` less the running time of an event with no end."""

    low: str | None
    low_grace: str  # "" without a low bound
    high: str | None
    by_start: bool
    empty: bool

    @classmethod
    def of(cls, low: dt.datetime | None, high: dt.datetime | None, by_start: bool) -> _Window:
        return cls(
            low=None if low is None else stamp(low),
            low_grace="" if low is None else stamp(low - OPEN_ENDED),
            high=None if high is None else stamp(high),
            by_start=by_start,
            empty=low is not None and high is not None and high <= low,
        )

    def admits(self, start: str, end: str | None) -> bool:
        if self.empty:
            return False
        if self.high is not None and start >= self.high:
            return False
        if self.low is None:
            return True
        if self.by_start:
            return start >= self.low
        return (end > self.low) if end else (start > self.low_grace or start >= self.low)


def _window(cleaned: Mapping[str, Any], zone: zoneinfo.ZoneInfo, now: dt.datetime) -> _Window:
    """The FilterSet's own window (``events.filters.date_window``) for these cleaned values, seen from ``now``:
    no FilterSet kept alive per subscription, so a matcher stays a few hundred bytes."""
    return _Window.of(*date_window(cleaned, now=now, tz=zone))


@dataclasses.dataclass(frozen=True, slots=True)
class Matcher:
    key: Key  # (city slug, category slug): the hub's index bucket
    signature: str  # canonical text of the cleaned filters: equal signatures give equal answers
    city: str | None = None
    area: str | None = None
    category: str | None = None
    subcategory: str | None = None
    tag: str | None = None
    free: bool | None = None
    price_max: float | None = None
    words: tuple[str, ...] = ()
    point: tuple[float, float, float] | None = None  # lat, lng, radius km
    venue: int | None = None
    organizer: str | None = None
    source: str | None = None
    statuses: frozenset[str] | None = None
    accessible: bool | None = None
    online: bool | None = None
    window: _Window | None = None  # fixed (dates only), or None
    when: tuple[Mapping[str, Any], zoneinfo.ZoneInfo] | None = None  # a named range: recomputed each minute
    _minute: list[Any] = dataclasses.field(default_factory=lambda: [None, None], compare=False, repr=False)

    def matches(self, facts: Mapping[str, Any], *, now: dt.datetime, removal: bool = False) -> bool:
        """Whether the event described by ``facts`` (``event_facts``) is in this subscription's list at ``now``.

        ``removal`` (the event was cancelled or taken down): its status and its being public no longer
        count, so a client that showed it learns it is gone."""
        if self.city is not None and facts.get("city") != self.city:
            return False
        if (
            self.category is not None
            and self.category != facts.get("category")
            and self.category != facts.get("subcategory")
        ):
            return False
        if self.subcategory is not None and facts.get("subcategory") != self.subcategory:
            return False
        if not removal:
            if not facts.get("public"):
                return False
            if self.statuses is not None and facts.get("status") not in self.statuses:
                return False
        if not self._plain_fields_match(facts):
            return False
        if not self._time_matches(facts, now):
            return False
        if self.point is not None:
            lat, lng = facts.get("lat"), facts.get("lng")
            if lat is None or lng is None or haversine_km(self.point[0], self.point[1], lat, lng) > self.point[2]:
                return False
        return not self.words or self._text_matches(facts)

    def _plain_fields_match(self, facts: Mapping[str, Any]) -> bool:
        if self.venue is not None and facts.get("venue") != self.venue:
            return False
        if self.organizer is not None and facts.get("organizer") != self.organizer:
            return False
        if self.area is not None and facts.get("area") != self.area:
            return False
        if self.online is not None and facts.get("online") != self.online:
            return False
        if self.free is not None and (facts.get("cost_type") == FREE) != self.free:
            return False
        if self.price_max is not None and facts.get("cost_type") != FREE:
            price = facts.get("price_min")
            if price is None or price > self.price_max:
                return False
        if self.tag is not None and self.tag not in facts.get("tags", ()):
            return False
        if self.accessible is not None and facts.get("accessible") != self.accessible:
            return False
        return self.source is None or self.source in facts.get("sources", ())

    def _time_matches(self, facts: Mapping[str, Any], now: dt.datetime) -> bool:
        start, end = facts.get("start"), facts.get("end")
        if not isinstance(start, str):  # facts without a start (from an older publisher?) match nothing timed
            return False
        now_stamp, grace_stamp = _now_stamps(now)
        if not ((end > now_stamp) if end else start >= grace_stamp):  # events.selectors.upcoming_q
            return False
        window = self.window if self.when is None else self._named_window(self.when, now)
        return window is None or window.admits(start, end)

    def _named_window(self, when: tuple[Mapping[str, Any], zoneinfo.ZoneInfo], now: dt.datetime) -> _Window:
        minute = int(now.timestamp()) // 60
        cached = self._minute
        if cached[0] != minute:
            computed = _window(when[0], when[1], now)
            cached[1], cached[0] = computed, minute  # the window first: a reader never pairs a minute with a stale one
            return computed
        window: _Window = cached[1]
        return window

    def _text_matches(self, facts: Mapping[str, Any]) -> bool:
        text = facts.get("text", "")
        if all(word in text for word in self.words):
            return True
        return any(all(word in name for word in self.words) for name in facts.get("category_names", ()))


# --- compiling filters ------------------------------------------------------------------------------------------


def _shape_errors(data: Mapping[str, Any]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {key: [UNKNOWN_FILTER] for key in unknown_keys(data)}
    for key, value in data.items():
        if key in errors:
            continue
        if isinstance(value, list | tuple):
            if key not in EventFilterSet.MULTI_VALUED:
                errors[key] = [ONE_VALUE]
            elif not all(isinstance(item, SCALARS) for item in value):
                errors[key] = [NOT_A_VALUE]
        elif value is not None and not isinstance(value, SCALARS):
            errors[key] = [NOT_A_VALUE]
        elif not _encodable(value):
            errors[key] = [NOT_TEXT]
    return errors


def _encodable(value: Any) -> bool:
    """JSON can carry lone surrogates ("\ud800") that no database or page can hold: refuse them up front."""
    values = value if isinstance(value, list | tuple) else [value]
    try:
        for item in values:
            if isinstance(item, str):
                item.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _canonical(cleaned: Mapping[str, Any]) -> dict[str, Any]:
    """The cleaned values that decide answers, as plain JSON values (models by slug or id, numbers as floats)."""
    plain: dict[str, Any] = {}
    for key, value in cleaned.items():
        if key in IGNORED or value in (None, "", [], ()):
            continue
        if key == "venue":
            value = value.pk
        elif hasattr(value, "slug"):
            value = value.slug
        elif isinstance(value, Decimal):
            value = float(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list | tuple):
            value = sorted(set(value))
        plain[key] = value
    return plain


def compile_filters(data: Mapping[str, Any]) -> Matcher:
    """A subscription's filters, validated as the API validates them, compiled for ``Matcher.matches``.

    Raises ``InvalidFiltersError`` ({key: [message]}): an unknown key, a value that is not a string, number or
    boolean (a list only for ``status``), or anything the FilterSet refuses. May query the database (slugs)."""
    if not isinstance(data, Mapping):
        raise InvalidFiltersError({"filters": [FILTERS_NOT_OBJECT]})
    errors = _shape_errors(data)
    if errors:
        raise InvalidFiltersError(errors)
    filterset = EventFilterSet(as_querydict(data))
    if not filterset.is_valid():
        raise InvalidFiltersError(filterset.errors)
    cleaned = filterset.form.cleaned_data
    plain = _canonical(cleaned)
    zone = filterset.zone
    if plain.get("lat") is not None:
        plain.setdefault("radius_km", DEFAULT_RADIUS_KM)
    if any(plain.get(key) for key in ("when", "date_from", "date_to")):
        plain["tz"] = zone.key  # the zone the days are read in (the city's, tz's or UTC)
    else:
        plain.pop("tz", None)  # without dates, the zone changes nothing
    if plain.get("tag"):
        plain["tag"] = plain["tag"].strip().lower()  # as events.filters.has_tag reads it
    found = words(plain.get("q") or "")
    if found:
        plain["q"] = [fold(word) for word in found]
    else:
        plain.pop("q", None)

    dates = {key: cleaned.get(key) for key in ("when", "date_from", "date_to")}
    has_window = any(dates.values())
    category = plain.get("category")
    return Matcher(
        key=(plain.get("city"), category or plain.get("subcategory")),
        signature=json.dumps(plain, sort_keys=True, separators=(",", ":")),
        city=plain.get("city"),
        area=plain.get("area"),
        category=category,
        subcategory=plain.get("subcategory"),
        tag=plain.get("tag"),
        free=cleaned.get("free"),
        price_max=_number(cleaned.get("price_max")),
        words=tuple(plain.get("q", ())),
        point=(plain["lat"], plain["lng"], plain["radius_km"]) if plain.get("lat") is not None else None,
        venue=plain.get("venue"),
        organizer=plain.get("organizer"),
        source=plain.get("source"),
        statuses=frozenset(plain["status"]) if plain.get("status") else None,
        accessible=cleaned.get("accessible"),
        online=cleaned.get("online"),
        window=_window(dates, zone, filterset.now) if has_window and not dates["when"] else None,
        when=(dates, zone) if dates["when"] else None,
    )


# --- facts about events -----------------------------------------------------------------------------------------


def _text(*parts: Any) -> str:
    return fold("\n".join(str(part) for part in parts if part))


# The columns ``facts_of`` reads (``QuerySet.values(*FACT_FIELDS, **FACT_EXPRESSIONS)``).
FACT_FIELDS = (
    "id", "title", "description", "venue_name", "source_category", "tags", "start", "end", "all_day",
    "timezone", "cost_type", "price_min", "price_max", "status", "online", "latitude", "longitude",
    "venue_id", "moderation_status", "archived_at", "merged_into_id",
)  # fmt: skip
FACT_EXPRESSIONS = {
    "city_slug": F("city__slug"), "area_slug": F("venue__area__slug"), "organizer_slug": F("organizer__slug"),
    "category_slug": F("category__slug"), "category_name": F("category__name"),
    "subcategory_slug": F("subcategory__slug"), "subcategory_name": F("subcategory__name"),
}  # fmt: skip


def event_facts(event_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What ``Matcher.matches`` reads about each event, JSON-able and small (they travel through Redis).

    Two queries, whatever the number of events. Events that do not exist are left out."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    sources = listing_sources(ids)
    rows = Event.objects.filter(pk__any=ids).values(*FACT_FIELDS, **FACT_EXPRESSIONS)
    return {row["id"]: facts_of(row, sources.get(row["id"], ())) for row in rows}


def listing_sources(event_ids: Iterable[int]) -> dict[int, list[str]]:
    """The slugs of the sources listing each event, in one query."""
    sources: dict[int, list[str]] = {}
    for event_id, slug in EventListing.objects.filter(event_id__any=event_ids).values_list("event_id", "source__slug"):
        sources.setdefault(event_id, []).append(slug)
    return sources


def facts_of(row: Mapping[str, Any], sources: Iterable[str]) -> dict[str, Any]:
    """The facts of one event from a row holding ``FACT_FIELDS`` and ``FACT_EXPRESSIONS``."""
    tags = [str(tag) for tag in row["tags"] or () if isinstance(tag, str)]
    return {
        "id": row["id"],
        "city": row["city_slug"],
        "area": row["area_slug"],
        "category": row["category_slug"],
        "subcategory": row["subcategory_slug"],
        "tags": tags,
        "start": stamp(row["start"]),
        "end": stamp(row["end"]) if row["end"] else None,
        "all_day": row["all_day"],
        "timezone": row["timezone"],
        "cost_type": row["cost_type"],
        "price_min": _number(row["price_min"]),
        "price_max": _number(row["price_max"]),
        "venue": row["venue_id"],
        "organizer": row["organizer_slug"],
        "sources": sorted(set(sources)),
        "status": row["status"],
        "public": row["moderation_status"] == Event.ModerationStatus.PUBLISHED
        and row["archived_at"] is None
        and row["merged_into_id"] is None,
        "accessible": ACCESSIBLE_TAG in tags,
        "online": row["online"],
        "lat": row["latitude"],
        "lng": row["longitude"],
        "text": _text(
            row["title"],
            row["venue_name"],
            row["source_category"],
            " ".join(tags),
            (row["description"] or "")[:DESCRIPTION_CHARS],
        ),
        "category_names": [_text(name) for name in (row["category_name"], row["subcategory_name"]) if name],
    }


def candidate_keys(facts: Mapping[str, Any]) -> tuple[Key, ...]:
    """The index buckets whose matchers may match this event: its city or none, by its category, its
    subcategory or none (a ``category`` filter naming a subcategory sits under the subcategory)."""
    cities = (facts.get("city"), None)
    categories = (facts.get("category"), facts.get("subcategory"), None)
    return tuple(dict.fromkeys((city, category) for city in cities for category in categories))
