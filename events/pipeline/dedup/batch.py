"""`dedupe_batch`: the layers put together, and one result per batch record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from events.pipeline.dedup.ambiguity import _without_ambiguous_links
from events.pipeline.dedup.blocking import _common_words, _scored_edges
from events.pipeline.dedup.clusters import _canonical, _Clusters, _link, _strength
from events.pipeline.dedup.config import DEFAULT_CONFIG, DedupConfig, DedupResult, DedupStats
from events.pipeline.dedup.identifiers import _identifier_edges, _identity_edges
from events.pipeline.dedup.records import _Node, _nodes
from events.pipeline.dedup.scoring import _Edge


def _best_links(
    outcome: list[_Edge], clusters: _Clusters, batch_size: int
) -> tuple[dict[int, _Edge], dict[int, _Edge]]:
    """Per batch record: its strongest link inside its cluster, and its best pair with another cluster."""
    linked: dict[int, _Edge] = {}
    other: dict[int, _Edge] = {}
    for edge in outcome:
        together = clusters.find(edge.a) == clusters.find(edge.b)
        if together != (edge.band in ("same", "merge")):
            continue  # a weak pair inside one cluster says nothing more
        table = linked if together else other
        for end in (edge.a, edge.b):
            if end < batch_size and (end not in table or _strength(edge) > _strength(table[end])):
                table[end] = edge
    return linked, other


def _result(node: _Node, canonical: _Node, edge: _Edge | None, nodes: Sequence[_Node], linked: bool) -> DedupResult:
    cluster = canonical.label if canonical.event_id is not None else f"{canonical.source}:{canonical.external_id}"
    duplicate_of = canonical.label if linked and canonical.index != node.index else None
    if edge is None:
        return DedupResult(cluster, duplicate_of, 0.0, "distinct", "score", {})
    partner = nodes[edge.b if edge.a == node.index else edge.a]
    scores = dict(edge.scores)
    return DedupResult(
        cluster, duplicate_of, edge.similarity, edge.band, edge.layer, scores, partner.label, edge.reason
    )


def _results(
    nodes: Sequence[_Node], batch_size: int, clusters: _Clusters, outcome: list[_Edge], config: DedupConfig
) -> list[DedupResult]:
    linked, other = _best_links(outcome, clusters, batch_size)
    canonical: dict[int, _Node] = {}
    results: list[DedupResult] = []
    for i in range(batch_size):
        root = clusters.find(i)
        if root not in canonical:
            canonical[root] = _canonical(clusters.members[root], nodes, config)
        link = linked.get(i)
        results.append(_result(nodes[i], canonical[root], link or other.get(i), nodes, link is not None))
    return results


def dedupe_batch(
    records: Sequence[Mapping[str, Any]],
    *,
    existing: Iterable[Mapping[str, Any]] = (),
    config: DedupConfig = DEFAULT_CONFIG,
    stats: DedupStats | None = None,
) -> list[DedupResult]:
    """One result per record, in order. `existing`: listings of published events near the batch (§4.1 dicts
    with an `event_id`); a record that matches one gets `duplicate_of` "event:<id>". Deterministic.
    Pass a `DedupStats` to learn how many pairs blocking let through."""
    stats = stats if stats is not None else DedupStats()
    nodes = _nodes(records, existing, config)
    batch_size = len(records)
    stats.records, stats.existing = batch_size, len(nodes) - batch_size
    edges = _identity_edges(nodes, batch_size) + _identifier_edges(nodes, batch_size, config)
    common = _common_words(nodes, config)  # one set for scoring and for the cluster vetoes
    edges += _scored_edges(nodes, batch_size, config, stats, common)
    edges = _without_ambiguous_links(edges, nodes, config)
    clusters = _Clusters(nodes, config, common)
    return _results(nodes, batch_size, clusters, _link(edges, clusters, stats), config)
