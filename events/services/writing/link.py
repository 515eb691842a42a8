"""Listings: which source lists which event. Builds and upserts them, and attaches duplicates to their event.

A duplicate (or a secondary listing re-fetched) becomes a secondary listing of the event it duplicates;
which of a batch's duplicates speaks for each event is chosen here, what it may change is update.py's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from events.models import EventListing
from events.services.bulk import upsert_rows
from events.services.writing.fields import rank

if TYPE_CHECKING:
    from events.services.processing import Item

LISTING_UPDATE = ("event", "url", "last_seen_at", "is_primary", "similarity")
LISTING_FIELDS = ("event", "source", "external_id", "url", "is_primary", "similarity", "first_seen_at", "last_seen_at")
EVENT_REFERENCE = "event:"


def listing(item: Item, event_id: int, *, primary: bool, url: str, now: dt.datetime) -> dict[str, Any]:
    """The LISTING_FIELDS of ``item``'s listing of ``event_id`` (a row, not a model instance: cheaper)."""
    return {
        "event": event_id,
        "source": item.source.id,
        "external_id": item.external_id,
        "url": url[:1000],
        "is_primary": primary,
        "similarity": item.dedup.similarity if item.dedup else None,
        "first_seen_at": item.first_seen,
        "last_seen_at": now,
    }


def upsert_listings(listings: list[dict[str, Any]]) -> None:
    """Insert the listings, or move an existing (source, external id) one to what it says now."""
    upsert_rows(EventListing, listings, fields=LISTING_FIELDS, unique=("source", "external_id"), update=LISTING_UPDATE)


def link(links: list[tuple[Item, str]], *, batch: Mapping[str, Item], now: dt.datetime) -> dict[int, Item]:
    """Secondary listings for ``links`` (item, cluster key or "event:<id>"). Returns each event's best duplicate.

    A cluster key names the batch record that created the event ("source:external id"); a duplicate whose
    canonical record did not get written (rejected, failed) is skipped.
    """
    targets: dict[int, Item] = {}
    if not links:
        return targets
    listings = []
    for item, cluster in links:
        if cluster.startswith(EVENT_REFERENCE):
            event_id: int | None = int(cluster.removeprefix(EVENT_REFERENCE))
        else:
            canonical = batch.get(cluster)
            event_id = canonical.event_id if canonical else None
        if event_id is None:
            continue
        item.event_id = event_id
        best = targets.get(event_id)
        # Several records of one event in a batch: the highest-ranked one speaks for them.
        if best is None or rank(item.source.trust_level, item.source.priority) > rank(
            best.source.trust_level, best.source.priority
        ):
            targets[event_id] = item
        listings.append(listing(item, event_id, primary=False, url=item.record.get("url") or "", now=now))
    upsert_listings(listings)
    return targets
