"""Creating canonical events for a batch's new records, each with its primary listing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from events.models import Event
from events.services.writing.fields import MODERATION, column
from events.services.writing.link import listing, upsert_listings

if TYPE_CHECKING:
    from events.services.processing import Item

TRUSTED_LEVELS = frozenset({"trusted", "official"})


def create(creates: list[tuple[Item, dict[str, Any]]], *, now: dt.datetime) -> None:
    """One event per (item, field values), published or held as the item's decision says; sets ``item.event_id``."""
    if not creates:
        return
    events = []
    for item, fields in creates:
        values = {**fields, "quality_score": item.quality_score}
        published = item.decision is not None and item.decision.action == "publish"
        events.append(
            Event(
                **{column(name): value for name, value in values.items()},
                moderation_status=MODERATION["publish" if published else "hold"],
                published_at=now if published else None,
                verification=(
                    Event.Verification.SOURCE if item.source.trust_level in TRUSTED_LEVELS
                    else Event.Verification.UNVERIFIED
                ),
            )
        )  # fmt: skip
    Event.objects.bulk_create(events, batch_size=500)
    listings = []
    for (item, fields), event in zip(creates, events, strict=True):
        item.event_id = event.pk
        listings.append(listing(item, event.pk, primary=True, url=fields["url"], now=now))
    upsert_listings(listings)
