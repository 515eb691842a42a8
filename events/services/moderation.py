"""Moderator actions on events: edits that source updates must respect, and moderation verdicts."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils import timezone

from events.models import Event
from events.services.writing import EVENT_FIELDS

# Fields a source sets on an Event; one a moderator edited is never overwritten by later fetches.
SOURCE_FIELDS = EVENT_FIELDS


def event_moderator_edit(*, event: Event, changed_fields: Sequence[str]) -> Event:
    """Remember which fields a moderator changed, so later source updates leave them alone."""
    edited = [name for name in changed_fields if name in SOURCE_FIELDS and name not in event.edited_fields]
    if edited:
        event.edited_fields = [*event.edited_fields, *edited]
    event.save()
    return event


def events_moderate(*, event_ids: Sequence[int], status: str) -> int:
    """Set the moderation status of events (admin actions). Publishing stamps published_at once."""
    now = timezone.now()
    events = Event.objects.filter(pk__in=event_ids)
    if status == Event.ModerationStatus.PUBLISHED:
        events.filter(published_at__isnull=True).update(published_at=now)
    return events.update(moderation_status=status, updated_at=now)
