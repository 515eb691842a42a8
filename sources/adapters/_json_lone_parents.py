"""Events that list their occurrences, beside events that happen once and list none. Pure.

An API may give a recurring event its dates as a list of occurrences inside it, each a slice of the event's own
time, written with the event's own keys, while an event that happens once keeps its one start and end on itself
and has no such list: Facebook's Graph API writes ``"event_times": [{"id", "start_time", "end_time"}, …]`` in a
recurring event beside its own ``start_time``/``end_time``, and nothing in a single one. The nested reading
(``_json_nested``) takes the occurrences as the items, each with its event's fields under ``^``; the events with
no list then gave nothing, and a page's single events went unread beside its weekly meet-up (batch 60).

``lone_parents(elements, key)`` tells, in a list of objects whose lists under ``key`` are the items read, which
objects have none (the key missing or its list empty) yet stand for one occurrence themselves: every occurrence
found in the other objects' lists is such a slice -- it has no name of its own (``NAME_KEYS``), and every key all
of them share (more than an id) is a key of the object too (its own start and end, as each occurrence has). Such
an object, itself named, is read as its own one occurrence (``_json_nested.nested_items``). Not an object whose
list holds things with names of their own (a day's sessions), nor one that lacks the occurrences' keys (a film
with no showtime has no start of its own): those still give nothing.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A container's own name, as shows and films write it (also _json_nested's test of a named container).
NAME_KEYS = ("title", "name", "summary", "label")
ID_KEYS = frozenset({"id", "_id", "uuid", "key"})


def _occurrences(element: Any, key: str) -> list[Mapping[str, Any]] | None:
    """The objects of an element's list under ``key``; None when the element is no object or the list holds
    anything else."""
    if not isinstance(element, Mapping):
        return None
    value = element.get(key)
    if value in (None, []):
        return []
    if not isinstance(value, list) or not all(isinstance(inner, Mapping) for inner in value):
        return None
    return value


def named(node: Mapping[str, Any]) -> bool:
    """Whether an object names itself: a text under one of NAME_KEYS."""
    return any(isinstance(node.get(name), str) and node[name].strip() for name in NAME_KEYS)


def lone_parents(elements: list[Any], key: str) -> frozenset[int]:
    """The positions of the elements that have no occurrences under ``key`` but are one themselves (see above)."""
    lists = [_occurrences(element, key) for element in elements]
    if any(found is None for found in lists):
        return frozenset()
    slices = [inner for found in lists if found for inner in found]
    if not slices:
        return frozenset()
    if any(named(inner) for inner in slices):
        return frozenset()
    shared = set(slices[0]).intersection(*slices[1:])
    if not shared - ID_KEYS:  # an id alone is no slice of anything's time
        return frozenset()
    return frozenset(
        position
        for position, (element, found) in enumerate(zip(elements, lists, strict=True))
        if not found and named(element) and shared <= set(element)
    )
