"""The two sides of a game named by keys, each by a place and a nickname: ``"homeTeam": {"location": "Dallas",
"nickname": "Stars"}``, ``"teams": {"away": {"team": {"locationName": "Nashville", "teamName": "Predators"}}}``.

``_json_sides.matchup`` finds a game's two sides by the word that tells them apart ("home"/"away", "team1"/"team2")
and names the game by their names: with the name in two parts it read one part alone ("Nashville at Dallas"), or,
where no key of a side says "name" ("location" + "nickname"), nothing, and the schedule was unreadable. Here each
side found is read as its place and its nickname joined by a space, the pair chosen as ``_json_nickname_parts``
chooses it ("name" beside "nickname", "locationName" beside "teamName", "city" beside "mascot"): "Nashville Predators at Dallas Stars", "at" where the sides are home and away, "vs" where they are only
numbered. Where no side's key says "name", the nickname columns are paired by their side's word.

Only for teams (the path names a team or a club: "homeTeam", "teams.home.team"): a player's nickname is a moniker.
Refused, the sides read as before: a part that holds the other in any item ("name": "Dallas Stars", "teamName":
"Stars"), a moniker ("The Gunners"), or both parts in under ``MIN_SHARE`` of the items that name the side.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping

from sources.adapters import _json_sides
from sources.adapters._json_name_parts import PartedSide
from sources.adapters._json_nickname_parts import NICKNAME_KEYS, keyed_pair, overlapping, team_path
from sources.adapters._json_shapes import Column, text_column
from sources.adapters._json_sides import MIN_SHARE, home_path, paired_sides


def matchup(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """``_json_sides.matchup``, each side's name joined from its place and nickname where it is written so."""
    found = _json_sides.matchup(columns) or paired_sides(columns, _nickname)
    if found is None:
        return None
    first, second = (_parted(column, columns) for column in found)
    if first is None or second is None:
        return _json_sides.matchup(columns)
    second.home = home_path(second.path)
    return first, second


def _nickname(column: Column) -> bool:
    """A team's nickname key with text in most items ("homeTeam.nickname")."""
    return (
        tuple(column.key_words) in NICKNAME_KEYS
        and team_path(column.path)
        and column.share >= MIN_SHARE
        and text_column(column)
    )


def _parted(column: Column, columns: Mapping[str, Column]) -> PartedSide | None:
    """The side's name from its place and nickname columns beside ``column``, or None."""
    if not team_path(column.path):
        return None
    head, _, key = column.path.rpartition(".")
    prefix = f"{head}." if head else ""
    siblings = [path[len(prefix) :] for path in columns if path.startswith(prefix) and "." not in path[len(prefix) :]]
    pair = keyed_pair(key, siblings)
    if pair is None:
        return None
    place, nickname = (columns[prefix + part] for part in pair)
    names: list[str | None] = []
    named = both = 0
    for first, last in zip(place.values, nickname.values, strict=False):
        first, last = _text(first), _text(last)
        named += bool(first or last)
        if first and last:
            if overlapping(first, last):
                return None
            both += 1
        names.append(f"{first} {last}" if first and last else None)
    if not both or both < MIN_SHARE * named:
        return None
    return PartedSide(place.path, names, entry=[place.path, nickname.path])


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and any(character.isalpha() for character in value) else None
