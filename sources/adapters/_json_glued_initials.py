"""The two sides of a game keyed by an initial glued to a side's noun, and sides named only by a short code.

**Glued initials** (``glued_sides``). data.nba.net's scoreboard writes each game's home side as ``"hTeam"`` and the
visiting side as ``"vTeam"`` (``{"hTeam": {"teamId": "1610612739", "triCode": "CLE", "win": "16"}, "vTeam": {…
"triCode": "TOR"}}``, batch apis77): the letter is the side's word ("h" home, "v" visiting, "a" away), glued
lower-case to a side's noun ("Team", "_club"), as ``_json_sides`` reads "homeTeam" and ``_json_initial_sides``
reads ``"teams": {"h": …, "a": …}``. A lone letter names nothing by itself, so a key is read so only in a pair: an
"h" key and a "v" or "a" key at the same place of the path, each holding the side's name (or code, below) as its
own key ("hTeam.name"; not "broadcasters.hTeam.0.longName": the home side's television channels, one of a list
under the side). Not: "aTeam" beside "bTeam" (no home: ``_json_sides.numbered_sides`` reads letters as a first and
a second), "hTeam" alone, a letter glued to no side's noun ("hBox" and "vBox": a layout's), a capital letter
("ATeam": a name).

**Sides named by a code** (``side_code``). Where neither side holds a name, the game is named by the two sides'
short codes, the abbreviation a league prints on its scoreboards ("triCode": "CLE", "abbreviation": "TOR"): a key
saying code or abbreviation whose values are, in most items, two to five capitals or digits opening with a
capital. "CLE vs TOR" is the least wrong title the record gives (the schedule was unreadable); a side's name,
where it has one, always comes first (``_json_sides.matchup`` tries names before codes). Not: an id ("teamId":
"1610612739", digits), a code in lower case or of mixed case ("cle", "Cle": a slug, a name), a long text.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from sources.adapters._json_shapes import Column, mean_length, text_column

HOME_LETTER = "h"
AWAY_LETTERS = ("v", "a")
# one lower-case side letter glued to a side's noun, capitalised or after "_" ("hTeam", "v_team", "aClub")
_GLUED = re.compile(r"(?P<letter>[hva])(?P<noun>_(?:team|club|side)|(?:Team|Club|Side))")
CODE_WORDS = frozenset({"code", "tricode", "abbreviation", "abbr", "abbrev"})
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,4}")
MIN_SHARE = 0.6  # of the items whose code is read as the side's


def _letter(part: str) -> str | None:
    found = _GLUED.fullmatch(part)
    return found.group("letter") if found else None


def glued_initial(path: str) -> bool:
    """Whether a column sits under one side keyed by a glued initial ("hTeam.triCode", "vTeam.teamId")."""
    return any(_letter(part) for part in path.split("."))


def glued_home(path: str) -> bool:
    """Whether a column sits under the home side keyed by a glued initial ("hTeam.triCode")."""
    return any(_letter(part) == HOME_LETTER for part in path.split("."))


def _away_paths(parts: list[str]) -> Iterator[str]:
    """The away side's paths where the key just above the leaf is the home side's ("hTeam.triCode" →
    "vTeam.triCode", "aTeam.triCode"); nothing for a leaf deeper under the side ("hTeam.0.longName": one of the
    side's list, its broadcasters, not the side)."""
    found = _GLUED.fullmatch(parts[-2]) if len(parts) >= 2 else None
    if found and found.group("letter") == HOME_LETTER:
        for letter in AWAY_LETTERS:
            yield ".".join([*parts[:-2], letter + found.group("noun"), parts[-1]])


def side_pairs(
    columns: Mapping[str, Column], accept: Callable[[Column], bool], away_paths: Callable[[list[str]], Iterator[str]]
) -> Iterator[tuple[Column, Column]]:
    """Every (away, home) pair of columns ``accept`` takes, the away side's path one of ``away_paths`` of the home
    side's parts (``_json_sides.paired_sides`` renames a side's word, ``glued_sides`` a glued initial)."""
    for path, home in columns.items():
        if not accept(home):
            continue
        for away_path in away_paths(path.split(".")):
            away = columns.get(away_path)
            if away is not None and accept(away):
                yield away, home


def glued_sides(columns: Mapping[str, Column], accept: Callable[[Column], bool]) -> tuple[Column, Column] | None:
    """(away, home): the columns ``accept`` takes right under an "h" key and a "v" or "a" key glued to a side's
    noun, at the same place; of several such pairs the one with the longest values."""
    found = list(side_pairs(columns, accept, _away_paths))
    return max(found, key=lambda pair: mean_length(pair[0]) + mean_length(pair[1])) if found else None


def side_code(column: Column) -> bool:
    """A side's short code: a key saying code or abbreviation, its values two to five capitals or digits opening
    with a capital in most items ("CLE", "TOR", "LA1")."""
    if not set(column.key_words) & CODE_WORDS or not text_column(column):
        return False
    strings = column.strings()
    return (
        column.share >= MIN_SHARE
        and bool(strings)
        and sum(1 for text in strings if _CODE.fullmatch(text.strip())) >= MIN_SHARE * len(strings)
    )
