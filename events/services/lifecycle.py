"""Event lifecycle driven by sources: withdrawn from a complete listing → cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db import transaction

from events.models import EventListing, EventStatus, StagedEvent

if TYPE_CHECKING:
    from sources.models import Source

# The content hash of a staged record that vanished from its listing: any reappearance differs from it.
WITHDRAWN = "withdrawn"
WITHDRAWN_REASON = "missing from the source's listing since {date}"


def events_withdraw(*, staged_events: Sequence[StagedEvent], source: Source, now: dt.datetime) -> int:
    """Records a complete listing no longer has: their events become cancelled. Returns how many.

    The staged record is marked so that, should the source list it again, it is processed afresh.
    Only the primary listing cancels an event; a moderator's own status stands.
    """
    cancelled = 0
    primary = set(
        EventListing.objects.filter(
            source=source, external_id__in=[staged.external_id for staged in staged_events], is_primary=True
        ).values_list("external_id", flat=True)
    )
    with transaction.atomic():
        for staged in staged_events:
            staged.content_hash = WITHDRAWN
            staged.reasons = [*staged.reasons, WITHDRAWN_REASON.format(date=now.date().isoformat())]
            event = staged.event
            if (
                event is not None
                and staged.external_id in primary
                and "status" not in event.edited_fields
                and event.status != EventStatus.CANCELLED
            ):
                event.status = EventStatus.CANCELLED
                event.save(update_fields=["status", "updated_at"])
                cancelled += 1
        StagedEvent.objects.bulk_update(staged_events, ["content_hash", "reasons"])
    return cancelled
