"""Evaluation: pairwise precision, recall and F1 of predicted clusters against true labels."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

from events.pipeline.dedup.config import TRUTH_LENGTH, DedupResult


@dataclasses.dataclass(frozen=True, slots=True)
class Metrics:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int = 0
    true_pairs: int = 0
    correct_pairs: int = 0


def _pairs(sizes: Iterable[int]) -> int:
    return sum(size * (size - 1) // 2 for size in sizes)


def pair_metrics(results: Sequence[DedupResult], truth_clusters: Sequence[Hashable]) -> Metrics:
    """Pairwise precision/recall/F1 of the predicted clusters against true labels (one per result, in order)."""
    if len(results) != len(truth_clusters):
        raise ValueError(TRUTH_LENGTH.format(results=len(results), truth=len(truth_clusters)))
    predicted: dict[str, int] = defaultdict(int)
    truth: dict[Hashable, int] = defaultdict(int)
    both: dict[tuple[str, Hashable], int] = defaultdict(int)
    for result, label in zip(results, truth_clusters, strict=True):
        predicted[result.cluster] += 1
        truth[label] += 1
        both[(result.cluster, label)] += 1
    predicted_pairs, true_pairs, correct = _pairs(predicted.values()), _pairs(truth.values()), _pairs(both.values())
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Metrics(round(precision, 4), round(recall, 4), round(f1, 4), predicted_pairs, true_pairs, correct)
