"""Creating canonical events for a batch's new records, each with its primary listing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from events.models import Event
from events.services.bulk import insert_rows
from events.services.writing.fields import EVENT_FIELDS, MODERATION
from events.services.writing.link import listing, upsert_listings
from events.vocabulary import Action

if TYPE_CHECKING:
    from events.services.processing import Item

TRUSTED_LEVELS = frozenset({"trusted", "official"})
CREATED = (*EVENT_FIELDS, "moderation_status", "published_at", "verification")


def create(creates: list[tuple[Item, dict[str, Any]]], *, now: dt.datetime) -> None:
    """One event per (item, field values), published or held as the item's decision says; sets ``item.event_id``."""
    if not creates:
        return
    rows = []
    for item, fields in creates:
        published = item.decision is not None and item.decision.action == Action.PUBLISH
        rows.append(
            {
                **fields,
                "quality_score": item.quality_score,
                "moderation_status": MODERATION[Action.PUBLISH if published else Action.HOLD],
                "published_at": now if published else None,
                "verification": (
                    Event.Verification.SOURCE if item.source.trust_level in TRUSTED_LEVELS
                    else Event.Verification.UNVERIFIED
                ),
            }
        )  # fmt: skip
    # Rows, not model instances: building thousands of Events was most of the write step's cost.
    ids = insert_rows(Event, rows, fields=CREATED)
    listings = []
    for (item, fields), event_id in zip(creates, ids, strict=True):
        item.event_id = event_id
        listings.append(listing(item, event_id, primary=True, url=fields["url"], now=now))
    upsert_listings(listings)
