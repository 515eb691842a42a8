"""Drupal's field lists: every field written as a list of {"value"} objects.

Drupal's REST serialisation of a node writes each field as a list of items, one object each holding the value:
"title": [{"value": "Board meeting"}], "field_city": [{"value": "Boston"}], "field_location": [{"value": "State
Hall"}]. The wrapper says nothing of where the field is: "field_city.0.value" sits where "field_city" sits, beside
"field_location.0.value" at the node's top, so a city written that way beside the place is the place's city. Only
the first item's "value" is unwrapped (a field of one value; a list of several is a list, read as such elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Collection

_WRAPPER = re.compile(r"\.0\.value(?=\.|$)")


def unwrapped(path: str) -> str:
    """The path with Drupal's one-value wrappers dropped: "field_city.0.value" → "field_city"."""
    return _WRAPPER.sub("", path)


def parent(path: str) -> str:
    """The path of the object a field sits in, once unwrapped ("" at the item's top)."""
    return unwrapped(path).rpartition(".")[0]


# --- entity references ----------------------------------------------------------------------------------------

# The keys of a Drupal entity reference: {"target_id": 24, "target_type": "user", "target_uuid": …, "url": "/user/24"}.
REFERENCE_KEYS = ("target_id", "target_type", "target_uuid")


def in_reference(path: str, paths: Collection[str]) -> bool:
    """Whether the field sits in an entity reference: an object holding a "target_id" or "target_type" beside it.
    Its "url" is the referenced thing's page (a revision's author "/user/24", a taxonomy term, a related project),
    never the item's own; its "target_type" names the referenced thing's kind ("user", "node_type"), not the
    item's category."""
    holder, _, key = path.rpartition(".")
    return key not in ("target_id", "target_uuid") and any(f"{holder}.{each}" in paths for each in REFERENCE_KEYS)
