"""What the rest of a source's feed is, as evidence for a listing whose own words say nothing sure.

Most feeds hold one kind of event: a council's calendar is its bodies' meetings, a tech group's is its meetups, a
nature centre's its walks and programmes. A listing of such a feed titled by its subject alone ("Urban Analysis and
Python Geoprocessing", "Owls of the Marsh") is a guess for the text model, reported with low confidence; the feed's
other listings, read with confidence in the same batch (a source's own label, a keyword rule, the model sure of
itself) and, where the caller has them, its recent published events, say what the feed is. When most of them share one
category, that category is better evidence than the guess.

A feed of many kinds (an aggregator, a library, a festival) has no such majority and is left alone; a listing the
rules or a source label decided, or that the model read with confidence, is never changed. Pure: the caller groups the
batch by source (events/services/processing.py: the Source a record came from, with its recent published events'
categories; bench/eval.py: the labelled row's source file, no history).
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Hashable, Mapping, Sequence

from .config import DEFAULT_CONFIG, CategorizeConfig, CategoryResult
from .venue_history import decided_by_prior


@dataclasses.dataclass(frozen=True, slots=True)
class ConsensusConfig:
    min_events: int = 3  # fewer confidently read listings of the source in the batch than this: it says nothing
    min_share: float = 0.75  # the source's main category must be at least this share of them
    # A feed this one-sided, this large, decides with confidence; a weaker one pre-fills the category a moderator sees,
    # still flagged low-confidence.
    sure_share: float = 0.9
    sure_events: int = 8
    max_confidence: float = 0.8  # a feed's majority is never as sure as the listing's own words
    trusted_methods: tuple[str, ...] = ("source_label", "rules", "moderator")
    # The model counts as the source's evidence where it was not flagged (CategorizeConfig.min_confidence): a feed's
    # listings read at 0.5-0.8 agree with their feed as often as the sure ones (chosen on the dev split and the real
    # candidate rows of events/pipeline/data/candidates, every row of which is a training-side source's feed).


DEFAULT_CONSENSUS_CONFIG = ConsensusConfig()

# source → category → how many of its recent published events were categorized with confidence (the caller's query)
SourceHistory = Mapping[Hashable, Mapping[str, int]]


def confident(result: CategoryResult, config: ConsensusConfig = DEFAULT_CONSENSUS_CONFIG) -> bool:
    """Whether a result counts as the source's evidence: a label or a rule decided it, or the model read it without
    the low-confidence flag. A result another prior decided (venue, source) is not evidence of its own."""
    if result.method in config.trusted_methods:
        return True
    return result.method == "model" and not result.low_confidence


def source_priors(
    results: Sequence[CategoryResult],
    sources: Sequence[Hashable | None],
    config: ConsensusConfig = DEFAULT_CONSENSUS_CONFIG,
    history: SourceHistory | None = None,
) -> dict[Hashable, tuple[str, float, bool]]:
    """source → (its main category, that category's share of its confident results, whether the source is sure of
    it), for each source whose confident results in the batch, with its history's, are enough and mostly agree.

    Only the batch can make a source sure: its history (what it was read as before, counted once per stored listing)
    helps name the main category, but a guess it settles stays flagged for a moderator unless the listings fetched
    together are themselves one-sided enough. A feed that changes what it lists is not decided by its past alone."""
    counts: dict[Hashable, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    batch: dict[Hashable, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for source, by_category in (history or {}).items():
        counts[source].update({category: count for category, count in by_category.items() if count > 0})
    for result, source in zip(results, sources, strict=True):
        if source is not None and confident(result, config):
            counts[source][result.category] += 1
            batch[source][result.category] += 1
    priors: dict[Hashable, tuple[str, float, bool]] = {}
    for source, by_category in counts.items():
        total = sum(by_category.values())
        if total < config.min_events:
            continue
        category, count = max(by_category.items(), key=lambda item: (item[1], item[0]))
        share = count / total
        if share >= config.min_share:
            own = batch.get(source, collections.Counter())
            own_total = sum(own.values())
            sure = own_total >= config.sure_events and own[category] / own_total >= config.sure_share
            priors[source] = (category, share, sure)
    return priors


def with_source_consensus(
    results: Sequence[CategoryResult],
    sources: Sequence[Hashable | None],
    *,
    history: SourceHistory | None = None,
    config: ConsensusConfig = DEFAULT_CONSENSUS_CONFIG,
    categorize_config: CategorizeConfig = DEFAULT_CONFIG,
) -> list[CategoryResult]:
    """Each result, or — when the text model only guessed (low confidence) and the listing's source has a main
    category in the batch — that category, with method "source": confident (the share, at most max_confidence) when
    the source is sure (ConsensusConfig.sure_share of sure_events), else still a guess (at most name_only_confidence,
    flagged)."""
    priors = source_priors(results, sources, config, history)
    updated: list[CategoryResult] = []
    for result, source in zip(results, sources, strict=True):
        prior = priors.get(source) if source is not None else None
        if prior is None or result.method != "model" or not result.low_confidence:
            updated.append(result)
            continue
        category, share, sure = prior
        decided = decided_by_prior(
            result, category, min(share, config.max_confidence), sure=sure, method="source", config=categorize_config
        )
        updated.append(dataclasses.replace(decided, category_confidence=round(decided.category_confidence, 4)))
    return updated
