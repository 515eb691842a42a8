"""Bounded walks over a page's sibling elements, for the readers that compare a listing's repeated cards or links
with their neighbours (_page_empty_dates, _page_heading_days, _page_link_runs): a hostile page of a million
elements costs no more than its first few thousand."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_PARENTS = 5000  # elements looked at
MAX_CHILDREN = 400  # children of one element looked at


def sibling_groups(root: Any) -> Iterator[tuple[Any, list[Any]]]:
    """Each of the page's first MAX_PARENTS elements with its first MAX_CHILDREN element children (comments and
    processing instructions left out)."""
    for count, parent in enumerate(root.iter()):
        if count >= MAX_PARENTS:
            return
        if isinstance(parent.tag, str):
            yield parent, [child for child in parent if isinstance(child.tag, str)][:MAX_CHILDREN]


def card_shape(element: Any) -> tuple[str, str] | None:
    """A card's tag and classes, the likeness of a listing's repeated cards; None for an element with no class."""
    classes = " ".join((element.get("class") or "").split())
    return (element.tag, classes) if classes else None
