"""The last touches on a page's records, after every reader has run. Pure.

* A club's calendar of sessions (``_page_session_days.session_calendar``).
* The place a listing's title names after an at sign, for an event that states no place of its own: a club's trip
  list links each trip as "Joshua Tree Indian Cove [G] @ Joshua Tree Indian Cove", a venue's calendar "Jazz Trio @
  The Blue Room". The place is read as feeds and APIs read it (``_title_place.title_place``: " @ " with a space each
  side, not a date, a clock, an online room or a long sentence); here it must also hold a letter ("Drinks @ 7" names
  an hour, not a place). An event that states a place keeps it; the title itself is left to the pipeline's title
  rules, which drop a trailing segment naming the event's own venue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sources.adapters._page_session_days import session_calendar
from sources.adapters._title_place import title_place
from sources.adapters.base import ParsedRecord, RawEvent


def finish_records(records: list[ParsedRecord], root: Any, zone: dt.tzinfo | None) -> None:
    """A page's records, finished in place: sessions named and timed, places named by titles read."""
    session_calendar(records, root, zone)
    places_from_titles(records)


def places_from_titles(records: list[ParsedRecord]) -> None:
    """Each event that states no place (no venue, address or city) given the one its title names after " @ "."""
    for index, record in enumerate(records):
        if not isinstance(record, RawEvent) or record.venue_name or record.address or record.city:
            continue
        venue, address, city = title_place(record.title)
        if venue is None or not any(character.isalpha() for character in venue):
            continue
        records[index] = dataclasses.replace(record, venue_name=venue, address=address, city=city)
