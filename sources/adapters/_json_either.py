"""A start object that holds either its moment or its day: Google Calendar's ``"start": {"dateTime": …}`` for a
timed event and ``"start": {"date": "2026-07-04"}`` for an all-day one. The chosen start ("start.dateTime") is
missing from the all-day items; the day beside it, in the same object, is theirs.

Only a column under the same object as the start, present exactly where the start is missing (never beside it),
whose values are days: another object's date ("registration.date"), a second moment of the same items, or a
timestamp beside the start are not read for it.
"""

from __future__ import annotations

from sources.adapters._json_fields import Moment, Sample, _single


def day_beside(sample: Sample, start: Moment, missing: list[int]) -> Moment | None:
    """The day in the start's own object, read where the start is missing; None when there is none."""
    if len(start.paths) != 1 or "." not in start.paths[0] or start.paths[0] not in sample.columns:
        return None
    chosen = sample.columns[start.paths[0]]
    parent = start.paths[0].rsplit(".", 1)[0]
    for column in sample.columns.values():
        if column.path == chosen.path or column.path.rsplit(".", 1)[0] != parent or "." not in column.path:
            continue
        present = {index for index, value in enumerate(column.values) if value not in (None, "")}
        if not present & set(missing):
            continue
        if any(chosen.values[index] not in (None, "") for index in present):
            continue  # beside the start in some item: a second moment of it, not its all-day form
        shape = sample.shape(column)
        if shape is None or shape.kind not in ("date", "midnight") or shape.share < 1.0:
            continue
        return _single(column, shape, start.named)
    return None
