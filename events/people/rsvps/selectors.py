"""Reads about RSVPs: waitlist positions, the event page's box, attendee lists and a person's calendar."""

from __future__ import annotations

from typing import Any

from events.models import Event
from events.people.models import RSVP


def waitlist_position(*, rsvp: RSVP) -> int | None:
    """1 + the waitlisted replies of the same event with a lower sequence (None unless waitlisted)."""
    if rsvp.status != RSVP.Status.WAITLISTED:
        return None
    ahead = RSVP.objects.filter(event_id=rsvp.event_id, status=RSVP.Status.WAITLISTED, sequence__lt=rsvp.sequence)
    return ahead.count() + 1


def rsvp_box(*, user: Any, event: Event) -> dict[str, Any] | None:
    """What the event page's RSVP box needs (to be built)."""
    return None
