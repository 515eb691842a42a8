"""A match's scheduled start beside the moment play began. Pure.

Esports and sports APIs keep both: PandaScore's ``"scheduled_at": "2021-04-23T17:50:00Z"`` (the announced start)
and ``"begin_at": "2021-04-23T17:56:06Z"`` (when the first game actually began, set once it has), equal until the
match is played. "begin" names a start more strongly than "scheduled", so a played match was read six minutes late,
at a second no listing shows. Where the best start's key says begin or start and a key beside it (the same parent)
says scheduled, and the two fall on the same day in every item that has both, the scheduled one is the start
(``scheduled_first``). A key that says the schedule was the original one ("original_scheduled_at", a rescheduled
match's first date) is not the schedule now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sources.adapters._json_utc import iso_instant

SCHEDULED_WORDS = frozenset({"scheduled", "schedule"})
BEGIN_WORDS = frozenset({"begin", "begins", "began", "start", "starts", "started"})
FORMER_WORDS = frozenset({"original", "originally", "previous", "old", "initial"})
_MAX_APART = dt.timedelta(hours=12)


def same_days(begun: Sequence[object], scheduled: Sequence[object]) -> bool:
    """Whether two columns of moments are the same events' (within hours of each other in every item with both),
    in at least one item."""
    pairs = [
        (iso_instant(one, naive_utc=True), iso_instant(other, naive_utc=True))
        for one, other in zip(begun, scheduled, strict=False)
    ]
    both = [(one, other) for one, other in pairs if one is not None and other is not None]
    return bool(both) and all(abs(one - other) <= _MAX_APART for one, other in both)


def scheduled_first(found: Sequence[tuple[Any, Any, float]]) -> list[tuple[Any, Any, float]]:
    """``found`` (moments, best first: ``(column, shape, name score)``) with the scheduled start moved first when
    the best is a begin or start beside it (see above)."""
    ranked = list(found)
    if len(ranked) < 2:
        return ranked
    best, shape = ranked[0][0], ranked[0][1]
    names = set(best.key_words)
    if not names & BEGIN_WORDS or names & SCHEDULED_WORDS:
        return ranked
    parent = best.path.rpartition(".")[0]
    for index, (other, other_shape, _named) in enumerate(ranked[1:], start=1):
        words = set(other.key_words)
        if other.path.rpartition(".")[0] != parent or not words & SCHEDULED_WORDS or words & FORMER_WORDS:
            continue
        if other_shape.kind == shape.kind and same_days(best.values, other.values):
            return [ranked[index], *ranked[:index], *ranked[index + 1 :]]
    return ranked
