"""Lists beside the chosen one whose items are the same kind of event: a member's bookings and waiting list.

Deciplus answers a member's upcoming classes as ``{"bookings": [{"booking": {…}}], "waitingBookings": [{"booking":
{…}, "waitIndex": 13}]}``: two lists under one object, each of classes read the same way (the same title and the
same start). The inference picks one list; the others under the same object whose own reading names and dates
them by the same fields are read too (the config's ``"also"``: their paths), unless they list the same items
again (a "featured" list repeating some of the events, by their ids) or their key says they are over (Squarespace's
``"past"`` beside ``"upcoming"``: what was on, not what is) or off (``"cancelledBookings"``, ``"drafts"``: its
items carry no flag of their own). A list beside it that reads by other fields (the venues, the speakers, the days)
is something else and stays out.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_gone import DRAFT_STATES, GONE_STATES, GONE_WORDS, NOT_PUBLIC
from sources.adapters._json_mapping import resolve
from sources.adapters._json_shapes import words

SAME_READING = ("title", "start")
PAST_WORDS = frozenset({"past", "previous", "prev", "archive", "archived", "history", "ended", "finished", "former"})
# A list whose key says its items are off or not public ("cancelledBookings", "deleted", "drafts"): its items
# carry no such flag of their own (the list says it), so read with the rest they would be live events.
OFF_WORDS = frozenset(
    {"cancelled", "canceled", "cancellations", "declined", "rejected", "refused", "withdrawn", "drafts", "trash",
     *GONE_WORDS, *GONE_STATES, *DRAFT_STATES, *NOT_PUBLIC}
)  # fmt: skip
ALSO_EVIDENCE = "also ← {paths} (beside it, the same kind of item: named and dated by the same fields)"


def sibling_paths(data: Any, config: Mapping[str, Any], readings: Mapping[str, Any]) -> list[str]:
    """The paths of the lists under the same object as ``config["items"]`` that read with the same title and
    start and list other items."""
    path = config.get("items")
    if not path or any(key in config for key in ("parents", "join", "one_event")):
        return []
    parent_path, _, own = str(path).rpartition(".")
    parent = resolve(data, parent_path) if parent_path else data
    if not isinstance(parent, Mapping) or not isinstance(parent.get(own), list):
        return []
    mapping = config["mapping"]
    ids = _ids(parent[own], mapping)
    found = []
    for key, value in parent.items():
        other = f"{parent_path}.{key}" if parent_path else str(key)
        reading = readings.get(other)
        if (
            key == own
            or not isinstance(value, list)
            or reading is None
            or set(words(str(key))) & (PAST_WORDS | OFF_WORDS)
        ):
            continue
        if any(reading.config["mapping"].get(field) != mapping.get(field) for field in SAME_READING):
            continue
        if ids and ids & _ids(value, mapping):
            continue  # the same items listed again
        found.append(other)
    return found


def _ids(items: list[Any], mapping: Mapping[str, Any]) -> set[str]:
    spec = mapping.get("external_id")
    if not isinstance(spec, str):
        return set()
    return {str(value) for item in items if isinstance(item, Mapping) and (value := resolve(item, spec)) is not None}
