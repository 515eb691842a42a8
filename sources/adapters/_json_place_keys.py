"""A place named under a key the venue's words do not read as written (batch 76, APIs): a place word glued to "name"
in one lower-case word, and a list of the rooms an item is held in.

* ``glued_place_words``: Opendatasoft's export of OpenAgenda's events writes the venue as ``"placename":
  "Notre-Dame du Bon Conseil"`` beside its ``"address"``; the key's words split camelCase and snake_case, not a
  lower-case compound, so "placename" named nothing and the place was left out. A key that is one place word glued
  to a name's word ("placename", "venuename", "locationname", "roomname", "buildingname"; "name" first too:
  "nameplace") is read as those two words. Not: "sitename" (a website's name), "placeholder", "lastname", a place
  word glued to anything else ("placeid", "venuetype", "locationcode").
* ``listed_names``: CodeMash's session API writes the rooms a session is held in as a list (``"Room": null,
  "Rooms": ["Salon H", "Salon A"]``); a column of lists is no text column, so the place was left out. Under a place
  word's key, a column whose values are short lists (at most MAX_NAMES) of short names, in at least READ_SHARE of
  the items that have it, is read as those names joined by ", " (the ``json_api`` reader joins such a list the
  same way). Not: lists under other keys ("Tags", "Speakers"), lists of web addresses, numbers or ids (``"location":
  ["p2"]`` points into a list of places, read by the join), long lists (a venue's facilities, a festival's stages),
  lists of objects (read as places elsewhere).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_shapes import Column

# Place words a key may glue "name" to; "site" is left out (a "sitename" is a website's name).
GLUED_PLACES = frozenset({"place", "venue", "location", "room", "building", "stadium", "arena", "theatre", "theater",
                          "cinema", "hall", "lieu", "lugar", "ort"})  # fmt: skip
GLUED_NAMES = ("name", "title", "label")
LIST_PLACES = frozenset({"room", "rooms", "venue", "venues", "location", "locations", "place", "places", "hall",
                         "halls", "stage", "stages"})  # fmt: skip
MAX_NAMES = 4
MAX_NAME = 80
READ_SHARE = 0.8


def place_keys(column: Column) -> tuple[Column, set[str]]:
    """The column as a venue is scored on (lists of names joined) and its key's words with glued place words split
    and a joined list's plural key read as its singular ("Rooms" → room)."""
    joined = listed_names(column)
    names = set(column.key_words) | glued_place_words(column.key_words)
    if joined is not column:
        names |= {name[:-1] for name in names & LIST_PLACES if name.endswith("s")}
    return joined, names


def glued_place_words(names: Iterable[str]) -> set[str]:
    """The two words of each key word that glues a place word to a name's ("placename" → place, name)."""
    found: set[str] = set()
    for name in names:
        for tail in GLUED_NAMES:
            if name.endswith(tail) and name[: -len(tail)] in GLUED_PLACES:
                found |= {name[: -len(tail)], tail}
            elif name.startswith(tail) and name[len(tail) :] in GLUED_PLACES:
                found |= {tail, name[len(tail) :]}
    return found


def listed_names(column: Column) -> Column:
    """The column with its lists of place names joined ("Rooms": ["Salon H", "Salon A"] → "Salon H, Salon A") when
    its key is a place word's and its values are such lists; the column itself otherwise. The place word is the key's
    last (its head noun: "Rooms", "sessionRooms"; not "locationTags", "roomTypes": tags and kinds, review54)."""
    if not column.key_words or column.key_words[-1].lower() not in LIST_PLACES:
        return column
    present = column.present
    lists = [value for value in present if isinstance(value, list)]
    if not lists or len(lists) < READ_SHARE * len(present) or not all(map(_names, lists)):
        return column
    joined = [", ".join(value) if isinstance(value, list) and value else value for value in column.values]
    return Column(column.path, joined)


def _names(value: list[object]) -> bool:
    return 0 < len(value) <= MAX_NAMES and all(isinstance(each, str) and _name(each) for each in value)


def _name(text: str) -> bool:
    """A place's name: short, with a word of three letters or more ("Salon H", "Sagewood"); not an id the item
    points with ("location": ["p2"], read by joining a list of places), a number or a web address."""
    return (
        len(text) <= MAX_NAME and "://" not in text and any(len(word) >= 3 and word.isalpha() for word in text.split())
    )
