"""What the realtime side publishes when events change: one bus entry per changed event, and the moderation
queue's counts when they moved.

``events_broadcast`` listens to ``events.services.changes`` (registered in ``RealtimeConfig.ready``), which
calls it once the transaction that changed the events has committed, from the one path every change takes
(the pipeline's writes, moderation actions, a source withdrawing events). Views never publish.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

from django.db import transaction

from events.api.representation import LIST_FIELDS, event_dict, page_url_builder
from events.models import Event, EventStatus
from realtime import bus
from realtime.matching import FACT_EXPRESSIONS, FACT_FIELDS, facts_of, listing_sources

logger = logging.getLogger(__name__)

CHUNK = 500
# An event whose first publication is this close to its last change is new ("event.published"), not updated.
FRESH = dt.timedelta(seconds=60)
STATE_FIELDS = ("moderation_status", "archived_at", "merged_into_id", "published_at", "updated_at")
COLUMNS = tuple(dict.fromkeys((*LIST_FIELDS, *STATE_FIELDS, *FACT_FIELDS)))


def public_state(row: dict[str, Any]) -> str:
    """What the public sees of an event: "live", "cancelled" (listed as cancelled) or "gone" (not listed)."""
    visible = (
        row["moderation_status"] == Event.ModerationStatus.PUBLISHED
        and row["archived_at"] is None
        and row["merged_into_id"] is None
    )
    if not visible:
        return "gone"
    return "cancelled" if row["status"] == EventStatus.CANCELLED else "live"


def message_type(row: dict[str, Any], previous: str | None) -> str | None:
    """The change this row is for the public, given what it was last told (``previous``; None: no record), or
    None when there is nothing to tell (an event the public never saw, still unseen)."""
    state = public_state(row)
    if previous is None:  # no record (first change since tracking began, or Redis lost it): read the row alone
        return _guess(row, state)
    if state == "gone":
        return None if previous == "gone" else "event.removed"
    if previous == "gone":
        return "event.cancelled" if state == "cancelled" else "event.published"
    if state == "cancelled" and previous != "cancelled":
        return "event.cancelled"
    return "event.updated"


def _guess(row: dict[str, Any], state: str) -> str | None:
    if state == "gone":
        return "event.removed" if row["published_at"] is not None else None
    if state == "cancelled":
        return "event.cancelled"
    published, updated = row["published_at"], row["updated_at"]
    if published is not None and updated is not None and updated - published < FRESH:
        return "event.published"
    return "event.updated"


def events_broadcast(event_ids: Iterable[int]) -> int:
    """Publish the changes of these events (after commit). Returns how many messages went out."""
    ids = sorted(set(event_ids))
    sent = 0
    page_url = page_url_builder()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        # One query for the representation, the state and the facts (plus one for the listings' sources).
        rows = Event.objects.filter(pk__any=chunk).values(*COLUMNS, **FACT_EXPRESSIONS)
        sources = listing_sources(chunk)
        previous = bus.pushed_states(chunk)
        messages: list[tuple[str, dict[str, Any], Any, dict[str, Any] | None]] = []
        states: dict[int, str] = {}
        for row in rows:
            kind = message_type(row, previous.get(row["id"]))
            if kind is None:
                continue
            states[row["id"]] = public_state(row)
            messages.append(
                (
                    "events",
                    {"type": kind, "event": event_dict(row, page_url=page_url)},
                    None,
                    facts_of(row, sources.get(row["id"], ())),
                )
            )
        published = bus.publish_many(messages)
        sent += len(published)
        if published:  # what was said is what clients now believe
            bus.remember_pushed(states)
    moderation_broadcast()
    return sent


def moderation_counts() -> dict[str, Any]:
    """The moderation queue's size: held events and records not yet processed (two indexed counts: this runs
    after every pipeline batch; the admin dashboard has the breakdown by reason)."""
    from events.models import StagedEvent
    from moderation.selectors import held_events

    return {
        "held": held_events().count(),
        "pending_records": StagedEvent.objects.filter(status=StagedEvent.Status.PENDING).count(),
    }


def moderation_broadcast() -> None:
    """Publish the queue counts (every time: a per-process "unchanged" memo would go stale when another process
    published different counts meanwhile; clients just show the latest)."""
    try:
        counts = moderation_counts()
    except Exception:
        logger.warning("realtime: moderation counts unavailable", exc_info=True)
        return
    bus.publish("moderation", {"type": "moderation.queue", "counts": counts})


def person_notify(user_id: int, payload: dict[str, Any]) -> None:
    """Push ``payload`` (a JSON object with a "type") to one person's open pages (the "me" topic), once the
    current transaction commits; nothing is sent if it rolls back. A bus that is down loses the push only."""
    message = dict(payload)
    transaction.on_commit(lambda: bus.publish("me", message, key=str(int(user_id))), robust=True)
