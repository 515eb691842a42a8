"""A column of 0s and 1s that is what is left of a count, not a flag. Pure.

A booking API writes each class's seats as numbers beside its flags: ``"capacity": 12, "booked": 11, "free": 1``.
Where every class in the sample happens to have 0 or 1 seat left, "free" held only 0s and 1s and was read as the
"is free" flag (the class priced free), as "online": 1 beside "in_person": 19 and "attendees": 20 was read as held
online (review48's and review50's left: a bare key's name cannot tell). The arithmetic can: a column of 0s and 1s
that equals, item by item, one count minus another under the same parent (capacity − booked, attendees − in_person)
is a count too, however small its values.

``remainder_counts`` gives those columns' paths: every item that has the three must agree, at least ``MIN_ITEMS`` of
them, and the count subtracted from must exceed 1 somewhere (two columns of 0s and 1s say nothing). The inference
leaves them out of the flags (``_json_extras.Extras.infer``: cancelled, online, free). Not: a flag beside counts it
is no difference of ("free": 1 beside "capacity": 30, "booked": 12), true/false values, fewer items, counts under
another parent.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MIN_ITEMS = 3
MAX_COUNTS = 24  # whole-number columns looked at under one parent
MAX_ITEMS = 500  # items looked at in each


def _whole(values: list[Any]) -> bool:
    present = [value for value in values if value is not None]
    return bool(present) and all(type(value) is int for value in present)


def _differs(left: list[Any], whole: list[Any], part: list[Any]) -> bool:
    """Whether ``left`` is ``whole`` minus ``part`` in every item that has all three, in at least MIN_ITEMS."""
    agree = 0
    for value, total, taken in zip(left, whole, part, strict=False):
        if value is None or total is None or taken is None:
            continue
        if value != total - taken:
            return False
        agree += 1
    return agree >= MIN_ITEMS


def remainder_counts(columns: Mapping[str, Any]) -> set[str]:
    """The paths of the 0/1 columns that are one count minus another under the same parent (see the module)."""
    by_parent: dict[str, list[tuple[str, list[Any]]]] = {}
    for column in columns.values():
        values = column.values[:MAX_ITEMS]
        if _whole(values):
            by_parent.setdefault(column.path.rpartition(".")[0], []).append((column.path, values))
    found: set[str] = set()
    for counts in by_parent.values():
        counts = counts[:MAX_COUNTS]
        wholes = [(path, values) for path, values in counts if any(v is not None and v > 1 for v in values)]
        for path, values in counts:
            if not all(value in (0, 1) for value in values if value is not None):
                continue
            pairs = ((whole, part) for whole in wholes for part in counts if path not in (whole[0], part[0]))
            if any(whole[0] != part[0] and _differs(values, whole[1], part[1]) for whole, part in pairs):
                found.add(path)
    return found
