"""A room inside the building a feed item names (batch 28, feeds), for the ``rss`` adapter. Pure.

A library's or a campus's calendar gives each program's branch and its room in two elements of its own schema:
Springshare LibCal's ``libcal:campus`` ("Carbon Valley Regional Library") beside ``libcal:location`` ("Carbon
Valley Storytime Room", or empty). The room is where in the building the program runs, not the place a person
goes to: the venue is the building, the room after it ("Carbon Valley Regional Library, Carbon Valley Storytime
Room"), as ``_json_rooms`` reads a room under its cinema. With no room the building is the place; a room that
already names its building is left as written; a street address in the room's element is the building's address.
A building-named element that holds a link or a sentence names no building and is left out.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_extras import local_value
from sources.adapters._feed_listing import street_line
from sources.adapters.common import http_url

# Local names of an element naming the building an item's event is in (any namespace prefix).
BUILDING_NAMES = ("campus", "branch", "building", "facility")
MAX_BUILDING = 80  # characters: a name, not a text about the place
MAX_BUILDING_WORDS = 8


def item_building(entry: Mapping[str, Any]) -> str | None:
    """The text of the item's building-named element, if any (checked by ``in_building``)."""
    return local_value(entry, BUILDING_NAMES)


def in_building(room: str | None, building: str | None) -> tuple[str | None, str | None]:
    """(venue, address) for a room (the item's place element, or None) inside the named building. The room as it
    was, with no address, when the building is no name (a link, a sentence) or the room already names it."""
    if not building or not _a_name(building):
        return room, None
    if not room:
        return building, None
    if street_line(room.partition(",")[0].strip()):  # "410 Pine St, Greeley, CO": the building's address
        return building, room
    folded_room, folded_building = room.casefold(), building.casefold()
    if folded_building in folded_room:
        return room, None
    if folded_room in folded_building:
        return building, None
    return f"{building}, {room}", None


def _a_name(text: str) -> bool:
    return not http_url(text) and len(text) <= MAX_BUILDING and len(text.split()) <= MAX_BUILDING_WORDS
