"""Event lifecycle driven by sources: withdrawn from a complete listing → cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db import transaction

from events.models import Event, EventListing, EventStatus, StagedEvent
from events.services.bulk import bulk_update_rows
from events.services.changes import events_changed

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
    primary = set(
        EventListing.objects.filter(
            source=source, external_id__in=[staged.external_id for staged in staged_events], is_primary=True
        ).values_list("external_id", flat=True)
    )
    reason = WITHDRAWN_REASON.format(date=now.date().isoformat())
    to_cancel = {
        staged.event.pk
        for staged in staged_events
        if staged.event is not None
        and staged.external_id in primary
        and "status" not in staged.event.edited_fields  # a moderator's own status stands
        and staged.event.status != EventStatus.CANCELLED
    }
    rows = [
        {"pk": staged.pk, "content_hash": WITHDRAWN, "reasons": [*staged.reasons, reason]} for staged in staged_events
    ]
    with transaction.atomic():
        # Set-based: one UPDATE for the events, one for the staged rows, however many vanished.
        cancelled = Event.objects.filter(pk__in=to_cancel).update(status=EventStatus.CANCELLED, updated_at=now)
        events_changed(to_cancel)
        bulk_update_rows(StagedEvent, rows, ["content_hash", "reasons"])
    for staged in staged_events:  # the caller's objects match what was written
        staged.content_hash, staged.reasons = WITHDRAWN, [*staged.reasons, reason]
    return cancelled
