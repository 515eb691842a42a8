"""A path part that picks an element of a list by its id: ``"attributes.id=1.value"`` (``_json_paths.resolve``).

A list of numbered attributes (``[{"id": 50, "value": "Stadhuis"}, {"id": 1, "value": "Nieuwjaarsconcert"}]``)
may hold its elements in another order in each item, so a position names no field; ``key=value`` names the
element whose ``key`` is written ``value`` (compared as text, so ``id=1`` finds ``"id": 1`` and ``"id": "1"``). The
first such element is picked; none, nothing. See ``_json_keyed_lists`` for how the inference finds such lists.
Conditions joined by "&" must all hold: ``"translations.type=name&lang=en.text"`` picks a list's English name
(``_json_typed_texts``).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def keyed_element(elements: Sequence[Any], part: str) -> Any:
    """The element of a list that a ``key=value`` path part picks, or None."""
    conditions = [condition.partition("=") for condition in part.split("&")]
    if len(conditions) > 1 and not all(equals for _, equals, _ in conditions):
        conditions = [part.partition("=")]  # an "&" inside one id's value
    for element in elements:
        if isinstance(element, Mapping) and all(
            key in element and written(element[key]) == wanted for key, _, wanted in conditions
        ):
            return element
    return None


def written(value: Any) -> str:
    """An id as a path part writes it."""
    return str(value).strip()
