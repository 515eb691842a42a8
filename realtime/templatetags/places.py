"""``{% load places %}{% place_status venue %}``: a venue's live status line on the venue and event pages.

One query (the status with its venue's city). The venue page is kept whole for up to a minute
(events/views/pages.py ``cached_page``), so there the line can be that much behind; the event page is rendered
per request. The line carries ``data-place-status="<venue id>"`` for a script to keep it current live.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

from events.models import Venue
from realtime.models import StatusSource
from realtime.places.selectors import SOURCE_PHRASES, place_status_get, status_sentence, status_summary

register = template.Library()


def ago(moment: dt.datetime, now: dt.datetime) -> str:
    """ "just now", "12 min ago", "2 hours ago"."""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    return f"{timesince(moment, now, depth=1)} ago"


@register.inclusion_tag("realtime/_place_status.html")
def place_status(venue: Venue | int | None) -> dict[str, Any]:
    """The line for a venue (or a venue id) while its status is valid; nothing otherwise."""
    venue_id = venue.pk if isinstance(venue, Venue) else venue
    if not venue_id:
        return {"status": None}
    now = timezone.now()
    status = place_status_get(venue_id=venue_id, now=now, cached=True)
    if status is None:
        return {"status": None}
    return {
        "status": status,
        "summary": status_summary(status),
        "sentence": status_sentence(status),
        "source_text": SOURCE_PHRASES.get(StatusSource(status.source), ""),
        "ago": ago(status.updated_at, now),
    }
