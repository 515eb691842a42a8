"""Clusters: a union-find that refuses to join listings that must stay apart, linking from the strongest
edge down, and the choice of each cluster's canonical record."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from events.pipeline.dedup.config import CONFLICT, DedupConfig, DedupStats
from events.pipeline.dedup.records import _Node
from events.pipeline.dedup.scoring import (
    _cheap_veto,
    _different_places,
    _distance,
    _Edge,
    _numbers_differ,
    _pair_tokens,
    _shared_site,
)
from events.pipeline.normalize import FIELDS

LAYER_RANK: Mapping[str, int] = {"identity": 2, "identifier": 1, "score": 0}
BAND_RANK: Mapping[str, int] = {"same": 3, "merge": 2, "review": 1, "distinct": 0}


class _Clusters:
    """Union-find that refuses a union joining two listings that must stay apart."""

    def __init__(self, nodes: Sequence[_Node], config: DedupConfig, common: frozenset[str] = frozenset()) -> None:
        self.nodes = nodes
        self.config = config
        self.common = common  # the batch's common title words, as the pairs were scored with
        self.parent = list(range(len(nodes)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
        self.vetoes: dict[tuple[int, int], bool] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return True
        if not force and not self._compatible(root_a, root_b):
            return False
        if len(self.members[root_a]) < len(self.members[root_b]):
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.members[root_a].extend(self.members.pop(root_b))
        return True

    def _compatible(self, root_a: int, root_b: int) -> bool:
        events = {self.nodes[m].event_id for m in (*self.members[root_a], *self.members[root_b])} - {None}
        if len(events) > 1:
            return False
        return not any(self._apart(x, y) for x in self.members[root_a] for y in self.members[root_b])

    def _apart(self, x: int, y: int) -> bool:
        a, b = self.nodes[x], self.nodes[y]
        if a.identity == b.identity or (a.uid is not None and a.uid == b.uid):
            return False
        pair = (min(x, y), max(x, y))
        if pair not in self.vetoes:
            self.vetoes[pair] = self._veto(a, b)
        return self.vetoes[pair]

    def _veto(self, a: _Node, b: _Node) -> bool:
        if _cheap_veto(a, b, self.config, None) is not None:
            return True
        distance = _distance(a, b)
        if distance is not None and distance > self.config.max_distance_km:
            return True
        if _different_places(a, b, self.config) and not _shared_site(a, b):
            return True
        if not (a.title.numbers and b.title.numbers) and not (a.title.ages and b.title.ages):
            return False  # nothing numbered on one side: the titles need not be compared
        tokens_a, tokens_b = _pair_tokens(a, b, self.config, self.common)
        return _numbers_differ(a, b, tokens_a, tokens_b)


def _strength(edge: _Edge) -> tuple[int, int, float]:
    return (BAND_RANK[edge.band], LAYER_RANK[edge.layer], edge.similarity)


def _link(edges: list[_Edge], clusters: _Clusters, stats: DedupStats) -> list[_Edge]:
    """Union along the links, strongest first; a refused merge goes to review instead."""
    outcome: list[_Edge] = []
    for edge in sorted(edges, key=lambda e: (-LAYER_RANK[e.layer], -e.similarity, e.a, e.b)):
        if edge.band not in ("same", "merge"):
            outcome.append(edge)
        elif clusters.union(edge.a, edge.b, force=edge.layer == "identity"):
            stats.links += 1
            outcome.append(edge)
        else:
            stats.refused += 1
            outcome.append(dataclasses.replace(edge, band="review", reason=CONFLICT))
    return outcome


def _rank(node: _Node, config: DedupConfig) -> tuple[int, int, int, str, int]:
    """Sort key, best first: trust, source priority, completeness, first seen, batch order."""
    record = node.record
    trust = config.trust_priority.get(str(record.get("trust_level")), config.trust_priority.get("standard", 0))
    priority = config.source_priority.get(node.source, config.default_source_priority)
    first_seen = record.get("first_seen")
    return (-trust, -priority, -_completeness(record), first_seen if isinstance(first_seen, str) else "~", node.index)


def _present(value: object) -> bool:
    return value not in (None, "", "unknown") and value != [] and value != {}


def _completeness(record: Mapping[str, Any]) -> int:
    return sum(1 for field in FIELDS if _present(record.get(field)))


def _canonical(members: list[int], nodes: Sequence[_Node], config: DedupConfig) -> _Node:
    if len(members) == 1:
        return nodes[members[0]]
    published = [nodes[m] for m in members if nodes[m].event_id is not None]
    if published:  # a published Event stays the canonical one: new listings link to it (§6.1)
        return min(published, key=lambda node: node.index)
    return min((nodes[m] for m in members), key=lambda node: _rank(node, config))
