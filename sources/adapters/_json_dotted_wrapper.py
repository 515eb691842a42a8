"""A document wrapped under a key a path cannot name: ``{"0.0.1": [{"tracks": [...], "2017-03-18": [...]}]}``.

A mapping names where the items are by a path of keys joined by dots ("data.events", "schedule.*"), so a key that
holds a dot itself (a version, "0.0.1"; a host, "example.org") cannot be a step of one: what sits under it is never
found, whatever its shape. Where the whole document is such a wrapper, one key holding one object (or a list of
exactly one), that object is the document (``unwrapped``), for the inference and for the reading alike. Not: a key
without a dot ("data": [{...}] is walked as it is), an object of two keys or more (the wrapper's other fields would
be lost), a list of several objects under the key (a list, not a wrapper).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_WRAPPERS = 3  # wrappers taken off one document


def unwrapped(data: Any) -> Any:
    """The object inside the document's wrappers whose keys hold a dot; the document itself where it is none."""
    for _ in range(MAX_WRAPPERS):
        inner = _inside(data)
        if inner is None:
            break
        data = inner
    return data


def _inside(data: Any) -> Mapping[str, Any] | None:
    if not isinstance(data, Mapping) or len(data) != 1:
        return None
    ((key, value),) = data.items()
    if not isinstance(key, str) or "." not in key:
        return None
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, Mapping) else None
