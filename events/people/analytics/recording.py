"""Recording interactions cheaply (to be built: buffered, flushed in batches)."""

from __future__ import annotations


def record(kind: str, *, event_id: int, user_id: int | None = None) -> None:
    """Record one interaction of ``kind`` (events.people.models.InteractionKind) with ``event_id``."""
