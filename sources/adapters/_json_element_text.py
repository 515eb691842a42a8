"""An XML element's own text before its attributes, when both read as the same moment. Pure.

The XML reader (``_xml_data``) turns an element that carries attributes and text into an object: the attributes
under their names, the text under ``text`` (other converters write it as ``#text``, ``$t``, ``_text``…). A week
calendar's export writes each moment twice, ``<start hr="31.03.2016 03:05:00">1459386300</start>``: the element's
text, Unix seconds its reader takes, and an attribute echoing it for people, which may be in another zone or stale
(there two hours off). Both columns are named by the element ("start"), so the readable attribute won on its
shape. An element's text is its value and an attribute describes it: among the columns read as a moment, the
element's text goes before an attribute of the same element when it is as precise (a clock where the attribute
has one).

Unless markup names the attribute as the machine value: HTML's ``<time datetime="…">``, ``<data value="…">`` and
``<meta content="…">`` hold the value, their text the wording people read. An attribute whose text twin does not
read as a moment at all ("Friday evening") is not a candidate to reorder against and stays the one read.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sources.adapters._json_text_keys import TEXT_NODES

TEXT_LEAVES = TEXT_NODES | {"text"}  # "text": the key the XML reader writes an element's own text under
MACHINE_ATTRIBUTES = frozenset({"datetime", "value", "content"})  # markup's named machine values


def element_text_first(found: Sequence[tuple[Any, Any, float]]) -> list[tuple[Any, Any, float]]:
    """``found`` (columns read as moments, best first: ``(column, shape, name score)``) with the best column moved
    behind its element's own text when the best is an attribute of that element (see the module docstring)."""
    ranked = list(found)
    if len(ranked) < 2:
        return ranked
    column, shape, _named = ranked[0]
    parent, dot, leaf = column.path.rpartition(".")
    if not dot or leaf in TEXT_LEAVES or leaf.lower() in MACHINE_ATTRIBUTES:
        return ranked
    for index, (other, other_shape, _other_named) in enumerate(ranked[1:], start=1):
        other_parent, _, other_leaf = other.path.rpartition(".")
        if other_parent != parent or other_leaf not in TEXT_LEAVES:
            continue
        if other_shape.kind == shape.kind and other_shape.timed >= shape.timed:
            return [ranked[index], *ranked[:index], *ranked[index + 1 :]]
    return ranked
