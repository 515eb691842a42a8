"""A side named only by its place in the draw: ``"home_team_label": "Winner Match 93"`` where no team is known yet.

A tournament's schedule names the games of its later rounds before their teams are known: each side is a placeholder
beside the side's empty name ("home_team_label": "Runner-up Group A", "away_team_label": "3rd Group C/E/F/H/I";
"homeLabel", "away_placeholder"). Such a game is still a game on its day. Where neither side's name is there, the two
labels name it, joined as the names are ("Runner-up Group A vs Runner-up Group B"): the fallback of the matchup's
title (``with_side_labels``). A label column is one side's (its key holds the side's word, home or away, and a
label's word) and holds words, not numbers; its away twin differs only in the side's word. A game that names its
teams keeps their names; where one side is known and the other is not yet ("home_team_name_en": "Germany" beside
"away_team_label": "3rd Group A/B/C/D/F"), each missing name is its side's label, in its place ("Germany vs 3rd
Group A/B/C/D/F", ``_json_side_fill``), not the known team alone. A side with neither a name nor a label leaves the
title as it was.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import Column, words
from sources.adapters._json_sides import FIRST_MARKS, VERSUS_JOIN, paired_sides
from sources.adapters._json_sparse_title import own_title_first

# The last word of a side's placeholder key ("home_team_label", "awayPlaceholder").
LABEL_WORDS = frozenset({"label", "placeholder"})


def with_side_labels(spec: dict[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    """The matchup's title spec, with the two sides' labels as its fallback when the items have them: a home and
    an away label joined as the names are, else two labels told apart by a letter or a number ("PlaceHolderA" and
    "PlaceHolderB": "W74 vs W77", in their order, as nothing says which is at home)."""
    return own_title_first(_labelled(spec, columns), columns)  # a few games' own title first (review43)


def _labelled(spec: dict[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    labels = side_labels(columns)
    if labels is not None:
        away, home = labels
        return {**spec, "fallback": {"path": [home.path, away.path], "join": spec["join"]}}  # as the names (left36)
    lettered = lettered_labels(columns)
    if lettered is None:
        return spec
    first, second = lettered
    return {**spec, "fallback": {"path": [first.path, second.path], "join": VERSUS_JOIN}}


def side_labels(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(away, home): the two sides' placeholder columns, whose paths differ only in the side's word."""
    return paired_sides(columns, _label)


def lettered_labels(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(first, second): two placeholder columns whose keys end in a label's word and "A" and "B" (or "1" and
    "2"), the paths otherwise the same ("PlaceHolderA" and "PlaceHolderB", "label_1" and "label_2")."""
    for path, first in columns.items():
        found = words(path.rsplit(".", 1)[-1])
        if len(found) < 2 or found[-1] not in ("a", "1") or found[-2] not in LABEL_WORDS:
            continue
        second = columns.get(path[:-1] + FIRST_MARKS.get(path[-1], ""))
        if second is not None and second is not first and _label_values(first) and _label_values(second):
            return first, second
    return None


def _label(column: Column) -> bool:
    """A side's placeholder: a key ending in a label's word, its values words (most with a letter), not numbers."""
    found = column.key_words
    return bool(found) and found[-1] in LABEL_WORDS and _label_values(column)


def _label_values(column: Column) -> bool:
    """A placeholder's values: words (most with a letter), not numbers, in every item that has the key."""
    strings = column.strings()
    present = column.present
    return (
        bool(strings)
        and len(strings) == len(present)
        and 2 * sum(1 for text in strings if any(character.isalpha() for character in text)) > len(strings)
    )
