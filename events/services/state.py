"""What the pipeline keeps between batches in one worker process: the place index, the categorizer,
the stage configs built from settings, and the sources' defaults. Refreshed every
PIPELINE_STATE_TTL_SECONDS so new cities and venues are seen without a restart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading
import time
import zoneinfo
from collections.abc import Iterable, Mapping
from functools import cache, reduce
from operator import or_
from typing import Any

from django.conf import settings
from django.db.models import Q

from events.models import Area, Category, City, Event, EventListing, Venue
from events.pipeline import categorize as categorize_stage
from events.pipeline.content import ContentConfig
from events.pipeline.decide import Policy
from events.pipeline.dedup import DedupConfig, FieldWeights
from events.pipeline.normalize import NormalizeContext, parse_moment
from events.pipeline.places import PlaceIndex, place_key
from events.pipeline.quality import QualityConfig
from events.zones import zone_or_utc

CANDIDATE_STATUSES = (Event.ModerationStatus.PUBLISHED, Event.ModerationStatus.HELD)


@dataclasses.dataclass(frozen=True, slots=True)
class SourceInfo:
    id: int
    slug: str
    adapter: str
    trust_level: str
    priority: int
    city_id: int | None
    timezone: str | None
    country: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class AreaCircle:
    id: int
    latitude: float
    longitude: float
    radius_km: float


@cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zone_or_utc(name)  # never raises: "Asia" is a folder, not a zone


class PipelineState:
    def __init__(self) -> None:
        cities = list(
            City.objects.filter(is_active=True).values(
                "id", "name", "slug", "region", "latitude", "longitude", "radius_km", "timezone", "country", "aliases"
            )
        )
        venues = list(Venue.objects.values("id", "name", "city_id", "latitude", "longitude"))
        # Neighbourhoods name their city in a record's locality or address ("Koramangala" → Bengaluru).
        self.places = PlaceIndex(cities, venues, areas=Area.objects.values("name", "city_id"))
        self.cities = {city["id"]: city for city in cities}
        self.categorizer = categorize_stage.load_categorizer()
        self.category_ids: dict[str, int] = dict(Category.objects.values_list("slug", "id"))
        # source id → its latest confidently categorized listings (external id, category), read when a guess is left
        # to its feed's consensus (processing.source_category_counts): once per state, not once per batch
        self.source_listings: dict[int, list[tuple[str, str]]] = {}
        self.areas: dict[int, list[AreaCircle]] = {}
        for area in Area.objects.values("id", "city_id", "latitude", "longitude", "radius_km"):
            self.areas.setdefault(area["city_id"], []).append(
                AreaCircle(area["id"], area["latitude"], area["longitude"], area["radius_km"])
            )
        self.quality_config = QualityConfig(
            weights=settings.QUALITY_WEIGHTS,
            publish_at=min(settings.PUBLISH_AT_BY_TRUST.values()),
            reject_below=settings.QUALITY_REJECT_BELOW,
        )
        self.content_config = ContentConfig(
            blocked_hosts=frozenset(settings.CONTENT_BLOCKED_HOSTS),
            allowed_hosts=frozenset(settings.CONTENT_ALLOWED_HOSTS),
        )
        place_words = {place_key(name) for name in Area.objects.values_list("name", flat=True)}
        place_words |= {place_key(city["name"]) for city in cities}
        self.dedup_config = DedupConfig(
            merge_threshold=settings.DEDUP_MERGE_THRESHOLD,
            review_threshold=settings.DEDUP_REVIEW_THRESHOLD,
            weights=FieldWeights(**settings.DEDUP_WEIGHTS),
            max_distance_km=settings.DEDUP_MAX_DISTANCE_KM,
            city_aliases={place_key(alias): place_key(city["name"]) for city in cities for alias in city["aliases"]},
            place_words=frozenset(word for word in place_words if word),
        )
        self.policy = Policy(publish_at=settings.PUBLISH_AT_BY_TRUST, reject_below=settings.QUALITY_REJECT_BELOW)
        self._base_context = NormalizeContext(places=self.places)
        self.loaded_at = time.monotonic()

    def sources(self, ids: Iterable[int]) -> dict[int, SourceInfo]:
        from sources.models import Source

        rows = Source.objects.filter(pk__in=list(ids)).values(
            "id", "slug", "adapter", "trust_level", "priority", "city_id", "config", "city__timezone", "city__country"
        )
        return {
            row["id"]: SourceInfo(
                id=row["id"],
                slug=row["slug"],
                adapter=row["adapter"],
                trust_level=row["trust_level"],
                priority=row["priority"],
                city_id=row["city_id"],
                timezone=(row["config"] or {}).get("timezone") or row["city__timezone"],
                country=row["city__country"],
            )
            for row in rows
        }

    def normalize_context(self, source: SourceInfo, now: dt.datetime) -> NormalizeContext:
        return dataclasses.replace(
            self._base_context,
            default_timezone=source.timezone,
            default_country=source.country,
            default_city_id=source.city_id,
            now=now,
        )

    def nearby_events(self, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Listings of published or held events in the batch's cities, on the batch's days ±1: the
        candidates a new record may duplicate. One query, bounded by (city, day) ranges."""
        spans: dict[int, set[dt.date]] = {}
        for record in records:
            start = parse_moment(record.get("start"))
            if record.get("city_id") is not None and start is not None:
                day = start.date() if isinstance(start, dt.datetime) else start
                spans.setdefault(record["city_id"], set()).add(day)
        if not spans:
            return []
        # Consecutive days merge into one range: a block-ordered batch (blocks.py) reads a few ranges.
        ranges = [
            Q(
                event__city_id=city_id,
                event__start__gte=_midnight(first - dt.timedelta(days=1)),
                event__start__lt=_midnight(last + dt.timedelta(days=2)),
            )
            for city_id, days in spans.items()
            for first, last in _runs(days)
        ]  # fmt: skip
        rows = (
            EventListing.objects.filter(reduce(or_, ranges), event__moderation_status__in=CANDIDATE_STATUSES)
            .values(
                "event_id",
                "external_id",
                "source__slug",
                "source__adapter",
                "source__trust_level",
                "event__title",
                "event__start",
                "event__timezone",
                "event__venue_name",
                "event__latitude",
                "event__longitude",
                "event__url",
                "event__ticket_url",
                "event__city_id",
            )  # fmt: skip
            .distinct()
        )
        return [_candidate(row, self.cities) for row in rows]


