"""Decide what happens to a record: publish, hold for a moderator, reject, or link it to the event it
duplicates. Pure. Always with reasons.

Inputs are the other stages' verdicts: normalization errors, content checks, the quality score, the
de-duplication band, free-text confidence and the source's trust level. Trust moves the quality bar:
an official source publishes at a lower score than an unknown one, an untrusted one never does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from events.pipeline.normalize import Normalized
from events.vocabulary import Action, Trust

UNTRUSTED_SOURCE = "source is untrusted: a moderator reviews everything it sends"
LOW_QUALITY = "quality score {score:.2f} is below {threshold:.2f} for a {trust} source"
TOO_LOW_QUALITY = "quality score {score:.2f} is below the rejection floor {threshold:.2f}"
POSSIBLE_DUPLICATE = "possible duplicate of {candidate} (similarity {similarity:.2f}{why})"
DUPLICATE_OF = "duplicate of {candidate} (similarity {similarity:.2f})"
TEXT_GUESS = "date read from free text with confidence {confidence:.2f}: check it"
LOW_CATEGORY = "category {category} guessed with low confidence {confidence:.2f}"
# A reader that guesses (a page without structured data, a made-up title, an inferred mapping) gives its record a
# confidence and what it checked.
LOW_EXTRACTION = "read by a guess with low confidence ({confidence:.2f}): {evidence}"
NO_EVIDENCE = "no evidence recorded"
EVIDENCE_SHOWN = 2  # the first lines say where the date and title came from; the rest is on the staged record
# The record's own location points outside every known city (normalize's ``outside_area`` says how).
OUTSIDE_AREA = "outside the source's area: {evidence}"


@dataclasses.dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reasons: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class Policy:
    # The quality score at which each trust level publishes; below it the record is held.
    publish_at: Mapping[str, float] = dataclasses.field(
        default_factory=lambda: {"official": 0.5, "trusted": 0.6, "standard": 0.7}
    )
    reject_below: float = 0.4
    text_confidence_hold_below: float = 0.85
    # A guessed record (RawEvent.confidence) below this is held for a moderator with the reader's evidence.
    extraction_confidence_hold_below: float = 0.5
    category_confidence_note_below: float = 0.5


DEFAULT_POLICY = Policy()


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """What the stages found about one record."""

    normalized: Normalized
    trust_level: str
    quality_score: float | None = None
    quality_critical: Sequence[str] = ()
    content_severity: str = "ok"
    content_reasons: Sequence[str] = ()
    dedup_band: str = "distinct"
    duplicate_of: str | None = None  # set when this record is a duplicate of another (not its canonical)
    dedup_candidate: str | None = None  # what a "review" band record may duplicate
    dedup_reason: str | None = None
    similarity: float = 0.0
    text_confidence: float | None = None
    category: str | None = None
    category_confidence: float | None = None


def screen(evidence: Evidence, *, policy: Policy = DEFAULT_POLICY) -> Decision | None:
    """The verdicts that do not depend on other records: a rejection, or None to go on to de-duplication."""
    if evidence.normalized.errors:
        return Decision(Action.REJECT, tuple(evidence.normalized.errors))
    if evidence.content_severity == "reject":
        return Decision(Action.REJECT, tuple(evidence.content_reasons))
    if evidence.quality_critical:
        return Decision(Action.REJECT, tuple(evidence.quality_critical))
    if evidence.quality_score is not None and evidence.quality_score < policy.reject_below:
        return Decision(
            Action.REJECT, (TOO_LOW_QUALITY.format(score=evidence.quality_score, threshold=policy.reject_below),)
        )
    return None


def decide(evidence: Evidence, *, policy: Policy = DEFAULT_POLICY) -> Decision:
    rejected = screen(evidence, policy=policy)
    if rejected is not None:
        return rejected
    notes = list(evidence.normalized.warnings)
    if evidence.dedup_band in ("same", "merge") and evidence.duplicate_of:
        return Decision(
            Action.LINK, (DUPLICATE_OF.format(candidate=evidence.duplicate_of, similarity=evidence.similarity), *notes)
        )
    holds = _hold_reasons(evidence, policy)
    if (
        evidence.category
        and evidence.category_confidence is not None
        and evidence.category_confidence < policy.category_confidence_note_below
    ):
        notes.append(LOW_CATEGORY.format(category=evidence.category, confidence=evidence.category_confidence))
    if holds:
        return Decision(Action.HOLD, (*holds, *notes))
    return Decision(Action.PUBLISH, tuple(notes))


def _hold_reasons(evidence: Evidence, policy: Policy) -> list[str]:
    holds: list[str] = []
    if evidence.trust_level == Trust.UNTRUSTED:
        holds.append(UNTRUSTED_SOURCE)
    outside = evidence.normalized.record.get("outside_area")
    if outside:
        holds.append(OUTSIDE_AREA.format(evidence=outside))
    if evidence.content_severity == "hold":
        holds.extend(evidence.content_reasons)
    threshold = policy.publish_at.get(evidence.trust_level)
    if threshold is not None and evidence.quality_score is not None and evidence.quality_score < threshold:
        holds.append(LOW_QUALITY.format(score=evidence.quality_score, threshold=threshold, trust=evidence.trust_level))
    if evidence.dedup_band == "review" and evidence.dedup_candidate:
        why = f"; {evidence.dedup_reason}" if evidence.dedup_reason else ""
        holds.append(
            POSSIBLE_DUPLICATE.format(candidate=evidence.dedup_candidate, similarity=evidence.similarity, why=why)
        )
    if evidence.text_confidence is not None and evidence.text_confidence < policy.text_confidence_hold_below:
        holds.append(TEXT_GUESS.format(confidence=evidence.text_confidence))
    guessed = _low_extraction(evidence.normalized.record, policy)
    if guessed:
        holds.append(guessed)
    return holds


def _low_extraction(record: Mapping[str, object], policy: Policy) -> str | None:
    """The hold reason of a record its reader was unsure of; None when it was sure or stated outright."""
    confidence = record.get("confidence")
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        return None
    if confidence >= policy.extraction_confidence_hold_below:
        return None
    raw = record.get("evidence")
    lines = [line for line in raw if isinstance(line, str)] if isinstance(raw, list) else []
    said = "; ".join(lines[:EVIDENCE_SHOWN]) or NO_EVIDENCE
    return LOW_EXTRACTION.format(confidence=confidence, evidence=said)
