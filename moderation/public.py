"""What a moderator changed reaches visitors: the events an action touched are announced as changed."""

from __future__ import annotations

from events.services.changes import events_changed
from moderation.models import ModerationAction


def announce_moderated(action_ids: list[int]) -> None:
    """An ``on_moderated`` callback (already after commit): announce every event the actions touched."""
    event_ids = ModerationAction.objects.filter(pk__in=action_ids, event__isnull=False).values_list(
        "event_id", flat=True
    )
    events_changed(event_ids)
