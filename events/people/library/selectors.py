"""Reads about saved events and follows."""

from __future__ import annotations

from typing import Any

from events.models import Event


def library_box(*, user: Any, event: Event) -> dict[str, Any] | None:
    """What the event page's save and follow buttons need (to be built)."""
    return None
