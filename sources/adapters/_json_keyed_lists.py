"""Fields written as a list of numbered attributes: ``"attributes": [{"id": 1, "value": "Board meeting"}]``.

Some systems (Notubiz, the Dutch council-information platform; form builders; CMS "custom fields") give an item no
key of its own for its name: every field is an element of one list, told apart by an id, with its value beside it
(``{"id": 1, "reference_model": null, "value": "Nieuwjaarsconcert"}``, ``{"id": 50, …, "value": "Stadhuis"}``), in
an order that may change from item to item. A position ("attributes.0.value") then reads the place for one item
and the name for the next; the id does not change. A path part ``key=value`` picks the element of a list whose
``key`` is ``value`` (``"attributes.id=1.value"``, ``_json_keyed_paths``), so a mapping can name the
field by its id.

Which numbered attribute names the item, when nothing else does (``keyed_title``): the one that most items have,
whose values are short single-line texts that differ from item to item (a name, not a type or a place most items
share), the earliest in the lists where two tie. An attribute only some items have, or one that repeats ("n.t.b.",
"Stadhuis" for every meeting), names none.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_keyed_paths import keyed_element, written
from sources.adapters._json_shapes import Column

KEYED_TITLE = " (no name field: each item named by the numbered attribute most items have, told by its id)"
ID_KEYS = ("id", "key", "code", "field_id", "attribute_id", "property_id")
VALUE_KEYS = ("value", "text", "content")
MIN_SHARE = 0.8  # of the items that have the attribute
MIN_DISTINCT = 0.6  # of its values that differ
MAX_TITLE = 200
MAX_ATTRIBUTES = 50  # elements looked at in one list


def keyed_title(items: Sequence[Mapping[str, Any]]) -> Column | None:
    """The column of the numbered attribute that names each item (see above), or None."""
    candidates: list[tuple[float, float, float, Column]] = []
    for key, (id_key, value_key) in _attribute_lists(items).items():
        order: dict[str, list[int]] = {}
        for item in items:
            for position, element in enumerate(_elements(item.get(key))):
                order.setdefault(written(element[id_key]), []).append(position)
        for name, positions in order.items():
            path = f"{key}.{id_key}={name}.{value_key}"
            values = [_value(item.get(key), id_key, name, value_key) for item in items]
            column = Column(path, values)
            if _names_items(column):
                candidates.append((column.share, -sum(positions) / len(positions), -len(name), column))
    if not candidates:
        return None
    return max(candidates, key=lambda entry: entry[:3])[3]


def _attribute_lists(items: Sequence[Mapping[str, Any]]) -> dict[str, tuple[str, str]]:
    """The top-level keys whose values are numbered attribute lists in most items: key → (id key, value key)."""
    found: dict[str, tuple[str, str]] = {}
    for key in {key for item in items for key in item if isinstance(key, str) and "." not in key}:
        shapes = [_shape(item.get(key)) for item in items]
        present = [shape for shape in shapes if shape is not None]
        if present and len(present) >= MIN_SHARE * len(items) and len(set(present)) == 1:
            found[key] = present[0]
    return found


def _shape(value: Any) -> tuple[str, str] | None:
    """(id key, value key) when the value is a list of attributes each with the same two keys and unique ids."""
    if not isinstance(value, list) or not value or len(value) > MAX_ATTRIBUTES:
        return None
    first = value[0]
    if not isinstance(first, Mapping):
        return None
    id_key = next((key for key in ID_KEYS if key in first), None)
    value_key = next((key for key in VALUE_KEYS if key in first), None)
    if id_key is None or value_key is None:
        return None
    ids = []
    for element in value:
        if not isinstance(element, Mapping) or id_key not in element or value_key not in element:
            return None
        raw = element[id_key]
        if isinstance(raw, bool) or not isinstance(raw, int | str) or "." in str(raw):
            return None
        ids.append(written(raw))
    return (id_key, value_key) if len(set(ids)) == len(ids) else None


def _elements(value: Any) -> list[Mapping[str, Any]]:
    return (
        [element for element in value[:MAX_ATTRIBUTES] if isinstance(element, Mapping)]
        if isinstance(value, list)
        else []
    )


def _value(value: Any, id_key: str, name: str, value_key: str) -> Any:
    found = keyed_element(_elements(value), f"{id_key}={name}")
    return found.get(value_key) if isinstance(found, Mapping) else None


def _names_items(column: Column) -> bool:
    """Short one-line texts in most items, most of them different."""
    strings = column.strings()
    if column.share < MIN_SHARE or len(strings) < len(column.present) or not strings:
        return False
    if any(len(text) > MAX_TITLE or "\n" in text or "<" in text for text in strings):
        return False
    return len(set(strings)) >= MIN_DISTINCT * len(strings) and len(strings) >= 2
