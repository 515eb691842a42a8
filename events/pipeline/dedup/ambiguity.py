"""Links that the pair alone cannot judge: a listing that states no place, which matches listings at two or more
different named places as well as it matches one of them.

"Lunch at the Library" at 12:00 with no place, beside the same title at 12:00 at the Roseland branch and at the
Windsor branch (or two clean-ups at different parks at one hour, and a third listing of the same clean-up that
names no park): each pair alone reads as one event, but the placeless listing can be only one of them, and nothing
it states says which. Without this, the strongest link wins and the cluster veto keeps the rest apart, so the
listing joins whichever place came first. A moderator decides instead."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from events.pipeline.dedup.config import PLACE_AMBIGUOUS, DedupConfig
from events.pipeline.dedup.records import _Node
from events.pipeline.dedup.scoring import _different_places, _Edge, _named_apart, _states_no_place


def _ambiguous(node: int, partners: list[int], nodes: Sequence[_Node], config: DedupConfig) -> bool:
    """Two of the placeless node's merge partners are at two different named places, named in their place fields
    or in their titles ("Heron Walk" beside "Heron Walk @ Larkspur Park" and "Heron Walk @ Cedar Park")."""
    placed = [nodes[p] for p in partners if not _states_no_place(nodes[p]) or nodes[p].title.sites]
    return any(
        _different_places(first, second, config) or _named_apart(first, second)
        for i, first in enumerate(placed)
        for second in placed[i + 1 :]
    )


def _without_ambiguous_links(edges: list[_Edge], nodes: Sequence[_Node], config: DedupConfig) -> list[_Edge]:
    """The scored links, with every merge of a listing that states no place sent to review when its merge
    partners include two different named places. Links by identity or shared identifier are evidence of their
    own and are kept; so is a placeless listing's link to a single place, however many listings name it."""
    partners: dict[int, list[int]] = defaultdict(list)
    for edge in edges:
        if edge.layer == "score" and edge.band == "merge":
            for end, other in ((edge.a, edge.b), (edge.b, edge.a)):
                if _states_no_place(nodes[end]):
                    partners[end].append(other)
    ambiguous = {
        node for node, others in partners.items() if len(others) > 1 and _ambiguous(node, others, nodes, config)
    }
    if not ambiguous:
        return edges
    return [
        dataclasses.replace(edge, band="review", reason=PLACE_AMBIGUOUS)
        if edge.layer == "score" and edge.band == "merge" and (edge.a in ambiguous or edge.b in ambiguous)
        else edge
        for edge in edges
    ]