def _runs(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Sorted days as (first, last) runs of days at most three apart: their ±1 day windows touch or overlap."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if runs and (day - runs[-1][1]).days <= 3:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _midnight(day: dt.date) -> dt.datetime:
    # UTC midnight, widened by the ±1 day either side: any zone's local day falls inside.
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _candidate(row: Mapping[str, Any], cities: Mapping[int, Mapping[str, Any]]) -> dict[str, Any]:
    city = cities.get(row["event__city_id"]) or {}
    return {
        "event_id": row["event_id"],
        "external_id": row["external_id"],
        "source": row["source__slug"],
        "adapter": row["source__adapter"],
        "trust_level": row["source__trust_level"],
        "title": row["event__title"],
        "start": row["event__start"].astimezone(_zone(row["event__timezone"] or "UTC")).isoformat(),
        "venue_name": row["event__venue_name"] or None,
        "latitude": row["event__latitude"],
        "longitude": row["event__longitude"],
        "url": row["event__url"] or None,
        "ticket_url": row["event__ticket_url"] or None,
        "city": city.get("name"),
        "city_id": row["event__city_id"],
    }


_lock = threading.Lock()
_state: PipelineState | None = None
_frozen = False


def pipeline_state() -> PipelineState:
    """The process's state, rebuilt when older than PIPELINE_STATE_TTL_SECONDS."""
    global _state  # one cache per process, by design
    with _lock:
        if _state is None or time.monotonic() - _state.loaded_at > settings.PIPELINE_STATE_TTL_SECONDS:
            _state = PipelineState()
            _freeze_long_lived()
        return _state


def _freeze_long_lived() -> None:
    """Once per process, after the first state is built: move every object alive then (the spaCy model,
    Django's and the libraries' own) out of the cyclic collector's reach. A batch allocates enough to trigger
    hundreds of collections, and each older-generation pass rescanned those few hundred thousand long-lived
    objects: about a sixth of a batch's time. Only once: later states (every TTL) are small and stay
    collectable, and a process that rebuilds often (tests) pays the full collection a single time."""
    global _frozen  # one freeze per process, by design
    if not _frozen:
        gc.collect()  # what is garbage now must not be frozen with the rest
        gc.freeze()
        _frozen = True


def pipeline_state_reset() -> None:
    """Forget the cached state (tests, and after an operator edits cities)."""
    global _state
    with _lock:
        _state = None
