"""A JSON answer that is, or holds, a GraphQL client's normalized cache (Apollo's store: every record keyed by its
type and id, "Event:1", "Location:10", and linked by reference, {"__ref": "Location:10"}), read as lists.

The JSON readers look for lists of records; such a store has none (its connection's edges hold references only),
and read as one object keyed by ids its records were taken for one event's fields. Here each store within the
document is replaced by its records grouped by type ({"Event": [...], "Location": [...]}), in the order first seen,
each reference followed up to ``MAX_FOLLOWED`` steps (an event's place, the place's city), so the events read as any
listing does and their places as nested objects. What a store is, is ``_page_entity_maps``'s rule (keys mostly
"Type:id" whose records say they are of that type): a map of settings, of ids to numbers or of translations is none,
and a document holding no store is returned as it is. Pure and bounded (nodes visited, records, steps).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_mixed_kinds import only_event_kinds
from sources.adapters._json_paths import resolve
from sources.adapters._page_entity_maps import MAX_DEPTH as STORE_DEPTH
from sources.adapters._page_entity_maps import MAX_RECORDS, stores, typed

MAX_FOLLOWED = 3  # reference steps followed from a record (an event → its place → the place's city)
MAX_COPIED = 20_000  # nodes copied while following references, for the whole document
MAX_DEPTH = 12  # how deep the copy of a record (its own nesting and what it references) goes


def event_kinds_read(data: Any) -> Any:
    """The document as the inferring reader takes it: its stores as lists of records (``stores_as_lists``), then
    each list of mixed declared kinds cut to its events (``_json_mixed_kinds``)."""
    return only_event_kinds(stores_as_lists(data))


def configured_read(data: Any, config: Mapping[str, Any]) -> Any:
    """The document as a configured source reads it: as it is where its configured list is there, else its stores
    as lists (a draft inferred from a store names the store's "Event" list, which only the regrouped document
    has)."""
    items = config.get("items")
    if not isinstance(items, str) or resolve(data, items) is not None:
        return data
    return stores_as_lists(data)


def stores_as_lists(data: Any) -> Any:
    """``data`` with each normalized cache within it replaced by its records grouped by type, references
    followed; ``data`` itself when it holds none."""
    budget = [MAX_COPIED]
    groups = {id(store): _groups(store, named, budget) for store, named in stores(data)}  # one walk of the document
    found = {key: grouped for key, grouped in groups.items() if grouped}
    return _replaced(data, found) if found else data


def _groups(store: dict[str, Any], named: bool, budget: list[int]) -> dict[str, Any]:
    """The store's records by type, each with its references followed."""
    groups: dict[str, list[Any]] = {}
    for count, (key, record) in enumerate(store.items()):
        if count >= MAX_RECORDS:
            break
        kind = typed(key, record, named=named)
        if kind is not None:
            groups.setdefault(kind, []).append(_followed(record, store, 0, 0, budget, (kind,)))
    return groups


def _followed(
    node: Any, store: dict[str, Any], steps: int, depth: int, budget: list[int], kinds: tuple[str, ...] = ()
) -> Any:
    """A copy of ``node`` with each reference in it replaced by the record it names, up to MAX_FOLLOWED steps of
    reference and MAX_DEPTH levels; a reference past them, or naming nothing in the store, is kept as written. So is
    one back, through another type, to a type already on the way (``kinds``; review47: a venue's list of its
    events, under each event's venue, made every event twice); a chain of one type ("next") is followed."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        return [_followed(item, store, steps, depth + 1, budget, kinds) for item in node[:100]]
    if not isinstance(node, dict):
        return node
    ref = node.get("__ref") if len(node) == 1 else None
    if isinstance(ref, str):
        target = store.get(ref)
        kind = _kind(ref, target)
        if steps >= MAX_FOLLOWED or not isinstance(target, dict) or kind in kinds[:-1]:
            return node  # a way back through another type (an event's venue's events); a chain of one type is followed
        return _followed(
            target, store, steps + 1, depth + 1, budget, kinds if kinds[-1:] == (kind,) else (*kinds, kind)
        )
    return {key: _followed(value, store, steps, depth + 1, budget, kinds) for key, value in node.items()}


def _kind(ref: str, target: Any) -> str:
    """The type a reference names: its record's ``__typename``, else the key's part before its colon."""
    named = target.get("__typename") if isinstance(target, dict) else None
    return named if isinstance(named, str) else ref.partition(":")[0]


def _replaced(node: Any, groups: dict[int, dict[str, Any]], depth: int = 0) -> Any:
    """``node`` with each store (by identity) replaced by its groups; the containers on the way copied (no deeper
    than a store is looked for: below that, nodes are kept as they are)."""
    if id(node) in groups:
        return groups[id(node)]
    if depth > STORE_DEPTH:
        return node
    if isinstance(node, dict):
        return {key: _replaced(value, groups, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_replaced(item, groups, depth + 1) for item in node]
    return node
