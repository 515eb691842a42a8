"""Records a page's script keeps as a normalized cache rather than as a list: a GraphQL client's store (Apollo's
``__APOLLO_STATE__``, in a Next.js page's ``__NEXT_DATA__`` or assigned to ``window``) keys every record by its type
and id ("Event:1", "Group:1", "Venue:7") and links records by reference ({"__ref": "Group:1"}). The JSON readers
look for lists of records; here each type's records become one list, their references followed one step, so a
Meetup group's or search page's events read as any listing does.

Only a map whose keys are mostly "Type:id" and whose records say they are of that type ("__typename") is read: a
dictionary of settings, of translations or of ids to numbers is none. A store a client keeps without type names
(Apollo's ``addTypename: false``) is read too when the key holding it names the store ("__APOLLO_STATE__",
"apolloState"): there the "Type:id" keys alone type the records. Pure and bounded (nodes visited, records).
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
# The key a page stores the cache under ("__APOLLO_STATE__", "apolloState", "APOLLO_STATE"): says what the map is.
STORE_KEY = re.compile(r"_{0,2}apollo_?state_{0,2}", re.IGNORECASE)


def entity_lists(value: Any) -> Iterator[list[dict[str, Any]]]:
    """For each normalized cache within ``value``: its records of each type, as lists, references followed once
    (a record's {"__ref": "Venue:7"} replaced by the venue's own record). Types in the order first seen."""
    for store, named in stores(value):
        groups: dict[str, list[dict[str, Any]]] = {}
        for count, (key, record) in enumerate(store.items()):
            if count >= MAX_RECORDS:
                break
            kind = typed(key, record, named=named)
            if kind is not None:
                groups.setdefault(kind, []).append(_followed(record, store))
        yield from groups.values()


def typed(key: Any, record: Any, *, named: bool = False) -> str | None:
    """The type a store's entry is of ("Event" for "Event:1" holding {"__typename": "Event", …}), or None. In a
    store its key names (``named``) a record without "__typename" is of its key's type; one naming another is not."""
    match = ENTITY_KEY.fullmatch(key) if isinstance(key, str) else None
    if match is None or not isinstance(record, dict):
        return None
    typename = record.get("__typename")
    if typename != match.group(1) and not (named and typename is None):
        return None
    return match.group(1)


def stores(value: Any) -> Iterator[tuple[dict[str, Any], bool]]:
    """The objects within ``value`` (breadth first, bounded) that are normalized caches, each with whether the key
    holding it names such a store: at least one record typed by its key, and such records at least half of the
    keys that are not the cache's own bookkeeping ("ROOT_QUERY", "$Group:1.stats")."""
    queue: deque[tuple[Any, int, bool]] = deque([(value, 0, False)])
    seen = 0
    while queue and seen < MAX_NODES:
        node, depth, named = queue.popleft()
        seen += 1
        if isinstance(node, list):
            queue.extend((item, depth + 1, False) for item in node[:50] if depth < MAX_DEPTH)
            continue
        if not isinstance(node, dict):
            continue
        keys = [key for key in node if isinstance(key, str) and not key.startswith(("ROOT_", "$", "__"))]
        typed_count = sum(1 for key in keys[:MAX_RECORDS] if typed(key, node[key], named=named) is not None)
        if typed_count and 2 * typed_count >= len(keys):
            yield node, named
            continue
        if depth < MAX_DEPTH:
            queue.extend(
                (item, depth + 1, isinstance(key, str) and STORE_KEY.fullmatch(key) is not None)
                for key, item in node.items()
                if isinstance(item, dict | list)
            )


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
