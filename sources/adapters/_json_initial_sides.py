"""The two sides of a match keyed by their initials: ``"teams": {"h": {"name": …}, "a": {"name": …}}``.

Football data often writes the home and the away side as "h" and "a" (a league app's fixtures, understat's
matches): the game has no name of its own and is named by its two sides, as ``_json_sides`` names a game by
"homeTeam" and "awayTeam" ("<home> vs <away>" since left36, ``matchup``). A lone letter names nothing by itself, so
only where the key above the two letters names the sides in the plural (``SIDES_NOUNS``: "teams", "sides", "clubs";
one "team" is one side, its "h" and "a" its own fields: review41) and both sides' objects hold a name (``accept``,
the side-name test of ``_json_sides``) is the pair read so; of one side's several names ("name", "shortName") the
longest. Not: "a" and "b" (a first and a second side, no
home: ``_json_sides.numbered_sides``), "h" and "a" under a key naming no sides ("size": {"h", "w"}, a box's
height), either letter alone.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sources.adapters._json_shapes import Column, mean_length, words

HOME_INITIAL, AWAY_INITIAL = "h", "a"
# The nouns of a key holding the two sides (singular: a plural's final "s" is dropped before looking).
SIDES_NOUNS = frozenset({"team", "side", "club", "competitor", "participant", "opponent", "squad", "contestant"})


def initial_side(path: str) -> bool:
    """Whether a column sits under one side keyed by its initial ("teams.h.name", "teams.a.id")."""
    parts = path.split(".")
    return any(
        part.lower() in (HOME_INITIAL, AWAY_INITIAL) and _names_sides(parts[index - 1])
        for index, part in enumerate(parts)
        if index
    )


def initial_home(path: str) -> bool:
    """Whether a column sits under the home side keyed by its initial ("teams.h.name")."""
    parts = path.split(".")
    return any(
        part.lower() == HOME_INITIAL and _names_sides(parts[index - 1]) for index, part in enumerate(parts) if index
    )


def initial_sides(columns: Mapping[str, Column], accept: Callable[[Column], bool]) -> tuple[Column, Column] | None:
    """(away, home): the name columns of the sides keyed "a" and "h" under a key naming the sides; the longest of
    one side's names."""
    found: list[tuple[float, Column, Column]] = []
    for path, home in columns.items():
        parts = path.split(".")
        for index, part in enumerate(parts):
            if not index or part.lower() != HOME_INITIAL or not _names_sides(parts[index - 1]):
                continue
            away_key = AWAY_INITIAL.upper() if part.isupper() else AWAY_INITIAL
            away = columns.get(".".join([*parts[:index], away_key, *parts[index + 1 :]]))
            if away is not None and accept(home) and accept(away):
                found.append((mean_length(home) + mean_length(away), away, home))
    if not found:
        return None
    _, away, home = max(found, key=lambda entry: entry[0])
    return away, home


def _names_sides(key: str) -> bool:
    """Whether a key names a game's sides: its last word a side's noun, singular or plural ("teams", "clubs")."""
    found = words(key)
    if not found:
        return False
    last = found[-1]  # plural only: one "team" holding "h" and "a" is one side's object, its own fields (review41)
    return last.endswith("s") and last[:-1] in SIDES_NOUNS
