"""An id for a provider's event that states none (batch 38, APIs).

A Ticketmaster, SeatGeek or Eventbrite answer normally gives every event its id. A trimmed copy of one (an
aggregator's cache, a project's test file: ``{"_embedded": {"events": [{"name", "dates", "_embedded"}]}}``) may
not, yet each of its records is still an event with a name and a start. Such a record is read, as the generic
JSON reader reads an item with no id, under a stable id made from what it is: its title, its start and its place
(two showings of one title at one time in two places are two events). A record with no title or no start is
still refused for that.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import hashlib

__all__ = ["content_id"]


def content_id(title: str, start: dt.date, place: object = None) -> str:
    """A stable id for an event its source names by no id: the same title, start and place give the same id."""
    where = place.strip() if isinstance(place, str) else ""
    key = f"{title.strip()}|{start.isoformat()}|{where}"
    return "sha-" + hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:24]
