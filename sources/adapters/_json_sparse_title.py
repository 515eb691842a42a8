"""A game's own title where only some games have one: kept first, the sides' "<home> vs <away>" for the rest.

A fixture list gives every game its two sides and, for a few, a title of the source's own: the cup's semi-final
"Leeds v York (Cup semi-final)" among league games that have none. Too sparse to be the list's title column, the
title was lost and every game named by its sides ("Leeds vs York"): the source's own words replaced, which the
matchup rule never means to do (issue #13, review43; left36's "a source's title is never replaced"). So where the
items' own "title" or "name" key (at the item's top level) holds, in some items only, words that differ from game to
game, that key is the title and the sides' matchup its fallback for the games without one.

Not: a name every game shares or a competition's ("NBA", "Premier League": ``competition_name``), a title that only
numbers the game ("Game 3": ``ordinal_label``), a key below the item's top level (a venue's or a team's name).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import Column
from sources.adapters._json_sides import competition_name, ordinal_label

TITLE_KEYS = frozenset({"title", "name"})


def own_title_first(spec: dict[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    """``spec`` (the sides' title) as the fallback of a sparse title of the game's own, where the items have one."""
    for path, column in columns.items():
        if "." in path or path.startswith("^") or path.lower() not in TITLE_KEYS:
            continue
        strings = column.strings()
        if not strings or len(strings) == len(column.values) or len(set(strings)) < len(strings):
            continue  # none, every game's (then the title column), or one shared by games
        if competition_name(column) or ordinal_label(column) or not any(text.isalpha() for text in "".join(strings)):
            continue
        return {"path": path, "fallback": spec}
    return spec
