"""What a venue usually hosts, as evidence for a listing whose title says nothing about itself.

A bare performer or show name with no description ("The Velvet Loons", "Harbour Lights") is a guess for the text
model: it reports it with low confidence, flagged for a moderator. But the listing has a place, and most places
host one kind of thing: a club's calendar is concerts, a comedy club's is stand-up. When the venue's
earlier events were categorized with confidence (a source's own label, a keyword rule, a moderator, or the model
sure of itself), the category most of them share is better evidence than the guess.

Pure: the caller supplies the history (events/services/processing.py `venue_category_counts` reads it from
published events);
`bench/eval.py` simulates it from the labelled rows of earlier listings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Mapping, Sequence

from .config import DEFAULT_CONFIG, CategorizeConfig, CategoryResult, Method

# venue key (the Venue's id in the pipeline) → category → how many confidently categorized events it hosted
History = Mapping[Hashable, Mapping[str, int]]


@dataclasses.dataclass(frozen=True, slots=True)
class VenueHistoryConfig:
    # Fewer confidently categorized events than this: the venue says nothing yet. Two that agree already beat the
    # text model's guess; below sure_events the category they give stays a flagged guess for a moderator. Chosen on
    # the training side only (bench/categories_venue_loo.py: the dev split and the candidates' real rows, each row's
    # past its venue's other rows): 5 → 2 gains 1 of 168 on dev and 6 of 276 candidates with their labels as the past,
    # 0 and 1 with the categorizer's own trusted results, and loses none; 1 loses a candidate row.
    min_events: int = 2
    min_share: float = 0.6  # the venue's main category must be at least this share of them
    max_confidence: float = 0.8  # a venue prior is never as sure as the listing's own words
    # Only a venue this one-sided, this often, decides with confidence; a weaker one pre-fills the category a
    # moderator sees, still flagged low-confidence (a club that is 60% music and 40% comedy knows no comedian).
    sure_share: float = 0.9
    sure_events: int = 10
    # What counts as a confident category in the history: these methods, or the model at least this sure.
    trusted_methods: tuple[str, ...] = ("source_label", "rules", "moderator")
    min_model_confidence: float = 0.8


DEFAULT_HISTORY_CONFIG = VenueHistoryConfig()


def venue_prior(
    counts: Mapping[str, int], config: VenueHistoryConfig = DEFAULT_HISTORY_CONFIG
) -> tuple[str, float, bool] | None:
    """The venue's main category, its share (at most max_confidence) and whether the venue is sure of it, when
    enough events say it; else None."""
    total = sum(count for count in counts.values() if count > 0)
    if total < config.min_events:
        return None
    category, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    share = count / total
    if share < config.min_share:
        return None
    sure = share >= config.sure_share and total >= config.sure_events
    return category, round(min(share, config.max_confidence), 4), sure


def with_venue_history(
    results: Sequence[CategoryResult],
    venues: Sequence[Hashable | None],
    history: History,
    *,
    config: VenueHistoryConfig = DEFAULT_HISTORY_CONFIG,
    categorize_config: CategorizeConfig = DEFAULT_CONFIG,
) -> list[CategoryResult]:
    """Each result, or — when the text model only guessed (low confidence) and the listing's venue has a main
    category — that category, with method "venue": with the venue's share as its confidence when the venue is sure
    (VenueHistoryConfig.sure_share of sure_events), else still a guess (at most name_only_confidence, flagged)."""
    updated: list[CategoryResult] = []
    for result, venue in zip(results, venues, strict=True):
        prior = venue_prior(history.get(venue, {}), config) if venue is not None else None
        if prior is None or result.method != "model" or not result.low_confidence:
            updated.append(result)
            continue
        category, confidence, sure = prior
        updated.append(
            decided_by_prior(result, category, confidence, sure=sure, method="venue", config=categorize_config)
        )
    return updated


def decided_by_prior(
    result: CategoryResult, category: str, confidence: float, *, sure: bool, method: Method, config: CategorizeConfig
) -> CategoryResult:
    """A guess replaced by what a prior says (a venue's past events here, a feed's other listings in
    source_consensus.py): confident when the prior is sure, else at most a name's confidence and still flagged."""
    if not sure:
        confidence = min(confidence, config.name_only_confidence)
    return dataclasses.replace(
        result,
        category=category,
        subcategory=result.subcategory if category == result.category else None,
        category_confidence=confidence,
        method=method,
        low_confidence=not sure or confidence < config.min_confidence,
    )
