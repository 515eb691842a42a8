"""A room inside the venue the items sit in, and a place named by its lookup's label (batch 22, APIs).

A cinema's showtimes grouped under their theatre ({theaters: [{name, address, sessionTypes: [{sessions: [{room:
"Sala 3 - LASER", ...}]}]}]}) name the screen on each showing and the cinema once, above them. The showing's own
"room" is where in the building it runs, not the place a person goes to: the venue is the theatre's name (a
container with a street address beside its name, ``container_venue``), and the room stays after it
("Cine Araújo Campo Limpo, Sala 3 - LASER"). A room with no such container around it is still the place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_nested import MARK, container_venue
from sources.adapters._json_shapes import Column, words

# A part of a building that holds a showing, a talk or a set: a room, a screen, a hall, a stage.
ROOM_KEYS = frozenset({"room", "sala", "salle", "saal", "screen", "hall", "auditorium", "stage"})


def room_in_venue(columns: Mapping[str, Any], venue: Column, used: set[str]) -> Column | None:
    """The name of the venue around the items when the venue chosen is the item's own room: the container's
    name column, or None (the room is not the item's own, or nothing around it is a venue)."""
    if venue.path.startswith(MARK) or MARK in venue.path or not set(venue.key_words) & ROOM_KEYS:
        return None
    return container_venue(columns, used | {venue.path})


# --- a place given as a lookup's label ---------------------------------------------------------------------------
# Tessitura and other ticketing back offices give every lookup as {"Id": 47, "Description": "Detroit Opera House"}
# (the facility, the season, the time slot), and repeat it flat ("FacilityDescription"): under a key naming the
# place, a short one-line "description" with no name beside it is the place's name, not a text about it.
PLACE_KEYS = frozenset({"venue", "location", "place", "facility", "building", "theatre", "theater", "hall", "site"})
LABEL_LEAVES = frozenset({"description", "desc"})
MAX_LABEL = 80
MAX_LABEL_WORDS = 8  # a name, not a sentence ("The connection details are available only to participants.")


def labelled_place(columns: Mapping[str, Column], used: set[str]) -> Column | None:
    """The place's name given as its lookup's "Description" ("Facility.Description", "FacilityDescription"): a few
    words on one line, not a sentence, in every sampled item that has it; the nested form first. None when there
    is no such column."""
    found: list[tuple[int, str, Column]] = []
    for path, column in columns.items():
        if path in used or path.startswith(MARK) or MARK in path:
            continue
        parent, _, leaf = path.rpartition(".")
        leaf_words = set(words(leaf))
        if not leaf_words & LABEL_LEAVES or column.share < 0.3 or not _labels(column):
            continue
        if parent and set(words(parent.rpartition(".")[2])) & PLACE_KEYS and not _named(columns, parent):
            found.append((0, path, column))
        elif not parent and leaf_words & PLACE_KEYS and len(leaf_words) == 2:
            found.append((1, path, column))
    return min(found, key=lambda entry: entry[:2])[2] if found else None


def _labels(column: Column) -> bool:
    strings = column.strings()
    return bool(strings) and len(strings) == len(column.present) and all(_label(text) for text in strings)


def _label(text: str) -> bool:
    return (
        len(text) <= MAX_LABEL
        and len(text.split()) <= MAX_LABEL_WORDS
        and "\n" not in text
        and "<" not in text
        and not text.endswith((".", "!", "?", ":"))
    )


def _named(columns: Mapping[str, Column], parent: str) -> bool:
    return any(f"{parent}.{leaf}" in columns for leaf in ("name", "Name", "title", "Title", "label", "Label"))
