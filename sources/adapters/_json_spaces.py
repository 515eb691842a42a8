"""The room a schedule lists its sessions under, as their place (batch 36, APIs).

A conference programme groups its sessions by day and then by room: ``{"days": [{"date", "spaces": [{"name":
"Techarenan", "sessions": [{"title", "start_time", "end_time"}]}]}]}`` (Pentabarf and frab write ``"rooms"``, a
festival ``"stages"``, a venue's calendar ``"halls"``). The session says nothing of where it is: the container it
is listed under does, by its name, and the key that holds the containers says they are places. A container under
any other key (a "track", a "group", a "category", a "day") names what the sessions are about or when, not where.

Used only when the items have no place of their own (``_json_places_read``).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import words

__all__ = ["space_venue"]

# The keys whose objects are the places a programme's sessions are held in.
SPACE_KEYS = frozenset({"space", "spaces", "room", "rooms", "stage", "stages", "hall", "halls", "venue", "venues",
                        "location", "locations", "auditorium", "auditoriums", "screen", "screens"})  # fmt: skip
NAME_LEAVES = ("name", "title", "label")
MIN_SHARE = 0.6  # most sessions sit in a named room


def space_venue(columns: Mapping[str, Any], used: set[str]) -> Any:
    """The name column of the container the items sit in when the key holding such containers names places
    ("^spaces.name", "^rooms.title"), or None. ``columns``: a sample's columns by path."""
    for path, column in columns.items():
        if not path.startswith(MARK) or path in used or column.share < MIN_SHARE:
            continue
        container, _, leaf = path[len(MARK) :].rpartition(".")
        if "." in container or leaf.lower() not in NAME_LEAVES:
            continue
        key = words(container)
        if key and key[-1] in SPACE_KEYS and column.strings():
            return column
    return None
