"""Reads about RSVPs."""

from __future__ import annotations

from typing import Any

from events.models import Event


def rsvp_box(*, user: Any, event: Event) -> dict[str, Any] | None:
    """What the event page's RSVP box needs (to be built)."""
    return None
