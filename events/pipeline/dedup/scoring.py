"""Layer 3 on one pair: the cheap vetoes first, then field scores with rapidfuzz, their weighted sum and band."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from events.pipeline.dedup.config import (
    ADMISSION_VS_SHOW,
    DEFAULT_CONFIG,
    DIFFERENT_NUMBERS,
    DIFFERENT_SESSION,
    MOVED,
    NO_START,
    OTHER_DAY,
    OTHER_OCCURRENCE,
    TOO_FAR_APART,
    TOO_FAR_IN_TIME,
    WEAK_TITLE,
    Band,
    DedupConfig,
    DedupStats,
    FieldWeights,
    Layer,
)
from events.pipeline.dedup.records import _Node, _node
from events.pipeline.dedup.text import _is_number
from events.pipeline.geo import haversine_km


@dataclasses.dataclass(frozen=True, slots=True)
class _Edge:
    a: int
    b: int
    similarity: float
    band: Band
    layer: Layer
    scores: dict[str, float]
    reason: str | None = None


def _time_veto(a: _Node, b: _Node, config: DedupConfig) -> str | None:
    day_a, day_b = a.day, b.day
    if day_a is None or day_b is None:
        return NO_START
    if a.minutes is not None and b.minutes is not None:
        # Local dates compare only in one offset; across offsets (a source in UTC) the gap decides.
        if a.offset == b.offset and day_a != day_b:
            return OTHER_DAY
        return TOO_FAR_IN_TIME if abs(a.minutes - b.minutes) > config.time_window_minutes else None
    if a.last_day is not None and b.last_day is not None:
        same_day = day_a == day_b
    elif a.last_day is not None:  # an all-day event holds the timed one when it falls on one of its days
        same_day = day_a <= day_b <= a.last_day
    else:
        same_day = day_b <= day_a <= (b.last_day or day_b)
    return None if same_day else OTHER_DAY


def _distance(a: _Node, b: _Node) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _cheap_veto(a: _Node, b: _Node, config: DedupConfig) -> str | None:
    """The vetoes that need no string comparison: checked first, on every candidate pair."""
    reason = _time_veto(a, b, config)
    if reason:
        return reason
    if a.uid and b.uid and a.uid[0] == b.uid[0] and a.uid[1] != b.uid[1]:
        return OTHER_OCCURRENCE
    if a.title.is_pass != b.title.is_pass:
        return ADMISSION_VS_SHOW
    if a.title.sessions and b.title.sessions and a.title.sessions != b.title.sessions:
        return DIFFERENT_SESSION
    return None


def _without_venue(tokens: list[str], venue: tuple[str, ...]) -> list[str]:
    """The tokens with the venue's name removed when the whole name appears in them ("… at Blue Note")."""
    size = len(venue)
    if not size or size >= len(tokens):
        return tokens
    for start in range(len(tokens) - size + 1):
        if tuple(tokens[start : start + size]) == venue:
            return tokens[:start] + tokens[start + size :]
    return tokens


def _pair_tokens(a: _Node, b: _Node, config: DedupConfig) -> tuple[list[str], list[str]]:
    """Both titles without what says only where: place names both titles carry, and venue names inside them."""
    shared = set(a.title.tokens) & set(b.title.tokens)
    places = {t for t in shared if t in a.places or t in b.places or t in config.place_words}
    pair: list[list[str]] = []
    for node in (a, b):
        tokens = [t for t in node.title.tokens if t not in places] or list(node.title.tokens)
        for venue in (a.venue, b.venue):
            tokens = _without_venue(tokens, venue)
        pair.append(tokens)
    return pair[0], pair[1]


def _numbers_differ(a: _Node, b: _Node, tokens_a: list[str], tokens_b: list[str]) -> bool:
    """Both titles number something (an instalment, a time, an edition), and not the same way."""
    if not a.title.numbers or not b.title.numbers:
        return False
    numbers_a = a.title.numbers.intersection(tokens_a)  # a number that was part of a place name is gone
    numbers_b = b.title.numbers.intersection(tokens_b)
    return bool(numbers_a and numbers_b and numbers_a != numbers_b)


