"""A place written in one of two keys, and a room beside its building (batch 43, feeds).

A university's events export (XML read as records) writes the building in ``<Location>`` when the university owns
it and in ``<LocationUnaffiliated>`` when it does not: one of the two is empty in every record, and ``<Room>``
holds the room in either case. The inference took the room ("Room 914") as the venue, since it is filled in every
record while "Location" is filled in two of three, and the building ("Gladfelter Hall") was lost.

- *Twins*: a place key and a sibling whose key words are its own plus one qualifier ("LocationUnaffiliated",
  "venue_other") are one field written in two keys when no sampled record fills both and both hold text, not
  codes or links: they are read as one, whichever is filled.
- *A room beside its building*: when the venue chosen is a room ("Room", "Raum", "sala", "stage") and a sibling
  key names the building or the place ("Location", "venue", "building", "site"), filled with its twins in at least
  half the records and with text of its own (not the room's), the venue is the building followed by the room
  ("Gladfelter Hall, Room 914").

Refused: two keys both filled in one record (a "location" and a "location_detail" say two things); a twin whose
extra word names a code, an id, a link or a coordinate ("location_id", "venue_url", "location_lat"); a twin that
holds numbers; a building key far from the room (another object's "location"); a room with no building beside it,
or one whose building is filled in too few records, stays the venue alone.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping

from sources.adapters._json_shapes import Column, text_column, url_share

# The keys that name the room an event is in: part of a building, not where a person goes.
ROOM_WORDS = frozenset({"room", "raum", "sala", "salle", "saal", "zaal", "stage", "auditorium"})
# The keys that name where an event is: a building, a venue, a site.
BUILDING_WORDS = frozenset({"location", "venue", "building", "place", "site", "facility", "where", "ort", "lieu"})
# A qualifier that makes a key another field, not the same one written elsewhere.
NOT_TWIN_WORDS = frozenset({
    "id", "ids", "code", "key", "ref", "uuid", "url", "uri", "link", "href", "lat", "latitude", "lng", "lon",
    "long", "longitude", "geo", "type", "kind", "count", "number", "no", "num", "map", "image", "img", "photo",
    "description", "details", "detail", "notes", "note", "info", "status", "slug", "zip", "postal", "address",
    "city", "state", "country", "phone", "email",
})  # fmt: skip
MIN_BUILDING_SHARE = 0.5


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def _texts(column: Column) -> bool:
    """Text written for people: not links, not numbers."""
    strings = column.strings()
    return (
        text_column(column)
        and url_share(column) <= 0.5
        and not any(text.replace(".", "", 1).replace("-", "", 1).isdigit() for text in strings)
    )


def twins(columns: Mapping[str, Column], column: Column, used: set[str]) -> list[Column]:
    """The column and the siblings that write the same field in another key, the column first."""
    own = column.key_words
    found = [column]
    for other in columns.values():
        if other.path == column.path or other.path in used or _parent(other.path) != _parent(column.path):
            continue
        extra = list(other.key_words)
        for word in own:
            if word in extra:
                extra.remove(word)
        if len(extra) != 1 or len(other.key_words) != len(own) + 1 or extra[0] in NOT_TWIN_WORDS:
            continue
        if not _texts(other) or any(
            _filled(a) and _filled(b) for a, b in zip(column.values, other.values, strict=False)
        ):
            continue
        found.append(other)
    return found


def _filled(value: object) -> bool:
    return value not in (None, "", [], {})


def _share(group: list[Column]) -> float:
    rows = list(zip(*(column.values for column in group), strict=False))
    return sum(1 for row in rows if any(_filled(value) for value in row)) / len(rows) if rows else 0.0


def room_building(columns: Mapping[str, Column], venue: Column, used: set[str]) -> list[Column] | None:
    """The building's columns (a key and its twins) beside the room chosen as the venue, or None."""
    if not set(venue.key_words) & ROOM_WORDS:
        return None
    for column in columns.values():
        names = set(column.key_words)
        if column.path in used or column.path == venue.path or _parent(column.path) != _parent(venue.path):
            continue
        if not names & BUILDING_WORDS or names & ROOM_WORDS or len(names) != 1 or not _texts(column):
            continue
        group = twins(columns, column, used | {venue.path})
        if _share(group) < MIN_BUILDING_SHARE:
            continue
        pairs = zip(column.values, venue.values, strict=False)
        if any(isinstance(a, str) and isinstance(b, str) and a.strip() == b.strip() and a.strip() for a, b in pairs):
            continue  # the "location" repeats the room: no building
        return group
    return None
