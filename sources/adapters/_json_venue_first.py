"""A record that names two places alike: a "venue" object and a "location" (or "place") object, each with a name
(a ticketing API's ``"references": {"location": [{"name": "Konzerthaus, Rolf-Böhme-Saal", "formatted": "…"}],
"venue": [{"name": "Konzerthaus Freiburg", "street": …, "formatted": "…"}]}``). The two name columns score the
same (same depth, same share), and the first in key order used to win: often the "location", which such an API
uses for the hall or spot inside the building, written with the name glued before the address ("Alte Mälzerei -
Alte Bergsteige 7, 74821 Mosbach"). "Venue" says nothing but the place an event is held at, so on a tie its name
is the venue's; and the one full address line to read is then the one in the venue's own object.

Only a tie is broken: a venue column that is sparser or deeper than the other place's name still loses to it. The
other place's name is not always lost: a hall inside the venue's building is kept with it (``hall_in_venue``).

A key naming a theatre or a cinema ("theatre", "CinemaName") loses such a tie (``theatre_tie``): it is the place where
it is the only one, as a cinema chain's schedule writes it, but beside a "location" or a "venue" it as often names
the company that plays ("theatre": "Complicité", "location": "Barbican Centre").
Pure: no database, no network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sources.adapters._json_config import HALL as HALL  # re-exported: the venue name format read here
from sources.adapters._json_field_lists import parent as field_parent

if TYPE_CHECKING:  # the column's shape only: _json_shapes reads values through _json_mapping, which uses this module
    from sources.adapters._json_shapes import Column

VENUE_HOLDERS = frozenset({"venue", "venues"})
THEATRE_WORDS = frozenset({"theatre", "theater", "cinema"})  # a key naming the theatre or cinema a show is in
STREET_KEY_WORDS = frozenset({"address", "street", "addr"})  # a key naming where the place is, not what it is called
# Below any real difference between two columns' scores (depth counts 0.1, share 1/len(sample)).
TIE_BREAK = 0.001


def venue_tie_break(column: Column) -> float:
    """The few thousandths a place-name column earns for sitting in a "venue" object ("venue.name",
    "references.venue.0.name"): enough to win a tie, never to outweigh a real difference. A key that says it
    holds the place's street ("venue_address" beside "venue_name", as Eventful's events write them) gives them up:
    on a tie the venue's name is its name, and the street stays the address."""
    return (TIE_BREAK if column.context_words & VENUE_HOLDERS else 0.0) - place_tie(column)


def venue_key_tie(column: Column) -> float:
    """The few thousandths a key that is itself "venue" earns over another place word's key on a tie: beside a
    "location" (often the town, a tour's "location": "Tokyo" beside its "venue": "Tokyo Dome City Hall") the
    venue's key names the place the event is held at."""
    return TIE_BREAK if set(column.key_words) & VENUE_HOLDERS else 0.0


def place_tie(column: Column) -> float:
    """What a place key that is not a venue's name gives up on a tie: a theatre's, a street's."""
    return theatre_tie(column) + street_tie(column)


def street_tie(column: Column) -> float:
    """The few thousandths a key naming a street or an address gives up to a place's name."""
    return TIE_BREAK if set(column.key_words) & STREET_KEY_WORDS else 0.0


def theatre_tie(column: Column) -> float:
    """The few thousandths a key naming a theatre or a cinema gives up: a tie with another place's key goes to it."""
    return TIE_BREAK if set(column.key_words) & THEATRE_WORDS else 0.0


def venue_line_first(full_lines: Sequence[str], venue_path: str | None) -> list[str]:
    """The full address lines with the one in the chosen venue's own object first (stable otherwise)."""
    if venue_path is None:
        return list(full_lines)
    home = field_parent(venue_path)
    return sorted(full_lines, key=lambda path: field_parent(path) != home)


# --- the hall inside the venue's building ------------------------------------------------------------------
# When the other place's name is the building's name and a hall in it ("Konzerthaus, Rolf-Böhme-Saal" beside the
# venue "Konzerthaus Freiburg"), the venue alone loses where in the building the event is: the hall is kept before
# the venue ("Rolf-Böhme-Saal, Konzerthaus Freiburg"), record by record (``"format": "hall"`` on the venue's
# name, its paths the other place's name and then the venue's). The other name is the building's and a hall when
# its first part (up to a comma or a spaced dash) opens the venue's name and its rest is a short name: a number in
# it only beside a hall's noun ("Studio 2", "Saal 3"); a rest with a street's number, a postcode or a comma is the
# building's address ("Alte Mälzerei - Alte Bergsteige 7, 74821 Mosbach"), and a name that is not the venue's
# building another place: the venue alone, as before.
OTHER_PLACE_HOLDERS = frozenset({"location", "locations", "place", "places"})
NAME_LEAVES = frozenset({"name", "title", "label"})
HALL_SPLIT = re.compile(r",| [-–—] ")  # values are read with their spaces collapsed
POSTCODE = re.compile(r"\d{4}")  # a postcode's (or a year's) digits: an address, not a hall
HALL_NOUN = re.compile(
    r"(?<!\w)(?:saal|sala|salle|hall|room|studio|stage|b[üu]hne|raum|zaal|foyer|auditorium|screen|kino|theater)(?!\w)",
    re.IGNORECASE,
)
MAX_HALL = 40  # characters: a hall's name, not a description
MAX_HALL_WORDS = 5


def hall_in_venue(other: object, venue: object) -> str | None:
    """The venue's name with the hall the other place's name puts inside its building before it; the venue's name
    alone when the other is no hall of it; the other's when the record names no venue."""
    other = " ".join(other.split()) if isinstance(other, str) else ""
    venue = " ".join(venue.split()) if isinstance(venue, str) else ""
    if not venue:
        return other or None
    hall = _hall(other, venue)
    return f"{hall}, {venue}" if hall else venue


def _hall(other: str, venue: str) -> str | None:
    parts = HALL_SPLIT.split(other, maxsplit=1)
    if len(parts) != 2:
        return None
    building, rest = parts[0].strip().casefold(), parts[1].strip()
    name = venue.casefold()
    if not building or not (name == building or name.startswith(building + " ")):
        return None
    if not rest or len(rest) > MAX_HALL or len(rest.split()) > MAX_HALL_WORDS or "," in rest or POSTCODE.search(rest):
        return None
    if any(character.isdigit() for character in rest) and not HALL_NOUN.search(rest):
        return None  # "Alte Bergsteige 7": a street and its number, where "Studio 2", "Saal 3" are halls
    return None if rest.casefold() in name else rest


def hall_column(columns: Mapping[str, Column], venue: Column, used: set[str]) -> Column | None:
    """The other place's name beside a "venue" object's ("references.location.0.name" beside
    "references.venue.0.name") when at least one sampled item's reads as a hall in the venue's building."""
    if not venue.context_words & VENUE_HOLDERS:
        return None
    for column in columns.values():
        if column.path in used or column.path == venue.path or VENUE_HOLDERS & column.context_words:
            continue
        if not (column.context_words & OTHER_PLACE_HOLDERS and set(column.key_words) & NAME_LEAVES):
            continue
        pairs = zip(column.values, venue.values, strict=False)
        if any(
            isinstance(o, str) and isinstance(v, str) and _hall(" ".join(o.split()), " ".join(v.split()))
            for o, v in pairs
        ):
            return column
    return None
