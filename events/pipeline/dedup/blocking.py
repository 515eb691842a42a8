"""Layer 3 candidates: only records that share a place, a local day (±1) and a rare title word are scored."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from events.pipeline.dedup.config import BLOCKING_LEFTOVERS, DedupConfig, DedupStats
from events.pipeline.dedup.records import _Node
from events.pipeline.dedup.scoring import Listed, _Edge, _score


def _places(node: _Node, config: DedupConfig, *, around: bool) -> list[str]:
    """Every place key a node has: its city, its venue, its grid cell (or, when looking for candidates, the
    four cells around its nearest cell corner, which hold every point within half a cell). All of them, so a
    record with only coordinates meets one with only a city name."""
    keys: list[str] = []
    if node.city:
        keys.append(f"c|{node.city}")
    if node.venue:
        keys.append("v|" + " ".join(node.venue))
    if node.latitude is not None and node.longitude is not None:
        y, x = node.latitude / config.grid_degrees, node.longitude / config.grid_degrees
        if around:
            keys.extend(f"g|{cy}|{cx}" for cy in (round(y) - 1, round(y)) for cx in (round(x) - 1, round(x)))
        else:
            keys.append(f"g|{math.floor(y)}|{math.floor(x)}")
    return keys


def _index(nodes: Sequence[_Node], config: DedupConfig) -> dict[tuple[str, int], list[tuple[int, frozenset[str]]]]:
    """(title word, local day) → (node, the node's places), in node order."""
    blocks: dict[tuple[str, int], list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for node in nodes:
        if node.day is not None:
            entry = (node.index, frozenset(_places(node, config, around=False)))
            for prefix in node.title.prefixes:
                blocks[(prefix, node.day)].append(entry)
    return blocks


def _candidates(nodes: Sequence[_Node], batch_size: int, config: DedupConfig) -> Iterable[tuple[int, int]]:
    """Pairs (i, j), i < j, at least one a batch record, that share a place, a local day (±1) and a title word.

    Never all pairs. Each node looks up only its rarest words in the batch, so a crowded city evening full
    of "night" and "live" is cut down; both sides of a pair look, so a title that adds words to the other's
    is still found from the shorter side. A pair sharing no word would fail the title gate anyway.

    Looked up by word and day, then kept when a place is shared: one lookup per word and day instead of one per
    place, word and day (most of which held nobody). A bucket spans the batch's places, which are few: batches
    are cut by city and day (events/services/blocks.py). The pairs come in no particular order (the linking
    sorts them)."""
    blocks = _index(nodes, config)
    frequency = Counter(prefix for node in nodes for prefix in node.title.prefixes)
    seen: set[tuple[int, int]] = set()
    for node in nodes:
        day, index = node.day, node.index
        if day is None:
            continue
        rarest = sorted(node.title.prefixes, key=lambda prefix: (frequency[prefix], prefix))[: config.block_words]
        around = frozenset(_places(node, config, around=True))
        for prefix in rarest:
            for key in ((prefix, day - 1), (prefix, day), (prefix, day + 1)):
                for j, places in blocks.get(key, ()):
                    if j == index or places.isdisjoint(around):
                        continue
                    pair = (index, j) if index < j else (j, index)
                    if pair[0] < batch_size and pair not in seen:
                        seen.add(pair)
                        yield pair


def _listed(nodes: Sequence[_Node]) -> Listed:
    """Who lists what when: (source, start, title word prefix) of every timed record."""
    return frozenset(
        (node.source, node.minutes, prefix)
        for node in nodes
        if node.minutes is not None
        for prefix in node.title.prefixes
    )


def _common_words(nodes: Sequence[_Node], config: DedupConfig) -> frozenset[str]:
    """Title words so many of the batch's titles carry that sharing one says little about two listings."""
    counts = Counter(token for node in nodes for token in set(node.title.tokens))
    floor = max(config.common_word_min, config.common_word_share * len(nodes))
    return frozenset(token for token, count in counts.items() if count >= floor)


def _scored_edges(
    nodes: Sequence[_Node], batch_size: int, config: DedupConfig, stats: DedupStats, common: frozenset[str]
) -> list[_Edge]:
    edges: list[_Edge] = []
    listed = _listed(nodes)
    for i, j in _candidates(nodes, batch_size, config):
        stats.pairs_compared += 1
        edge = _score(nodes[i], nodes[j], config, stats, common, listed)
        if edge.reason not in BLOCKING_LEFTOVERS:  # most candidates: they say nothing about either record
            edges.append(edge)
    return edges
