"""Every record (object) of a document changed by one function, innermost first, to a bounded depth: the walk the
data rewrites of an XML document share (``_json_language_twins``, ``_json_performance_dates``). Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["map_records"]

MAX_DEPTH = 40  # records nest a few levels; deeper content is left as it is


def map_records(value: Any, change: Callable[[dict[Any, Any]], dict[Any, Any]], depth: int = 0) -> Any:
    """``value`` with each object, once its own values are walked, replaced by ``change`` of it."""
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [map_records(each, change, depth + 1) for each in value]
    if isinstance(value, Mapping):
        return change({key: map_records(each, change, depth + 1) for key, each in value.items()})
    return value
