"""Decide what happens to a normalized record: publish, hold for a moderator, or reject. Pure."""

from __future__ import annotations

import dataclasses
from typing import Literal

from events.pipeline.normalize import Normalized

Action = Literal["publish", "hold", "reject"]

UNTRUSTED_SOURCE = "source is untrusted: a moderator reviews everything it sends"


@dataclasses.dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reasons: tuple[str, ...] = ()


def decide(normalized: Normalized, *, trust_level: str) -> Decision:
    """Rejected when normalization found errors; held when the source is untrusted; else published.

    The quality gates and content checks of the pipeline issue add their own hold/reject reasons here.
    """
    if normalized.errors:
        return Decision("reject", tuple(normalized.errors))
    if trust_level == "untrusted":
        return Decision("hold", (UNTRUSTED_SOURCE, *normalized.warnings))
    return Decision("publish", tuple(normalized.warnings))
