"""A game that knows one side and not yet the other is named by both: the known team and the other side's label.

A tournament's later rounds name a team as soon as it has qualified, before its opponent is known:
``"home_team_name_en": "Germany"`` beside ``"away_team_label": "3rd Group A/B/C/D/F"`` and no away name. The
matchup title (the two names joined by " vs ") read that game as "Germany" alone, the label only standing in
where both names are missing (``_json_side_labels``). Where the title's spec has the two sides' labels as its
fallback and some, not all, of the names are there, each missing name is its side's label, in its place: "Germany vs
3rd Group A/B/C/D/F" (the home side first since left36). A game with both names, or with none (the labels' own
fallback), reads as before; a side with
neither its name nor its label leaves the title as it was.

Pure, and importing only the config's spec (the mapping's reader uses it; ``_json_side_labels`` writes the spec).
The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sources.adapters._json_config import FieldSpec

# The last word of a side's placeholder key, as _json_side_labels.LABEL_WORDS (which this module cannot import).
LABEL_ENDINGS = ("label", "placeholder")


def filled_sides(spec: FieldSpec, found: Callable[[tuple[str, ...]], Any]) -> list[Any] | None:
    """The sides' names with each missing one replaced by its side's label, when the matchup title ``spec`` has
    the labels as its fallback (as many paths, each a label's, the same join) and some, not all, of the names are
    there; None otherwise. ``found`` reads a path entry of the item (one path, or a name's parts)."""
    fallback = spec.fallback
    if spec.join is None or fallback is None or fallback.join != spec.join:
        return None
    if len(spec.paths) < 2 or len(fallback.paths) != len(spec.paths):
        return None
    if not all(path.lower().endswith(LABEL_ENDINGS) for path in fallback.paths):
        return None
    names = [found(entry) for entry in spec.entries()]
    missing = [_empty(name) for name in names]
    if all(missing) or not any(missing):
        return None
    labels = fallback.entries()
    parts = [found(label) if gone else name for name, label, gone in zip(names, labels, missing, strict=True)]
    return None if any(_empty(part) for part in parts) else parts


def _empty(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())
