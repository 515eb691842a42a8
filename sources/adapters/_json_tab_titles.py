"""A title deep inside the items, the same in every one, is a label of their layout (issue #13, held-out batch 47).

A tournament platform's events each carry their page's layout: ``"pageConfig": {"tabs": {"stats": {"title":
"Stats"}}}`` beside the event's own ``"name": "Tekken 7 Singles"``. The inference took the deeper key: "title" weighs
more than "name", and three levels down cost it less than that, so every event was printed as "Stats". A title key
two or more objects below the item (``depth >= MIN_DEPTH``), under an object named for a page's layout or settings
(``LAYOUT_WORDS``: a page, a config, a tab, a widget…), whose value is one and the same in every sampled item (of
several) names a part of each item's page or settings, not the item, where a shallower title key tells the items
apart: that one is the title.

Not: a deep title that differs between the items (each its own name); one key deep (``"show": {"title": "Hamlet"}``
beside each performance's ``"name": "Matinee"``: every performance is of the show, its title stays); a deep title
under no layout word (``"production": {"details": {"title": "Hamlet"}}`` beside each performance's ``"name":
"Matinee"``: the show's title, the same for every performance of it); a deep title held under an event word (``"event": {"details": {"title": …}}``: the occurrences of one event); a list read as one
event's occurrences (``OCCURRENCES``); a single item; no shallower key that names the items differently.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable

from sources.adapters._json_fields import EVENT_WORDS, OCCURRENCES, Sample
from sources.adapters._json_shapes import Column

__all__ = ["own_name_over_tab"]

MIN_DEPTH = 2  # "pageConfig.tabs.stats.title" is 3 deep; "show.title" (1) is the show's
# What the objects above a page's label are named for: its layout, its settings, its parts on screen.
LAYOUT_WORDS = frozenset({"page", "pages", "config", "configuration", "settings", "layout", "tab", "tabs", "ui",
                          "view", "views", "widget", "widgets", "menu", "nav", "navigation", "panel", "panels",
                          "display", "template", "theme", "seo", "header", "footer", "sidebar"})  # fmt: skip


def own_name_over_tab(
    sample: Sample, title: Column | None, score: Callable[[Column], float]
) -> tuple[Column, float] | None:
    """The shallower title column (and its score) that names the items apart, where ``title`` is a deep key with
    one value for all of them; None where ``title`` stands."""
    if title is None or title.depth < MIN_DEPTH or OCCURRENCES.get() or title.context_words & EVENT_WORDS:
        return None
    if not title.context_words & LAYOUT_WORDS:
        return None  # "production.details.title": what the items are of, not a label of their page
    strings = title.strings()
    if len(sample.items) < 2 or len(strings) < 2 or len(set(strings)) > 1:
        return None
    best: tuple[Column, float] | None = None
    for column in sample.columns.values():
        if column.depth >= title.depth or len(set(column.strings())) < 2:
            continue
        weight = score(column)
        if weight > 0 and (best is None or weight > best[1]):
            best = (column, weight)
    return best
