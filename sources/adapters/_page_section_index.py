"""A card's section heading (the nearest heading above it that is not inside an element of the card's own tag),
found in an index of the page's headings made once per page read (``SECTION_INDEX``, set by html.read_page), not
by a walk over everything before each card: the XPath ``preceding::`` axis, asked once per card, made a page of
many cards quadratic (a month grid of 280 day boxes, 120 KB, spent 0.8 s there; 120 nested alike cards 1.1 s).
Without an index set (a reader called on its own) the XPath is asked as before. Pure: the tree is not changed,
and is not changed while the index is in use (the page is prepared before it is read)."""

from __future__ import annotations

import bisect
import contextvars
from typing import Any

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The indexes of the page being read, by its root element; None outside a page read.
SECTION_INDEX: contextvars.ContextVar[dict[Any, HeadingIndex] | None] = contextvars.ContextVar(
    "SECTION_INDEX", default=None
)


class HeadingIndex:
    """The headings of one tree in document order, and for each card tag those that stand in no element of it."""

    def __init__(self, root: Any) -> None:
        self.order = {element: position for position, element in enumerate(root.iter())}
        self.headings = [(self.order[heading], heading) for heading in root.iter(*HEADING_TAGS)]
        self.outside: dict[str, list[tuple[int, Any]]] = {}

    def headings_outside(self, tag: str) -> list[tuple[int, Any]]:
        if tag not in self.outside:
            self.outside[tag] = [
                (position, heading)
                for position, heading in self.headings
                if not any(ancestor.tag == tag for ancestor in heading.iterancestors())
            ]
        return self.outside[tag]

    def nearest_above(self, block: Any) -> Any:
        """The nearest heading before ``block`` in document order, outside any element of its tag, not one of its
        ancestors (as ``preceding::`` reads); None when there is none."""
        position = self.order[block]
        found = self.headings_outside(block.tag)
        at = bisect.bisect_left(found, position, key=lambda item: item[0])
        ancestors: set[Any] | None = None
        for index in range(at - 1, -1, -1):
            heading = found[index][1]
            ancestors = ancestors if ancestors is not None else set(block.iterancestors())
            if heading not in ancestors:
                return heading
        return None


def heading_above(block: Any) -> Any:
    """The nearest heading above a card that is not another card's (see the module's docstring)."""
    indexes = SECTION_INDEX.get()
    root = block.getroottree().getroot()
    if indexes is None or root is None:
        return _xpath_above(block)
    if root not in indexes:
        indexes[root] = HeadingIndex(root)
    index = indexes[root]
    if block not in index.order:  # not in the tree as it was indexed: ask the tree itself
        return _xpath_above(block)
    return index.nearest_above(block)


def _xpath_above(block: Any) -> Any:
    found = block.xpath(
        "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
        f"[not(ancestor::{block.tag})][1]"
    )
    return found[0] if found else None
