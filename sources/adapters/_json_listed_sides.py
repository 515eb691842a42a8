"""The two sides of a match written as a list of two: ``"start": [{"participant": {"name": "Spain"}}, {…"Japan"}]``.

A start list (the Paris 2024 schedule feed's ``start``), ``"competitors": [{…}, {…}]`` or ``"teams": [{"name"}, {"name"}]``
gives a game its two sides as the two elements of one list, and no title. Read as the record's name, the first
element's name alone ("Spain") loses the other side. When the name found is the first element's (``<list>.0.<name>``),
the list or the element names a side (participant, competitor, team, opponent, player, side) and most items list
exactly two elements, each named, the game is named by both, "<first> vs <second>" in the list's order (a list
says nothing of who is at home). A list of one, or of three and more (a race's field, a panel), is no pair of
sides; nor are addresses ("a@b.org").

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_shapes import Column, words

LISTED_SIDE_NOUNS = frozenset(
    {"participant", "participants", "competitor", "competitors", "team", "teams", "opponent", "opponents",
     "player", "players", "side", "sides", "contestant", "contestants",
     # German, Spanish, French, Italian, Dutch, Polish, Czech (review38)
     "mannschaft", "mannschaften", "equipo", "equipos", "équipe", "équipes", "equipe", "equipes", "squadra",
     "squadre", "ploeg", "ploegen", "drużyny", "druzyny", "týmy", "tymy"}
)  # fmt: skip
MIN_PAIRS = 0.8  # of the items whose list holds two named elements


def listed_sides(items: Sequence[Mapping[str, Any]], title: Column) -> tuple[Column, Column] | None:
    """(first, second): the names of a two-element list's elements, when the title found is the first's."""
    parts = title.path.split(".")
    if "0" not in parts[1:]:
        return None
    index = parts.index("0", 1)
    head, rest = parts[:index], parts[index + 1 :]
    said = {word for part in [head[-1], *rest[:-1]] for word in words(part)}
    if not said & LISTED_SIDE_NOUNS:
        return None
    firsts: list[Any] = []
    seconds: list[Any] = []
    pairs = 0
    for item in items:
        found = value_at(item, head)
        elements = found if isinstance(found, list) else []
        names = [_name(value_at(element, rest)) for element in elements]
        if len(elements) == 2 and all(names):
            pairs += 1
            firsts.append(names[0])
            seconds.append(names[1])
        else:
            firsts.append(None)
            seconds.append(None)
    if not items or pairs < MIN_PAIRS * len([item for item in items if value_at(item, head)]):
        return None
    return Column(title.path, firsts), Column(".".join([*head, "1", *rest]), seconds)


def unnamed_listed_sides(
    items: Sequence[Mapping[str, Any]], columns: Mapping[str, Column], *, titled: bool = False
) -> tuple[Column, Column] | None:
    """(first, second): a two-element list's names where the items have no name at all (ESPN's trimmed events:
    "competitions.0.competitors.0.team.displayName", a team's name being no title of its own), the list named for
    its sides as ``listed_sides`` wants it; of several such names of one side ("displayName", "shortName") the one
    seen first. The list is the innermost one of the path ("competitors" inside "competitions.0").

    ``titled``: the items have a title that names no game of its own (a round's "Week 2", a competition's name;
    batch apis69). Then the list must be a game's for sure: named for teams or competitors, or inside a match or a
    game ("match.teams"); a session's "participants" or a round's "players" beside "Episode 12" keep the title."""
    for path, column in columns.items():
        parts = path.split(".")
        if "0" not in parts[1:] or not set(words(parts[-1])) & NAME_KEYS:
            continue
        index = len(parts) - 1 - parts[::-1].index("0")  # the innermost list's element
        outer, key = parts[: index - 1], parts[index - 1]
        if titled and not _surely_a_game(outer, key):
            continue
        inner = [
            {key: value_at(item, outer).get(key)} if isinstance(value_at(item, outer), Mapping) else {}
            for item in items
        ]
        found = listed_sides(inner, Column(".".join(parts[index - 1 :]), column.values))
        if found is not None:
            prefix = "".join(f"{part}." for part in outer)
            first, second = found
            return Column(prefix + first.path, first.values), Column(prefix + second.path, second.values)
    return None


# the words of a side's name key ("displayName", "team_name", "title")
NAME_KEYS = frozenset({"name", "title"})
# A list surely a game's two sides beside a title that names no game (``titled``): named for teams or competitors
# ("participants" and "players" may be a session's speakers), or inside a game's own object ("match.teams").
# "sides" alone is no game's: a meal plan's "Day 2" has two sides too ("Fries", "Salad"; review38); inside a game's
# object it is.
TEAM_NOUNS = frozenset(
    {"team", "teams", "competitor", "competitors", "opponent", "opponents", "mannschaft", "mannschaften", "equipo",
     "equipos", "équipe", "équipes", "equipe", "equipes", "squadra", "squadre", "ploeg", "ploegen"}
)  # fmt: skip
GAME_OBJECTS = frozenset(
    {"match", "matches", "game", "games", "fixture", "fixtures", "bout", "bouts", "spiel", "spiele", "partido",
     "partidos", "partita", "partite", "wedstrijd", "wedstrijden", "mecz", "mecze", "zápas", "zapas"}
)  # fmt: skip


def _surely_a_game(outer: Sequence[str], key: str) -> bool:
    return bool(set(words(key)) & TEAM_NOUNS) or any(set(words(part)) & GAME_OBJECTS for part in outer)


def value_at(value: Any, parts: Sequence[str]) -> Any:
    """The value at ``parts`` (a list's element by its number: "competitions.0")."""
    for part in parts:
        if isinstance(value, list) and part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def _name(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip() or "@" in value:
        return None
    return value.strip()
