"""An item written twice in one answer is one event (``json_api``).

A listing may carry the very same object twice: the Paris 2024 schedule feed repeats a unit verbatim (the same
code, start, participants and venue), a merged page of two queries lists an event each found. Read twice, it would
be two events on one day with one name, which nothing downstream should have to undo. An item equal to one read
before, key for key and value for value, is skipped; two items that differ in anything (another session's start,
another room, another id) are both read. Items are compared by their canonical JSON, keys sorted.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def repeated(item: Mapping[str, Any], seen: set[str]) -> bool:
    """Whether the item equals one already in ``seen`` (its digest is added when not)."""
    try:
        written = json.dumps(item, sort_keys=True, default=str)  # ASCII: a lone surrogate is written escaped
    except (TypeError, ValueError, RecursionError):  # keys of mixed kinds, a number too long to write: read it
        return False
    digest = hashlib.sha256(written.encode("ascii")).hexdigest()
    if digest in seen:
        return True
    seen.add(digest)
    return False
