"""What the event page shows one signed-in person: their RSVP and the seats left, whether they saved the event
and follow its venue, organizer or category. The page's event data is shared and cached; this part never is."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from events.models import Event
from events.people.library.selectors import library_box
from events.people.rsvps.selectors import rsvp_box


def event_viewer_context(request: HttpRequest, event: Event) -> dict[str, Any]:
    return {
        "rsvp_box": rsvp_box(user=request.user, event=event),
        "library_box": library_box(user=request.user, event=event),
    }