def _title_score(tokens_a: list[str], tokens_b: list[str]) -> float:
    # Sorted-token ratio keeps the whole titles in play; the set ratio forgives one title adding a support act.
    joined_a, joined_b = " ".join(tokens_a), " ".join(tokens_b)
    sort = fuzz.ratio(" ".join(sorted(tokens_a)), " ".join(sorted(tokens_b)))
    return (sort + fuzz.token_set_ratio(joined_a, joined_b)) / 200


def _venue_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    numbers_a = {t for t in a if _is_number(t)}
    numbers_b = {t for t in b if _is_number(t)}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return 0.0  # Studio 1 and Studio 2 are two rooms
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) / 100


def _field_scores(a: _Node, b: _Node, title: float, distance: float | None, config: DedupConfig) -> dict[str, float]:
    scores = {"title": title}
    if a.minutes is not None and b.minutes is not None:
        scores["time"] = max(0.0, 1 - abs(a.minutes - b.minutes) / config.time_window_minutes)
    if a.venue and b.venue:
        scores["venue"] = _venue_score(a.venue, b.venue)
    if distance is not None:
        far = max(config.geo_window_km - config.geo_same_km, 1e-9)
        scores["geo"] = max(0.0, min(1.0, 1 - (distance - config.geo_same_km) / far))
    return {field: round(value, 4) for field, value in scores.items()}


def _weighted(scores: Mapping[str, float], weights: FieldWeights) -> float:
    # A field missing on either side drops out and the others share its weight.
    total = sum(getattr(weights, field) for field in scores)
    return round(sum(getattr(weights, field) * value for field, value in scores.items()) / total, 4)


def _band(similarity: float, moved: bool, config: DedupConfig) -> tuple[Band, str | None]:
    if similarity >= config.merge_threshold:
        return ("review", MOVED) if moved else ("merge", None)
    return ("review", None) if similarity >= config.review_threshold else ("distinct", None)


def _score(a: _Node, b: _Node, config: DedupConfig, stats: DedupStats) -> _Edge:
    reason = _cheap_veto(a, b, config)
    distance = _distance(a, b) if reason is None else None
    if distance is not None and distance > config.max_distance_km:
        reason = TOO_FAR_APART
    if reason:
        return _Edge(a.index, b.index, 0.0, "distinct", "score", {}, reason)
    stats.pairs_scored += 1
    tokens_a, tokens_b = _pair_tokens(a, b, config)
    if _numbers_differ(a, b, tokens_a, tokens_b):
        return _Edge(a.index, b.index, 0.0, "distinct", "score", {}, DIFFERENT_NUMBERS)
    title = _title_score(tokens_a, tokens_b)
    scores = _field_scores(a, b, title, distance, config)
    similarity = _weighted(scores, config.weights)
    if title < config.min_title_score:
        return _Edge(a.index, b.index, similarity, "distinct", "score", scores, WEAK_TITLE)
    band, why = _band(similarity, a.title.moved != b.title.moved, config)
    return _Edge(a.index, b.index, similarity, band, "score", scores, why)


@dataclasses.dataclass(frozen=True, slots=True)
class PairScore:
    similarity: float
    band: Band
    scores: dict[str, float]
    reason: str | None


def score_pair(a: Mapping[str, Any], b: Mapping[str, Any], *, config: DedupConfig = DEFAULT_CONFIG) -> PairScore:
    """Layer 3 on two records, for the moderators' compare view and for tests: the vetoes, the field scores,
    the weighted similarity and its band. Identifiers are not consulted."""
    edge = _score(_node(0, a, None, config), _node(1, b, None, config), config, DedupStats())
    return PairScore(edge.similarity, edge.band, dict(edge.scores), edge.reason)
