"""Records a page's script keeps as a normalized cache rather than as a list: a GraphQL client's store (Apollo's
``__APOLLO_STATE__``, in a Next.js page's ``__NEXT_DATA__`` or assigned to ``window``) keys every record by its type
and id ("Event:1", "Group:1", "Venue:7") and links records by reference ({"__ref": "Group:1"}). The JSON readers
look for lists of records; here each type's records become one list, their references followed one step, so a
Meetup group's or search page's events read as any listing does.

Only a map whose keys are mostly "Type:id" and whose records say they are of that type ("__typename") is read: a
dictionary of settings, of translations or of ids to numbers is none. Pure and bounded (nodes visited, records).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import Any

# "Event:1", "Group:31139455", "Venue:27110412", "Event:{\"id\":\"1\"}": a type's name, a colon, its id.
ENTITY_KEY = re.compile(r"([A-Z][A-Za-z0-9_]{0,60}):\S{1,200}")
MAX_NODES = 5_000  # JSON nodes looked at for a map
MAX_DEPTH = 6  # how deep a map may sit ("props.pageProps.__APOLLO_STATE__")
MAX_RECORDS = 2_000  # records of one map read


def entity_lists(value: Any) -> Iterator[list[dict[str, Any]]]:
    """For each normalized cache within ``value``: its records of each type, as lists, references followed once
    (a record's {"__ref": "Venue:7"} replaced by the venue's own record). Types in the order first seen."""
    for store in _stores(value):
        groups: dict[str, list[dict[str, Any]]] = {}
        for count, (key, record) in enumerate(store.items()):
            if count >= MAX_RECORDS:
                break
            kind = _typed(key, record)
            if kind is not None:
                groups.setdefault(kind, []).append(_followed(record, store))
        yield from groups.values()


def _typed(key: Any, record: Any) -> str | None:
    """The type a store's entry is of ("Event" for "Event:1" holding {"__typename": "Event", …}), or None."""
    match = ENTITY_KEY.fullmatch(key) if isinstance(key, str) else None
    if match is None or not isinstance(record, dict) or record.get("__typename") != match.group(1):
        return None
    return match.group(1)


def _stores(value: Any) -> Iterator[dict[str, Any]]:
    """The objects within ``value`` (breadth first, bounded) that are normalized caches: at least one record
    typed by its key, and such records at least half of the keys that are not the cache's own bookkeeping
    ("ROOT_QUERY", "$Group:1.stats")."""
    queue: deque[tuple[Any, int]] = deque([(value, 0)])
    seen = 0
    while queue and seen < MAX_NODES:
        node, depth = queue.popleft()
        seen += 1
        if isinstance(node, list):
            queue.extend((item, depth + 1) for item in node[:50] if depth < MAX_DEPTH)
            continue
        if not isinstance(node, dict):
            continue
        keys = [key for key in node if isinstance(key, str) and not key.startswith(("ROOT_", "$", "__"))]
        typed = sum(1 for key in keys[:MAX_RECORDS] if _typed(key, node[key]) is not None)
        if typed and 2 * typed >= len(keys):
            yield node
            continue
        if depth < MAX_DEPTH:
            queue.extend((item, depth + 1) for item in node.values() if isinstance(item, dict | list))


def _followed(record: dict[str, Any], store: dict[str, Any]) -> dict[str, Any]:
    """``record`` with each reference it holds (a field's, or a list's item's) replaced by the referenced record."""
    out: dict[str, Any] = {}
    for field, item in record.items():
        if isinstance(item, list):
            out[field] = [_target(part, store) for part in item[:100]]
        else:
            out[field] = _target(item, store)
    return out


def _target(item: Any, store: dict[str, Any]) -> Any:
    """The record a reference names ({"__ref": "Group:1"}, or the older {"type": "id", "id": "Group:1"}), else
    ``item`` itself."""
    if not isinstance(item, dict):
        return item
    ref = item.get("__ref") if "__ref" in item else item.get("id") if item.get("type") == "id" else None
    target = store.get(ref) if isinstance(ref, str) else None
    return target if isinstance(target, dict) else item
