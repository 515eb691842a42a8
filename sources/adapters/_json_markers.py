"""A calendar's status markers, which are not events (batch 38, APIs).

A work calendar's list (Google Calendar's events.list and the tools that wrap it) holds, beside its meetings,
entries that only mark the owner's state: where they work that day (``"eventType": "workingLocation"``), their
absence (``"outOfOffice"``) and their blocked hours (``"focusTime"``). Each has a title ("Working Location",
"Out of office"), a start and an end, as an event has; its declared type says it is a marker of someone's day,
nothing one goes to. An item whose own type key ("eventType", "event_type", "type", "kind") names such a marker
is kept out, as an item its source flags as gone is (``_json_gone``); an item of any other type ("default",
"birthday", "workshop"), or a marker word under another key (a "title" of "Out of office"), is read as before.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

__all__ = ["status_marker"]

# The type's key: the record's own ("eventType", "event_type", "type", "kind"), not a part's ("locationType").
TYPE_WORDS = frozenset({"type", "kind"})
TYPE_OWNERS = frozenset({"event", "entry", "item"})
# The markers, written as one word or apart ("outOfOffice", "out_of_office", "Working location").
MARKERS = frozenset({"workinglocation", "outofoffice", "focustime"})
MAX_VALUE = 40  # a type is a short name, not a text


def status_marker(names: Set[str], value: Any) -> bool:
    """Whether an item's key (its lower-cased words: ``names``) and value say the item is a status marker of
    someone's day, not an event."""
    if not isinstance(value, str) or len(value) > MAX_VALUE:
        return False
    if not names & TYPE_WORDS or names - TYPE_WORDS - TYPE_OWNERS:
        return False
    return "".join(char for char in value.lower() if "a" <= char <= "z") in MARKERS
