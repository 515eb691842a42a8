"""A card whose heading and date sit in one part of it and its place in another, as BEM-named components write it
(left43, from venues55's left Eventbrite-like card). Pure.

Eventbrite's listing cards (and many component libraries') name each part of a block "block__element":
``<div class="eds-event-card-content__content">`` holds ``<div class="eds-event-card-content__primary-content">``
(the linked heading and the date) and ``<div class="eds-event-card-content__sub-content">`` ("The Old Mill •
Bristol"). The card finder keeps the innermost block holding a heading and a date, here the primary part (its class
says "event"), so the place in the other part was never seen: the cards were read with no place.

Here (``whole_card``): an innermost dated block whose class is an element of a BEM block ("x__primary-content") is
read as its parent when the parent is an element or the block itself of the same BEM block ("x__content", "x"),
is one of a repeated group (its siblings alike), and holds no other heading nor another date outside that part
(its other parts say more of the same event). Not (hard negatives): a parent of another BEM block, a parent that is
not repeated (a page's one wrapper), a parent whose other part holds a heading or a date (two events, or a list).
"""

from __future__ import annotations

import re
from typing import Any

# "eds-event-card-content__primary-content" → block "eds-event-card-content", element "primary-content". The block
# ends at the first "__" (a lone "_" may stand in it), possessive: one pass over a long class token of underscores
# (read-through 58: the lazy block tried every "__" and took 2.4 s on 16,000 characters).
BEM_ELEMENT = re.compile(r"^(?P<block>[a-z](?:[^\W_]|-|_(?!_))*+)__(?P<element>[\w-]++)$", re.IGNORECASE)
HEADING_TAGS = ("h1", "h2", "h3", "h4")


def whole_card(block: Any, repeated: set[Any], dated: Any) -> Any:
    """The card ``block`` is a BEM part of, else ``block`` itself (see the module). ``dated(element)`` says whether
    an element holds something shaped like a date."""
    parent = block.getparent()
    if parent is None or parent not in repeated:
        return block
    names = {
        match.group("block") for token in (block.get("class") or "").split() if (match := BEM_ELEMENT.match(token))
    }
    if not names or not _of_block(parent, names):
        return block
    for other in parent:
        if other is block or not isinstance(other.tag, str):
            continue
        if other.tag in HEADING_TAGS or any(True for _ in other.iter(*HEADING_TAGS)) or dated(other):
            return block
    return parent


def _of_block(parent: Any, names: set[str]) -> bool:
    """Whether the parent's class names the same BEM block, as the block itself or one of its elements."""
    for token in (parent.get("class") or "").split():
        match = BEM_ELEMENT.match(token)
        if token in names or (match is not None and match.group("block") in names):
            return True
    return False
