"""Layers 1 and 2: the same record (source and external_id, or one published event), and identifiers that
several sources share (an iCalendar UID and occurrence, an event or ticket URL)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence

from events.pipeline.dedup.config import SAME_EVENT, SAME_RECORD, SAME_UID, SAME_URL, DedupConfig
from events.pipeline.dedup.records import _Node
from events.pipeline.dedup.scoring import _cheap_veto, _Edge


def _identity_edges(nodes: Sequence[_Node], batch_size: int) -> list[_Edge]:
    """Layer 1: copies of one (source, external_id), and the listings of one existing event."""
    records: dict[tuple[str, str], int] = {}
    events: dict[str, int] = {}
    edges: list[_Edge] = []
    for node in nodes:
        if node.external_id:
            first = records.setdefault(node.identity, node.index)
            if first != node.index and first < batch_size:
                edges.append(_Edge(first, node.index, 1.0, "same", "identity", {"identity": 1.0}, SAME_RECORD))
        if node.event_id is not None:
            first = events.setdefault(node.event_id, node.index)
            if first != node.index:
                edges.append(_Edge(first, node.index, 1.0, "same", "identity", {"identity": 1.0}, SAME_EVENT))
    return edges


def _shared(groups: Mapping[Hashable, list[int]], nodes: Sequence[_Node], batch_size: int) -> Iterable[tuple[int, int]]:
    for members in groups.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if i < batch_size and nodes[i].source != nodes[j].source:
                    yield i, j


def _url_groups(nodes: Sequence[_Node]) -> dict[Hashable, list[int]]:
    """Nodes by URL, without URLs one source gives to several of its records (a series page, a venue's
    what's-on page): those name a place or a series, not one event."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node in nodes:
        for key in node.url_keys:
            groups[key].append(node.index)
            owners[(key, node.source)].add(node.external_id or node.label)
    ambiguous = {key for (key, _source), labels in owners.items() if len(labels) > 1}
    return {key: members for key, members in groups.items() if key not in ambiguous and len(members) > 1}


def _identifier_edges(nodes: Sequence[_Node], batch_size: int, config: DedupConfig) -> list[_Edge]:
    """Layer 2: the same iCalendar UID and occurrence, or the same URL, from different sources."""
    uids: dict[Hashable, list[int]] = defaultdict(list)
    for node in nodes:
        if node.uid is not None:
            uids[node.uid].append(node.index)
    edges = [
        _Edge(i, j, 1.0, "merge", "identifier", {"uid": 1.0}, SAME_UID) for i, j in _shared(uids, nodes, batch_size)
    ]
    # The same URL on another day is a series page: URL matches must pass the vetoes like any other pair, and
    # a start one zone offset off is for a moderator (layer 3), not an automatic link.
    for i, j in _shared(_url_groups(nodes), nodes, batch_size):
        if _cheap_veto(nodes[i], nodes[j], config, None) is None:
            edges.append(_Edge(i, j, 1.0, "merge", "identifier", {"url": 1.0}, SAME_URL))
    return edges
