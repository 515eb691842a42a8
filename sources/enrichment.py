"""Venue enrichment from Google Places: address, coordinates, phone, website and opening hours.

Google Places is not an event source (a place is not an event); it fills in what we know about the venues
events happen at. ``places_search_text`` is a pure client of the Places API (New) Text Search
(``POST https://places.googleapis.com/v1/places:searchText``, key in ``X-Goog-Api-Key``, the fields asked for
in ``X-Goog-FieldMask``: Google bills by the fields requested). ``venues_enrich`` is the service that
matches venues to places and writes what it learned.

A match must be near what we already know: within 1 km of the venue's own coordinates, when it has some,
and within its city's radius of the city centre. A venue with neither is not looked up (nothing could
confirm a match). Only blank fields are filled, except when the match is the very place the venue is
already linked to (same place id), whose data is then refreshed. A venue linked to one place that now
matches another is left alone and reported. ``enriched_at`` records the last look-up, matched or not,
so ``enrich_venues --stale-days`` does not pay for the same unmatched venue every night.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from django.utils import timezone

from events.models import Venue
from events.pipeline.geo import haversine_km
from events.services.bulk import bulk_update_rows
from sources.adapters.common import join
from sources.fetching import FetchError
from sources.http import HttpClient

PLACES_BASE_URL = "https://places.googleapis.com"
SEARCH_PATH = "/v1/places:searchText"
FIELD_MASK = (
    "places.id,places.displayName,places.formattedAddress,places.location,places.regularOpeningHours,"
    "places.nationalPhoneNumber,places.websiteUri"
)
PLACES_KEY = "google_places"
MAX_MATCH_KM = 1.0  # from the venue's own coordinates
MAX_BIAS_RADIUS_M = 50_000.0  # the API refuses a larger bias circle
MAX_CONSECUTIVE_FAILURES = 3  # a bad key or an outage: stop instead of failing every venue
WRITE_BATCH = 100
UPDATED_FIELDS = ("address", "latitude", "longitude", "phone", "url", "opening_hours", "external_ids", "enriched_at")
FIELD_LIMITS = {"address": 300, "phone": 40, "url": 500}

NOT_PLACES = "Unexpected answer from Google Places: expected an object with a 'places' list."
NO_REFERENCE = "no coordinates and no city: nothing to check a match against"
NO_RESULTS = "Google Places found nothing for {query!r}"
NO_LOCATION = "the result {name!r} has no location"
TOO_FAR = "the best result, {name!r}, is {km:.1f} km from the venue's coordinates (at most {limit:.0f} km)"
OUTSIDE_CITY = "the best result, {name!r}, is {km:.1f} km from the centre of {city} (its radius is {radius:.0f} km)"
OTHER_PLACE = "matched place {found}, but the venue is linked to {known}: check it by hand"
GAVE_UP = "stopped after {count} failed requests in a row"


class EnrichError(Exception):
    """Google Places answered with something that is not a Text Search result."""


@dataclasses.dataclass(frozen=True, slots=True)
class PlaceDetails:
    place_id: str
    name: str
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    phone: str = ""
    website: str = ""
    opening_hours: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class VenueIssue:
    venue_id: int
    venue: str
    reason: str


@dataclasses.dataclass(slots=True)
class EnrichResult:
    enriched: list[int] = dataclasses.field(default_factory=list)
    unmatched: list[VenueIssue] = dataclasses.field(default_factory=list)
    failed: list[VenueIssue] = dataclasses.field(default_factory=list)
    skipped: int = 0  # not looked up after repeated failures
    stopped: str = ""  # why the run stopped early, if it did


# --- the client --------------------------------------------------------------------------------------
def places_search_text(
    *,
    http: HttpClient,
    api_key: str,
    query: str,
    center: tuple[float, float] | None = None,
    radius_m: float = MAX_MATCH_KM * 1000,
    base_url: str = PLACES_BASE_URL,
) -> list[PlaceDetails]:
    """Text Search of the Places API (New), biased towards a circle when a centre is known.

    Raises FetchError (network, HTTP errors) or EnrichError (an answer of the wrong shape).
    """
    body: dict[str, Any] = {"textQuery": query}
    if center is not None:
        body["locationBias"] = {
            "circle": {
                "center": {"latitude": center[0], "longitude": center[1]},
                "radius": min(float(radius_m), MAX_BIAS_RADIUS_M),
            }
        }
    data = http.post_json(
        base_url.rstrip("/") + SEARCH_PATH,
        payload=body,
        headers={"X-Goog-Api-Key": api_key, "X-Goog-FieldMask": FIELD_MASK},
    )
    if not isinstance(data, dict):
        raise EnrichError(NOT_PLACES)
    places = data.get("places", [])  # no results: the API answers {}
    if not isinstance(places, list):
        raise EnrichError(NOT_PLACES)
    return [place for place in (_place(item) for item in places) if place is not None]


def _place(item: Any) -> PlaceDetails | None:
    if not isinstance(item, dict) or not item.get("id"):
        return None
    location = _object(item.get("location"))
    hours = _object(item.get("regularOpeningHours")).get("weekdayDescriptions") or []
    return PlaceDetails(
        place_id=str(item["id"]),
        name=str(_object(item.get("displayName")).get("text") or ""),
        address=str(item.get("formattedAddress") or ""),
        latitude=_coordinate(location.get("latitude")),
        longitude=_coordinate(location.get("longitude")),
        phone=str(item.get("nationalPhoneNumber") or ""),
        website=str(item.get("websiteUri") or ""),
        opening_hours=tuple(str(line) for line in hours if isinstance(line, str)),
    )


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _coordinate(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# --- matching ----------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True, slots=True)
class _Check:
    """A circle a match must fall in, and how to say it did not."""

    latitude: float
    longitude: float
    radius_km: float
    message: str
    city: str = ""


def _checks(venue: Venue) -> list[_Check]:
    checks: list[_Check] = []
    if venue.latitude is not None and venue.longitude is not None:
        checks.append(_Check(venue.latitude, venue.longitude, MAX_MATCH_KM, TOO_FAR))
    if venue.city is not None:
        city = venue.city
        checks.append(_Check(city.latitude, city.longitude, city.radius_km, OUTSIDE_CITY, city=city.name))
    return checks


def _failed_check(place: PlaceDetails, checks: Sequence[_Check]) -> str | None:
    """Why this place cannot be the venue, or None when it passes every check."""
    if place.latitude is None or place.longitude is None:
        return NO_LOCATION.format(name=place.name)
    for check in checks:
        km = haversine_km(check.latitude, check.longitude, place.latitude, place.longitude)
        if km > check.radius_km:
            return check.message.format(
                name=place.name, km=km, limit=check.radius_km, city=check.city, radius=check.radius_km
            )
    return None


def match_place(
    places: Sequence[PlaceDetails], checks: Sequence[_Check], query: str
) -> tuple[PlaceDetails | None, str]:
    """The most relevant result that passes the distance checks; else None and why the first one failed."""
    if not places:
        return None, NO_RESULTS.format(query=query)
    first_reason = ""
    for place in places:
        reason = _failed_check(place, checks)
        if reason is None:
            return place, ""
        first_reason = first_reason or reason
    return None, first_reason


def apply_place(venue: Venue, place: PlaceDetails) -> None:
    """Write what the place tells us: blanks only, or everything when it is the place already linked."""
    same_place = venue.external_ids.get(PLACES_KEY) == place.place_id
    values = {"address": place.address, "phone": place.phone, "url": place.website}
    for field, value in values.items():
        # A cut URL is a wrong URL, and only web links belong in Venue.url.
        fits = field != "url" or (len(value) <= FIELD_LIMITS[field] and value.startswith(("http://", "https://")))
        if value and fits and (same_place or not getattr(venue, field)):
            setattr(venue, field, value[: FIELD_LIMITS[field]])
    if place.opening_hours and (same_place or not venue.opening_hours):
        venue.opening_hours = list(place.opening_hours)
    if place.latitude is not None and (same_place or venue.latitude is None or venue.longitude is None):
        venue.latitude, venue.longitude = place.latitude, place.longitude
    venue.external_ids = {**venue.external_ids, PLACES_KEY: place.place_id}


# --- the service -------------------------------------------------------------------------------------
def _query(venue: Venue) -> str:
    return join([venue.name, venue.address, venue.city.name if venue.city else None]) or venue.name


def _bias(venue: Venue) -> tuple[tuple[float, float] | None, float]:
    if venue.latitude is not None and venue.longitude is not None:
        return (venue.latitude, venue.longitude), MAX_MATCH_KM * 1000
    if venue.city is not None:
        return (venue.city.latitude, venue.city.longitude), venue.city.radius_km * 1000
    return None, MAX_MATCH_KM * 1000


def _issue(venue: Venue, reason: str) -> VenueIssue:
    return VenueIssue(venue_id=venue.pk, venue=str(venue), reason=reason)


def _enrich_one(venue: Venue, *, http: HttpClient, api_key: str, base_url: str, result: EnrichResult) -> bool:
    """Look one venue up and change it in memory. Returns whether the venue changed (needs writing)."""
    checks = _checks(venue)
    if not checks:
        result.unmatched.append(_issue(venue, NO_REFERENCE))
        return False
    query = _query(venue)
    center, radius_m = _bias(venue)
    places = places_search_text(
        http=http, api_key=api_key, query=query, center=center, radius_m=radius_m, base_url=base_url
    )
    place, reason = match_place(places, checks, query)
    known = venue.external_ids.get(PLACES_KEY)
    if place is not None and known and known != place.place_id:
        reason = OTHER_PLACE.format(found=place.place_id, known=known)
        place = None
    if place is None:
        result.unmatched.append(_issue(venue, reason))
        return True
    apply_place(venue, place)
    result.enriched.append(venue.pk)
    return True


def venues_enrich(
    *,
    venues: list[Venue],
    http: HttpClient,
    api_key: str,
    base_url: str = PLACES_BASE_URL,
    now: dt.datetime | None = None,
    on_progress: Callable[[Venue], object] | None = None,
) -> EnrichResult:
    """Match each venue to a Google place and fill in its details. Reports those it could not match.

    A failed request is reported per venue and the venue stays stale (it is retried next time); after
    MAX_CONSECUTIVE_FAILURES in a row the rest are skipped (an invalid key fails every request alike).
    """
    now = now or timezone.now()
    result = EnrichResult()
    pending: list[Venue] = []
    failures_in_a_row = 0
    for position, venue in enumerate(venues):
        if failures_in_a_row >= MAX_CONSECUTIVE_FAILURES:
            result.skipped = len(venues) - position
            result.stopped = GAVE_UP.format(count=failures_in_a_row)
            break
        try:
            looked_up = _enrich_one(venue, http=http, api_key=api_key, base_url=base_url, result=result)
        except (FetchError, EnrichError) as exc:
            failures_in_a_row += 1
            result.failed.append(_issue(venue, str(exc)))
        else:
            failures_in_a_row = 0
            if looked_up:
                venue.enriched_at = now
                pending.append(venue)
        if on_progress is not None:
            on_progress(venue)
        if len(pending) >= WRITE_BATCH:
            _write(pending)
            pending = []
    _write(pending)
    return result


def _write(venues: list[Venue]) -> None:
    # One set-based statement per WRITE_BATCH venues (events/services/bulk.py), not Django's bulk_update.
    if venues:
        rows = [{"pk": venue.pk, **{name: getattr(venue, name) for name in UPDATED_FIELDS}} for venue in venues]
        bulk_update_rows(Venue, rows, UPDATED_FIELDS)
