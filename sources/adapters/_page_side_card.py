"""A side card that gives the hour and the place of the event the page is about. Pure.

An event's own page may give its day under its main heading ("<h1>Planning decisions committee</h1><p>Tuesday 28 May
2024</p>") and its hour and place in a card beside it: the place's name as the card's heading, then "Date and time:
6:30pm Tuesday 28 May 2024" and "Address: 333 Bridge Road Richmond". Read as blocks, that is two events on one day:
the heading's, without an hour, and the card's, named after the place. When the page's main heading names exactly one
of its events, that one has no hour, and exactly one other event starts at an hour on the same day and labels a place
in its text ("Address:", "Location:", "Venue:", "Where:"), the card is that event's facts: its hour is the event's,
its heading the event's place with the card's own place line as the address, and it is no event of its own. A card
on another day, or one that labels no place, stays an event; so do a page's cards when its heading names none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sources.adapters._place_labels import LABEL_IN_TEXT
from sources.adapters.base import ParsedRecord, RawEvent

# A line of the card that labels the place it gives ("Address:", "Location:", "Raum:"), at the start of a line.
PLACE_LABEL = LABEL_IN_TEXT
CARD_EVIDENCE = "hour and place from the card beside the page's heading ({card!r}), on the event's own day"


def _words(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def side_card_merged(records: Iterable[ParsedRecord], heading: str | None) -> list[ParsedRecord]:
    """The records, the page's own event given the hour and place of the card beside it (see the module)."""
    kept = list(records)
    events = [record for record in kept if isinstance(record, RawEvent) and record.title]
    owned = [
        e for e in events if heading and _words(e.title) == _words(heading) and not isinstance(e.start, dt.datetime)
    ]
    if len(owned) != 1:
        return kept
    event = owned[0]
    cards = [
        other
        for other in events
        if other is not event
        and isinstance(other.start, dt.datetime)
        and other.start.date() == event.start
        and PLACE_LABEL.search(other.description or "")
    ]
    if len(cards) != 1:
        return kept
    card = cards[0]
    event.start, event.all_day, event.timezone = card.start, False, card.timezone or event.timezone
    event.end = card.end if event.end is None else event.end
    event.venue_name = card.title
    event.address = card.venue_name if card.venue_name and _words(card.venue_name) != _words(card.title) else None
    event.evidence = [*(event.evidence or []), CARD_EVIDENCE.format(card=card.title)]
    return [record for record in kept if record is not card]
