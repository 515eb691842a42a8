"""A place written as an opaque id is no place's name; it names one of the places listed beside (batch 53, APIs).

A conference app's data gives each session its room by id (``"room": "040f4750-2bf0-459b-9db2-e36b418ad7f5"``)
and the rooms once, beside the sessions (``"rooms": [{"id": "040f4750-…", "name": "Amphitheatre"}]``). Read as
the venue, the id would be printed as the session's place. An id of that shape (a UUID, or a run of 24 or 32 hex
digits: a database's object id, a hash) is never a name, so it is not taken as one (``opaque_column``); and such
an id cannot name an object of another list by chance, as a small number can, so one of them found among the
places' ids is enough to read the column as their reference (``opaque_reference``): a test file or an export cut
short may list only some of the rooms, and the sessions in the others are left with no place rather than an id.

Not: a short code ("A1", "room-3", "12"), a word, a slug ("main-hall"), or a name that holds digits ("Room
040"): only the shapes above, and only when every value of the column has one.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# A UUID (8-4-4-4-12 hex digits), or 24 (a MongoDB ObjectId) or 32 (an MD5, a dashless UUID) hex digits alone.
_OPAQUE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24}|[0-9a-f]{32}", re.IGNORECASE
)
MAX_OPAQUE = 36  # the longest shape above: a longer text is looked at no further


def opaque(value: object) -> bool:
    """Whether ``value`` is a text holding nothing but an opaque id (one of the shapes above, a digit in it)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return len(text) <= MAX_OPAQUE and bool(_OPAQUE.fullmatch(text)) and any(char.isdigit() for char in text)


def opaque_values(values: Iterable[Any]) -> bool:
    """Whether every filled-in value is an opaque id (a reference written as a list of one counts as its one)."""
    seen = False
    for value in values:
        one = value[0] if isinstance(value, list) and len(value) == 1 else value
        if one is None or one == "":
            continue
        if not opaque(one):
            return False
        seen = True
    return seen


def opaque_column(column: Any) -> bool:
    """Whether a sampled column's values are all opaque ids: an id, not a name (``_json_shapes.Column``)."""
    return opaque_values(column.values)


def opaque_reference(values: list[str], ids: set[str]) -> bool:
    """Whether references that are all opaque ids name at least one of ``ids``: the column refers to that list,
    however few of its values the list holds."""
    return bool(values) and opaque_values(values) and bool(set(values) & ids)
