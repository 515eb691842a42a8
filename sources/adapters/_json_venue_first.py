"""A record that names two places alike: a "venue" object and a "location" (or "place") object, each with a name
(a ticketing API's ``"references": {"location": [{"name": "Konzerthaus, Rolf-Böhme-Saal", "formatted": "…"}],
"venue": [{"name": "Konzerthaus Freiburg", "street": …, "formatted": "…"}]}``). The two name columns score the
same (same depth, same share), and the first in key order used to win: often the "location", which such an API
uses for the hall or spot inside the building, written with the name glued before the address ("Alte Mälzerei -
Alte Bergsteige 7, 74821 Mosbach"). "Venue" says nothing but the place an event is held at, so on a tie its name
is the venue's; and the one full address line to read is then the one in the venue's own object.

Only a tie is broken: a venue column that is sparser or deeper than the other place's name still loses to it.

A key naming a theatre or a cinema ("theatre", "CinemaName") loses such a tie (``theatre_tie``): it is the place where
it is the only one, as a cinema chain's schedule writes it, but beside a "location" or a "venue" it as often names
the company that plays ("theatre": "Complicité", "location": "Barbican Centre").
Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Sequence

from sources.adapters._json_field_lists import parent as field_parent
from sources.adapters._json_fields import THEATRE_WORDS
from sources.adapters._json_shapes import Column

VENUE_HOLDERS = frozenset({"venue", "venues"})
# Below any real difference between two columns' scores (depth counts 0.1, share 1/len(sample)).
TIE_BREAK = 0.001


def venue_tie_break(column: Column) -> float:
    """The few thousandths a place-name column earns for sitting in a "venue" object ("venue.name",
    "references.venue.0.name"): enough to win a tie, never to outweigh a real difference."""
    return (TIE_BREAK if column.context_words & VENUE_HOLDERS else 0.0) - theatre_tie(column)


def theatre_tie(column: Column) -> float:
    """The few thousandths a key naming a theatre or a cinema gives up: a tie with another place's key goes to it."""
    return TIE_BREAK if set(column.key_words) & THEATRE_WORDS else 0.0


def venue_line_first(full_lines: Sequence[str], venue_path: str | None) -> list[str]:
    """The full address lines with the one in the chosen venue's own object first (stable otherwise)."""
    if venue_path is None:
        return list(full_lines)
    home = field_parent(venue_path)
    return sorted(full_lines, key=lambda path: field_parent(path) != home)
