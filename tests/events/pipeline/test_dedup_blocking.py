"""Blocking's candidate pairs are exactly those its rule names, each once (checked against every pair)."""

from __future__ import annotations

import itertools
from collections import Counter

from events.pipeline.dedup import DEFAULT_CONFIG
from events.pipeline.dedup.blocking import _candidates, _places
from events.pipeline.dedup.records import _Node, _nodes
from tests.events.pipeline.test_dedup import at, event
from tests.events.pipeline.test_dedup_batch import big_batch


def looks_up(node: _Node, other: _Node, frequency: Counter, batch_size: int) -> bool:
    """The rule from ``node``'s side: one of its rarest title words, a local day within one of its own, and one
    of ``other``'s places among those around ``node``."""
    if node.day is None or other.day is None or abs(node.day - other.day) > 1:
        return False
    rarest = sorted(node.title.prefixes, key=lambda prefix: (frequency[prefix], prefix))[: DEFAULT_CONFIG.block_words]
    around = set(_places(node, DEFAULT_CONFIG, around=True))
    return bool(set(rarest) & other.title.prefixes) and bool(around & set(_places(other, DEFAULT_CONFIG, around=False)))


def test_candidates_are_every_pair_the_rule_names_and_no_other():
    special = [
        event("coords-only", "Velvet Hours", at("20:05"), city=None, venue_name=None, latitude=12.9702, longitude=77.6401),
        event("with-city", "Velvet Hours", at("20:00"), latitude=12.97, longitude=77.64),
        event("next-day", "Velvet Hours Late", at("01:00", day="2026-12-06")),
        event("two-days-on", "Velvet Hours", at("20:00", day="2026-12-07")),
        event("all-day", "Velvet Market", "2026-12-05"),
        event("no-start", "Velvet Hours", ""),
    ]  # fmt: skip
    records = big_batch(240) + special
    existing = [{**record, "event_id": n} for n, record in enumerate(big_batch(60) + special[:3])]
    nodes = _nodes(records, existing, DEFAULT_CONFIG)
    batch_size = len(records)
    frequency = Counter(prefix for node in nodes for prefix in node.title.prefixes)

    found = list(_candidates(nodes, batch_size, DEFAULT_CONFIG))

    expected = {
        (a.index, b.index)
        for a, b in itertools.combinations(nodes, 2)
        if a.index < batch_size and (looks_up(a, b, frequency, batch_size) or looks_up(b, a, frequency, batch_size))
    }
    assert len(found) == len(set(found))
    assert all(i < j for i, j in found)
    assert set(found) == expected
    assert len(expected) > 100  # the batch has candidates to find, among them the special ones
    by_id = {node.external_id: node.index for node in nodes[:batch_size]}
    assert (by_id["coords-only"], by_id["with-city"]) in expected or (
        by_id["with-city"],
        by_id["coords-only"],
    ) in expected
