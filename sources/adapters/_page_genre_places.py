"""A place that is only a kind of show: "Kino", "Divadlo", "Theater", "Cinema", "Konzert" alone. Pure.

A cultural centre's programme may print each card's kind on a line of its own under the date ("Kino", "Divadlo",
"Koncert"), in the spot or the class a place takes; read as the place, every film was "at Kino", every play "at
Divadlo": no venue anyone could find, and a wrong one when the centre's hall has a name. A venue field whose whole
text is one such word (a show's kind, or the generic noun for a building of that kind, in the languages the readers
know) names no place: the event keeps no venue, and says why.

Not such a field: a named place with that word ("Kino Světozor", "Theater am Hafen", "Orpheum Theatre", "Teatro
Real", "Cinema 1"), a room's noun ("Knihovna", "Foyer", "Kleiner Saal": the institution's own rooms), another
language's word not listed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters.base import ParsedRecord, RawEvent

GENRE_WORDS = frozenset(
    {"kino", "cinema", "cinéma", "cine", "film", "films", "divadlo", "theater", "theatre", "théâtre", "teatro",
     "teatr", "koncert", "konzert", "concert", "concerts", "konzerte", "opera", "oper", "opéra", "ballet",
     "ballett", "balet", "tanec", "tanz", "dance", "danse", "schauspiel", "musical", "výstava", "ausstellung",
     "exhibition", "exposition", "mostra", "kabarett", "cabaret", "literatura", "lesung", "přednáška", "vortrag"}
)  # fmt: skip
GENRE_EVIDENCE = "its place {place!r} is only a kind of show, not a venue: left out"


def genre_place(text: str | None) -> bool:
    """Whether a venue field's whole text is one word naming a kind of show (see the module)."""
    words = (text or "").strip(" \t\n.:;,-–|•·()[]").split()
    return len(words) == 1 and words[0].casefold() in GENRE_WORDS


def genre_places_off(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The page's records, a venue that is only a kind of show left out (see the module)."""
    kept = list(records)
    for record in kept:
        if isinstance(record, RawEvent) and not record.address and genre_place(record.venue_name):
            record.evidence = [*(record.evidence or []), GENRE_EVIDENCE.format(place=record.venue_name)]
            record.venue_name = None
    return kept
