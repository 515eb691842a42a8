"""Dotted paths into a JSON value (``resolve``): "a.b.0.c", a name applied to a list collected from every element,
"*" for every element, "id=1" for the element whose id is 1 (``_json_keyed_paths``).

A leaf module: the mapping (``_json_mapping``) reads every field with it, and the modules the mapping itself imports
(``_json_wall_epochs``, ``_json_nested``) read the same paths the same way without importing the mapping.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_keyed_paths import keyed_element


def resolve(data: Any, path: str) -> Any:
    """The value at a dotted path: "a.b.0.c"; a name applied to a list collects it from every element."""
    return _walk(data, [part for part in path.split(".") if part]) if path else data


def _walk(current: Any, parts: list[str]) -> Any:
    for position, part in enumerate(parts):
        if isinstance(current, list) and "=" in part:  # "attributes.id=1.value": the element whose id is 1
            current = keyed_element(current, part)
            if current is None:
                return None
            continue
        if isinstance(current, list) and not part.isdigit():
            rest = parts[position + 1 :] if part == "*" else parts[position:]
            found = [_walk(element, rest) for element in current]
            return flatten(found) or None
        if isinstance(current, list):
            index = int(part)
            current = current[index] if index < len(current) else None
        elif isinstance(current, Mapping):
            current = current.get(part)
        else:
            return None
        if current is None:
            return None
    return current


def flatten(values: list[Any]) -> list[Any]:
    """The values found, one list: each list's elements in its place; None and "" left out."""
    flat: list[Any] = []
    for value in values:
        if isinstance(value, list):
            flat.extend(item for item in value if item not in (None, ""))
        elif value not in (None, ""):
            flat.append(value)
    return flat
