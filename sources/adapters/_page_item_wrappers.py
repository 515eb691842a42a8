"""A list item whose words sit in one wrapper (Word pasted into a CMS: ``<li><div><span>Monday, March 22</span></div>
</li>``): the line belongs to the item, as if the wrapper were not there. Pure.

A line's block is the innermost element that starts a line (_page_lines). For ``<li>Monday, March 22</li>`` that is
the ``<li>``, and the items of one list share its parent, which is how the list readers tell one list from the next.
With a lone ``<div>`` or ``<p>`` inside each item the block would be that wrapper, whose parent is a different
``<li>`` for every item, so the list fell apart into one-item lists. The wrapper stands for its item when it is the
item's only element and the item has no words of its own beside it; an item of several blocks (a card: date in one
``<div>``, title in another) keeps its blocks.
"""

from __future__ import annotations

from typing import Any

WRAPPERS = frozenset({"div", "p"})
MAX_DEPTH = 4  # wrappers climbed through: "<li><div><div><p>" is as deep as a pasted item goes


def _alone_in(element: Any, parent: Any) -> bool:
    """Whether ``element`` is ``parent``'s only element and no words of the parent's own stand beside it."""
    children = [child for child in parent.iterchildren() if isinstance(child.tag, str)]
    if children != [element]:
        return False
    return not (parent.text or "").strip() and not (element.tail or "").strip()


def item_block(block: Any) -> Any:
    """The ``<li>`` a line's block wraps alone, else the block itself."""
    node = block
    for _ in range(MAX_DEPTH):
        if node is None or node.tag not in WRAPPERS:
            return block
        parent = node.getparent()
        if parent is None or not _alone_in(node, parent):
            return block
        if parent.tag == "li":
            return parent
        node = parent
    return block
