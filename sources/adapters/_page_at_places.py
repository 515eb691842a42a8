"""A listing whose every title gives its place after " @ " (helper pagefix).

A club's trip list writes each trip as one linked title, "Joshua Tree Indian Cove [G] @ Joshua Tree Indian Cove",
and states no place anywhere else: the sign is the listing's way of saying where. A page's single title with an at
sign says no such thing ("Live @ The Hall" in a table whose other rows have none: a show's name), so the sign is read
as a place only when the page's whole listing is written that way: at least MIN_EVENTS events, every one of whose
titles names a place after its last " @ " (``_title_place``: not a date, a clock or an online room), and none
of which states a place, an address, a city or an online room of its own. Then each takes its title's place; the
title is left as it is (the pipeline's title rules drop a trailing segment that names the event's own venue).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from sources.adapters._title_place import title_place
from sources.adapters.base import ParsedRecord, RawEvent

MIN_EVENTS = 3  # a listing, not a show or two whose names hold an at sign
EVIDENCE = "place read from the title after its at sign, as every event of the listing writes it: {place!r}"


def listing_title_places(records: Sequence[ParsedRecord]) -> None:
    """Each event's place from its title's " @ <place>", when the whole listing is written so (see the module)."""
    events = [record for record in records if isinstance(record, RawEvent)]
    if len(events) < MIN_EVENTS:
        return
    if any(event.venue_name or event.address or event.city or event.online for event in events):
        return
    places = [title_place(event.title) for event in events]
    if any(venue is None for venue, _, _ in places):
        return
    for event, (venue, address, city) in zip(events, places, strict=True):
        event.venue_name, event.address, event.city = venue, address, city
        event.evidence.append(EVIDENCE.format(place=", ".join(part for part in (venue, address, city) if part)))
