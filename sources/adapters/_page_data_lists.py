"""A listing a page keeps only in its elements' attributes: sibling widgets, each an empty element whose
``data-*`` attribute holds one item as JSON ("<div data-component="FixtureTicketingModule" data-props="{&quot;title&quot;:
&quot;West Ham (A)&quot;, &quot;fixtureDate&quot;: …}">" five times over), which the page's script renders. The
items of the largest such run of alike siblings are one JSON list, for the JSON reader. Pure and bounded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

DATA_PREFIX = "data-"
MIN_ITEMS = 2  # one widget's object is a setting as often as an item: a listing repeats
MIN_ITEM_JSON = 40  # characters: a flag or a small settings object is no item
MAX_ITEM_JSON = 100_000  # characters of one attribute read
MAX_ELEMENTS = 20_000  # elements looked at
MAX_VISIBLE = 80  # characters of text an item's element may show: a widget's own label at most, not a rendered card


def _object(value: str) -> dict[str, Any] | None:
    if value.lstrip()[:1] != "{" or not MIN_ITEM_JSON <= len(value) <= MAX_ITEM_JSON:
        return None
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return decoded if isinstance(decoded, dict) and decoded else None


def attribute_lists(root: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(attribute, list): the JSON lists a page's alike sibling elements carry in one ``data-*`` attribute each
    (named with the list, for the reader's note), the longest first:
    siblings are alike when they share their tag and every other ``data-*`` attribute's value (a component's
    name); an element that shows text of its own (a rendered card) is read from its markup, not here."""
    runs: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    tree = root.getroottree()
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        data = {name: value for name, value in element.attrib.items() if name.startswith(DATA_PREFIX)}
        items = {name: found for name, value in data.items() if (found := _object(value)) is not None}
        if len(items) != 1 or len(" ".join(element.text_content().split())) > MAX_VISIBLE:
            continue
        ((name, item),) = items.items()
        alike = tuple(sorted((key, value) for key, value in data.items() if key != name))
        runs.setdefault((tree.getpath(element.getparent()), element.tag, name, alike), []).append(item)
    for (_, _, name, _), run in sorted(runs.items(), key=lambda pair: len(pair[1]), reverse=True):
        if len(run) >= MIN_ITEMS:
            yield name, run
