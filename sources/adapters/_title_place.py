"""The place a feed or API item's title names after an at sign ("Skunk D.F. @ Sala Arena, Madrid"), for an item
that states no place of its own: its venue, then a city (one short part after a comma) or an address (more).

Only " @ " with a space each side (not an address or a handle), the last one, with a name before it; a
parenthesis closing the title ("(Gira 20 aniversario)") is the tour's, not the place's. What follows the sign is no
place when it is a date or a clock ("@ Sat Dec 5", "@ 8pm", "@ 20:00"), an online room ("@ Zoom"), or longer than
a place's name. The title itself is left as it is: the pipeline's title rules (``events.pipeline.titles``) drop a
trailing segment that names the event's own venue.

Pure and without regular expressions (read once, linear on any text); the leading underscore keeps this module out
of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_dates import MONTHS
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

SIGN = " @ "
MAX_PLACE = 120  # characters: a venue, a street and a city
MAX_WORDS = 14
MAX_CITY_WORDS = 3
ONLINE_ROOMS = frozenset({"zoom", "online", "virtual", "teams", "youtube", "twitch", "discord", "webinar", "jitsi"})
CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "noon", "midnight", "tba", "tbc", "tbd"})
DATE_WORDS = frozenset(MONTHS) | frozenset(ENGLISH_WEEKDAYS)
NOTHING: tuple[None, None, None] = (None, None, None)


def title_place(title: str | None) -> tuple[str | None, str | None, str | None]:
    """(venue, address, city) the title names after its last " @ ", or nothing."""
    if not title or SIGN not in title:
        return NOTHING
    name, _, place = title.rpartition(SIGN)
    place = place.strip()
    if place.endswith(")") and "(" in place:
        place = place[: place.rfind("(")].strip()
    if name.rstrip().endswith("@") or not any(character.isalpha() for character in name):
        return NOTHING  # "A @ @ B": no name before the sign
    if not place or len(place) > MAX_PLACE:
        return NOTHING
    said = [word.strip(".,;:!?()").lower() for word in place.split()]
    if len(said) > MAX_WORDS or not place[0].isalnum() or "@" in place or "(" in place or _when_or_online(said, place):
        return NOTHING
    venue, _, rest = (part.strip() for part in place.partition(","))
    if not venue:
        return NOTHING
    if not rest:
        return venue, None, None
    city = "," not in rest and len(rest.split()) <= MAX_CITY_WORDS and rest[0].isupper() and not _has_digit(rest)
    return (venue, None, rest) if city else (venue, rest, None)


def _when_or_online(said: list[str], place: str) -> bool:
    """A date, a clock or an online room, not a place."""
    if set(said) & ONLINE_ROOMS or set(said) & CLOCK_WORDS:
        return True
    if any(word[:1].isdigit() and (word.endswith(("am", "pm")) or ":" in word) for word in said):
        return True  # "8pm", "20:00"
    return _has_digit(place) and bool(set(said) & DATE_WORDS)


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)


def with_title_place(texts: dict[str, Any], title: str | None) -> dict[str, Any]:
    """An item's text fields with the place its title names, when they state none (no venue, address or city)."""
    if any(texts.get(field) for field in ("venue_name", "address", "city")):
        return texts
    venue, address, city = title_place(title)
    return texts if venue is None else {**texts, "venue_name": venue, "address": address, "city": city}
