"""Reading place statuses: the current one of a venue, and the JSON every client gets (API, WebSocket, pages).

One shape everywhere (docs/api.md, "Live place status"): the same keys whether or not a status is known, so a
client has one parser; with nothing valid, every value but ``venue`` is null.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from redis.exceptions import RedisError

from events.api.representation import local_iso
from events.models import Venue
from events.selectors import cache_get, cache_set
from realtime.models import Crowd, PlaceStatus, StatusSource

logger = logging.getLogger(__name__)

CACHE_KEY = "whatson:place-status:{venue_id}"
CACHE_SECONDS = 60
NO_STATUS = "none"  # cached: this venue has no status row (the cache cannot hold None)


def cache_delete_many(keys: list[str]) -> None:
    try:
        cache.delete_many(keys)
    except (RedisError, OSError):  # a page may then show a status up to CACHE_SECONDS old
        logger.warning("place status cache unavailable; not cleared", exc_info=True)


SEPARATOR = " · "
SOURCE_PHRASES = {
    StatusSource.BUSINESS: "updated by the venue",
    StatusSource.USER: "reported by visitors",
    StatusSource.PREDICTION: "from its opening hours",
}
PAYLOAD_KEYS = (
    "open_now",
    "crowd",
    "crowd_label",
    "wait_minutes",
    "special",
    "summary",
    "source",
    "source_text",
    "confidence",
    "updated_at",
    "valid_until",
)


def is_valid(status: PlaceStatus | None, now: dt.datetime | None = None) -> bool:
    return status is not None and status.valid_until > (now or timezone.now())


def venue_status(venue: Venue, now: dt.datetime | None = None) -> PlaceStatus | None:
    """The venue's status while it is valid, else None (an expired row waits for the beat task to go)."""
    try:
        status = venue.live_status
    except ObjectDoesNotExist:
        return None
    return status if is_valid(status, now) else None


def place_status_get(*, venue_id: int, now: dt.datetime | None = None, cached: bool = False) -> PlaceStatus | None:
    """The venue's valid status, or None. ``cached``: for pages, read through a short-lived cache entry that every
    change clears (``place_status_forget``), so an event page costs no query for it most of the time."""
    if not cached:
        return _valid(_status_row(venue_id), now)
    key = CACHE_KEY.format(venue_id=venue_id)
    found = cache_get(key)
    if found is None:
        found = _status_row(venue_id) or NO_STATUS
        cache_set(key, found, CACHE_SECONDS)
    return None if found == NO_STATUS else _valid(found, now)


def place_status_forget(venue_ids: Iterable[int]) -> None:
    """Drop the pages' cached statuses of these venues (on every change, and again once it has committed)."""
    keys = [CACHE_KEY.format(venue_id=venue_id) for venue_id in venue_ids]
    if keys:
        cache_delete_many(keys)


def _status_row(venue_id: int) -> PlaceStatus | None:
    return PlaceStatus.objects.select_related("venue__city").filter(venue_id=venue_id).first()


def _valid(status: PlaceStatus | None, now: dt.datetime | None) -> PlaceStatus | None:
    return status if is_valid(status, now) else None


def status_summary(status: PlaceStatus) -> str:
    """ "Open now · Busy · ~20 min wait · Happy hour": what the page shows and the payload's ``summary``."""
    parts = []
    if status.open_now is not None:
        parts.append("Open now" if status.open_now else "Closed now")
    if status.crowd:
        parts.append(Crowd(status.crowd).label)
    if status.wait_minutes is not None:
        parts.append("No wait" if status.wait_minutes == 0 else f"~{status.wait_minutes} min wait")
    if status.special:
        parts.append(status.special)
    return SEPARATOR.join(parts)


def status_sentence(status: PlaceStatus) -> str:
    """The summary as a screen reader should say it: "Open now, busy, about a 20 minute wait, Happy hour"."""
    parts = []
    if status.open_now is not None:
        parts.append("open now" if status.open_now else "closed now")
    if status.crowd:
        parts.append(Crowd(status.crowd).label.lower())
    if status.wait_minutes is not None:
        parts.append("no wait" if status.wait_minutes == 0 else f"about a {status.wait_minutes} minute wait")
    if status.special:
        parts.append(status.special)
    sentence = ", ".join(parts)
    return sentence[:1].upper() + sentence[1:]


def _zone_name(status: PlaceStatus) -> str:
    city = status.venue.city
    return city.timezone if city is not None else "UTC"


def status_payload(status: PlaceStatus) -> dict[str, Any]:
    """The body of ``GET /api/v1/venues/<id>/status`` for a valid status (and the ``status`` of a push)."""
    zone = _zone_name(status)
    return {
        "venue": status.venue_id,
        "open_now": status.open_now,
        "crowd": status.crowd or None,
        "crowd_label": Crowd(status.crowd).label if status.crowd else None,
        "wait_minutes": status.wait_minutes,
        "special": status.special or None,
        "summary": status_summary(status) or None,
        "source": status.source,
        "source_text": SOURCE_PHRASES.get(StatusSource(status.source), ""),
        "confidence": round(status.confidence, 3),
        "updated_at": local_iso(status.updated_at, zone),
        "valid_until": local_iso(status.valid_until, zone),
    }


def empty_payload(venue_id: int) -> dict[str, Any]:
    """The same shape when nothing valid is known about the venue: every value null."""
    return {"venue": venue_id, **dict.fromkeys(PAYLOAD_KEYS)}


def venue_payload(venue: Venue, now: dt.datetime | None = None) -> dict[str, Any]:
    status = venue_status(venue, now)
    return status_payload(status) if status is not None else empty_payload(venue.pk)


def place_status_payloads(venue_ids: list[int], now: dt.datetime | None = None) -> dict[int, dict[str, Any]]:
    """The current payload of each of these venues (null values when none is valid); unknown ids are left out.

    One query, for the WebSocket consumer's "current state right after subscribe".
    """
    venues = Venue.objects.filter(pk__in=venue_ids).select_related("city", "live_status")
    return {venue.pk: venue_payload(venue, now) for venue in venues}
