"""The two sides of a match: a game's record names no event, only who plays.

Schedules of games (a league's API, a team's fixtures) give each game its two sides and no title: MLB's
``teams.away.team.name`` and ``teams.home.team.name``, ``homeTeam.name`` and ``awayTeam.name``,
``homeTeamName`` and ``awayTeamName``. What sits under one side is that side's (its name, id, score, probable
pitcher), never the game's own title or id (``sided``); the game is named by both sides' names, "<home> vs
<away>" (``matchup``, ``matchup_spec``): the home side first, as football's fixture lists and the projects whose
renderings the corpora hold write a game (left36; it was "<away> at <home>", North American schedules' way, which a
source that writes it still keeps: a title of the source's own is never replaced). A name
every game carries that is named for its competition (BBC Sport's "tournamentName": "Premier League" on each
match, a "leagueName", the sport's "sport_title": "NBA" on each of The Odds API's games) does not name the game: the
sides do (``competition_name``); a sport's key that names a game besides ("sportsEventName") is the game's own. A name of the game's own is
kept, even one two games share ("Opening Day"); a title that only numbers the game ("Game 3", its place in a playoff
series, in every item) does not name it: the sides do (``ordinal_label``).

Sides told apart by a letter or a number instead ("teama" and "teamb", "team_1" and "team_2", "nameTeam1" and
"nameTeam2", "team1": {"teamName"} and "team2": {"teamName"}, "team_A_name" and "team_B_name" with the mark inside
one key, "team_name_1" and "team_name_2" with the mark closing it, as league exports and fixture lists write them) name the game too, "<first> vs <second>" (``numbered_sides``): the order is the source's, and "vs" claims nothing about
who is at home. The letter or number must follow a word for a side (team, club, player…): "option1" and "option2"
are no sides; nor is a side whose values are numbers (a score, an id, "287/6").

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from events.vocabulary import GAME_CATEGORY
from sources.adapters._json_flat_sides import side_key
from sources.adapters._json_glued_initials import (
    CODE_WORDS,
    glued_home,
    glued_initial,
    glued_sides,
    side_code,
    side_pairs,
)
from sources.adapters._json_initial_sides import initial_home, initial_side, initial_sides
from sources.adapters._json_shapes import Column, mean_length, text_column, url_share, words

HOME = "home"
AWAY_WORDS = ("away", "visitor", "visiting", "guest", "visitors")  # API-SPORTS' "teams": {"home", "visitors"}
LOCAL = "local"  # the home side's word glued to its noun in some feeds ("localteam" beside "visitorteam")
SIDE_WORDS = frozenset({HOME, *AWAY_WORDS})
NAME_WORDS = frozenset({"name", "title"})
MATCHUP_EVIDENCE = "title ← {home} vs {away} (no name field: the game named by its two sides, the home side first)"
VERSUS_JOIN = " vs "
VERSUS_EVIDENCE = "title ← {first} vs {second} (no name field: the game named by its two sides, in their order)"
# The words a side told apart by a letter or a number follows ("teamA", "club_2", "player1").
SIDE_NOUNS = frozenset({"team", "club", "side", "player", "competitor", "participant", "opponent", "squad"})
# the words a key naming one side of a game holds besides its side's word ("homeTeam", "home_team_code")
SIDE_KEY_WORDS = SIDE_WORDS | SIDE_NOUNS | CODE_WORDS | {"tri", "short", "name"}
FIRST_MARKS = {"1": "2", "a": "b", "A": "B"}
# What a record with a home and an away side is, said as a source would label it, so the label table (not the
# text model, which knows no team names: "Los Angeles Dodgers at San Francisco Giants" read as a gig) decides.
GAME_LABEL = GAME_CATEGORY
GAME_EVIDENCE = "source_category ← " + repr(GAME_LABEL) + " (every item names a home and an away side: a game)"
MIN_SHARE = 0.6  # of the items that name both sides
# what a name that every game of a schedule carries names instead of the game
COMPETITION_WORDS = frozenset({"tournament", "competition", "league", "championship", "cup", "season", "division",
                               "tournaments", "competitions", "leagues", "championships", "cups", "seasons",
                               "divisions",
                               # a stage of the competition many games share ("StageName": "Round of 32")
                               "stage", "stages", "phase", "phases", "round", "rounds", "group", "groups",
                               # the sport every game is of (The Odds API's "sport_title": "NBA", batch apis52)
                               "sport", "sports"})  # fmt: skip  # "^leagues.name": FotMob's matches grouped by league
# The sport's words name the sport only where the key names no game besides ("sportsEventName": "Derby Day" is the
# game's own name, a sports event's; review24).
SPORT_WORDS = frozenset({"sport", "sports"})
GAME_WORDS = frozenset({"event", "events", "game", "games", "match", "matches", "fixture", "fixtures"})
_HOME_WORD = re.compile(HOME, re.IGNORECASE)


def sided(path: str) -> bool:
    """Whether a column belongs to one side of a match ("teams.away.id", "homeTeam.name", "home_score",
    Goalserve's "localteam.name")."""
    return (
        bool(set(words(path)) & SIDE_WORDS)
        or any(glued_side(part) for part in path.split("."))
        or initial_side(path)
        or glued_initial(path)
    )


def glued_side(part: str) -> bool:
    """A key naming a side by its word glued to a side's noun: Goalserve's "localteam" and "visitorteam",
    "hometeam", "away_club" (the words alone read apart: "homeTeam")."""
    return _glued_word(part) is not None


def home_path(path: str) -> bool:
    """Whether a path names the home side ("homeTeam.name", Goalserve's "localteam.name")."""
    return (
        HOME in words(path)
        or any(local_side(part) for part in path.split("."))
        or initial_home(path)
        or glued_home(path)
    )


def local_side(part: str) -> bool:
    """A key naming the home side as "local" glued to a side's noun: "localteam", "local_team", "LocalClub"."""
    return _glued_word(part) == LOCAL


def _glued_word(part: str) -> str | None:
    """The side's word a key glues to a side's noun ("local" of "local_team", "visitor" of "VisitorTeam"), or None."""
    flat = part.lower().replace("_", "").replace("-", "")
    return next(
        (word for word in (LOCAL, *SIDE_WORDS) if flat.startswith(word) and flat[len(word) :] in SIDE_NOUNS), None
    )


def matchup(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(away, home): the columns of the two sides' names, whose paths differ only in the side's word; else
    (first, second), the sides told apart by a letter or a number (``numbered_sides``)."""
    return (
        _home_and_away(columns)
        or initial_sides(columns, _side_name)
        or glued_sides(columns, _side_name)
        or numbered_sides(columns)
        # no side holds a name: the two sides' short codes ("hTeam.triCode": "CLE"; _json_glued_initials)
        or paired_sides(columns, _team_code)
        or glued_sides(columns, side_code)
    )


def _team_code(column: Column) -> bool:
    """A side's short code under a key naming a side of a game ("homeTeam.abbreviation", "teams.home.code",
    "home_team_code"), not a home office's or airport's ("homeOffice.code": "NYC", review55)."""
    return side_code(column) and any(
        set(said) & SIDE_WORDS and set(said) <= SIDE_KEY_WORDS for said in map(words, column.path.split("."))
    )


def _home_and_away(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    return paired_sides(columns, _side_name)


def paired_sides(columns: Mapping[str, Column], accept: Callable[[Column], bool]) -> tuple[Column, Column] | None:
    """(away, home): two columns ``accept`` takes whose paths differ only in the side's word ("homeTeam.name" and
    "awayTeam.name", "home_team_label" and "away_team_label")."""
    return next(side_pairs(columns, accept, _away_paths), None)


def _away_paths(parts: list[str]) -> Iterator[str]:
    """The paths the away side's column would have where ``parts`` name the home side's: one part renamed
    ("homeTeam.name" → "awayTeam.name"), then, where the side's word is repeated inside the side's object, every
    part naming it renamed at once ("home_team.home_team_name" → "away_team.away_team_name", as StatsBomb's
    matches write each side's id and name)."""
    for index, part in enumerate(parts):
        for renamed in _away_names(part):
            yield ".".join([*parts[:index], renamed, *parts[index + 1 :]])
    renamings = [_away_names(part) for part in parts]
    if sum(1 for names in renamings if names) > 1:
        for position in range(len(AWAY_WORDS)):
            yield ".".join(names[position] if names else part for part, names in zip(parts, renamings, strict=True))


def _away_names(part: str) -> list[str]:
    """The names the away side's key would have where ``part`` names the home side: "homeTeam" → "awayTeam",
    "visitorTeam"…; Goalserve's glued "localteam" → "visitorteam" (batch 50: "local" is the home side there, as in
    Spanish scores, "local" and "visitante"). Nothing for a key that names no home side."""
    if HOME in words(part):
        return [_HOME_WORD.sub(functools.partial(_cased, word), part) for word in AWAY_WORDS]
    if local_side(part):
        return [_written_as(word, part[: len(LOCAL)]) + part[len(LOCAL) :] for word in AWAY_WORDS]
    return []


def _written_as(word: str, like: str) -> str:
    """``word`` in the case ``like`` is written in ("LOCAL" → "VISITOR", "Local" → "Visitor")."""
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def competition_name(column: Column) -> bool:
    """Whether a name column names the competition the games are in, not each game: named for a tournament, a
    league, a cup or a season."""
    said = column.all_words
    return bool(said & (COMPETITION_WORDS - SPORT_WORDS)) or bool(said & SPORT_WORDS and not said & GAME_WORDS)


def ordinal_label(column: Column) -> bool:
    """Whether a title column only numbers each game ("Game 3", "Match 12", "Leg 2": one word, then a number, in
    every item): which game of a series or a fixture list it is, not what it is. A game so titled is named by its
    sides, where it has them; a name ("Opening Day", "Game Night", "Derby 2: the return") stays."""
    strings = column.strings()
    return bool(strings) and all(_numbered(text) for text in strings)


def _numbered(text: str) -> bool:
    parts = text.split()
    return len(parts) == 2 and parts[0].isalpha() and parts[1].lstrip("#").isdigit()


def numbered_sides(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(first, second): the columns of two sides' names whose paths differ only in a letter or a number ending a
    part after a side's word ("teama"/"teamb", "team1.teamName"/"team2.teamName"); of several names of one side
    ("teamName", "shortName") the longest."""
    found: list[tuple[float, Column, Column]] = []
    for path, first in columns.items():
        parts = path.split(".")
        for index, part in enumerate(parts):
            if _first_side(part) and _named_side(parts[index + 1 :]):
                renamed: str | None = part[:-1] + FIRST_MARKS[part[-1]]
            else:
                renamed = _inner_second(part) if index == len(parts) - 1 else None
            if renamed is None or not _side_text(first):
                continue
            second = columns.get(".".join([*parts[:index], renamed, *parts[index + 1 :]]))
            if second is not None and _side_text(second):
                found.append((mean_length(first), first, second))
    if not found:
        return _trailing_sides(columns)
    _, first, second = max(found, key=lambda entry: entry[0])
    return first, second


def _trailing_sides(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(first, second): two sides' names whose key's mark closes it, after the side's word and a name's
    ("team_name_1"/"team_name_2", "team_name_eng_1"/"team_name_eng_2", "teamName1"); of one side's names in
    several languages or forms the one whose key says least ("team_name_1" before "team_name_eng_1": the source's
    own, not its translation), then the longest."""
    found: list[tuple[int, float, Column, Column]] = []
    for path, first in columns.items():
        *parents, part = path.split(".")
        said = words(part)
        if part[-1:] not in FIRST_MARKS or len(said) < 3 or said[-1] not in ("1", "a"):
            continue
        if said[0] not in SIDE_NOUNS or said[1] not in NAME_WORDS or not _side_text(first):
            continue
        second = columns.get(".".join([*parents, part[:-1] + FIRST_MARKS[part[-1]]]))
        if second is not None and _side_text(second):
            found.append((-len(said), mean_length(first), first, second))
    if not found:
        return None
    *_, first, second = max(found, key=lambda entry: (entry[0], entry[1]))
    return first, second


def matchup_spec(away: Column, home: Column) -> dict[str, Any]:
    """The title's mapping: "<home> vs <away>" when one side is the home side, else the two in the source's order."""
    first, second = (home, away) if _at_home(home) else (away, home)
    return {"path": [first.path, second.path], "join": VERSUS_JOIN}


def matchup_evidence(away: Column, home: Column) -> str:
    if _at_home(home):
        return MATCHUP_EVIDENCE.format(away=away.path, home=home.path)
    return VERSUS_EVIDENCE.format(first=away.path, second=home.path)


def _at_home(column: Column) -> bool:
    return home_path(column.path)


def _first_side(part: str) -> bool:
    """A path part naming the first of two sides: a side's word and then "1" or "a" ("team1", "team_a", "teamA",
    "nameTeam1"), the letter glued on or not."""
    if part[-1:] not in FIRST_MARKS:
        return False
    found = words(part)
    if len(found) >= 2 and found[-1] in ("1", "a") and found[-2] in SIDE_NOUNS:
        return True
    return bool(found) and found[-1][:-1] in SIDE_NOUNS and found[-1][-1:] == "a"  # "teama"


def _inner_second(part: str) -> str | None:
    """The key of the second side where the first side's mark sits inside one key, between a side's word and a
    name's ("team_A_name" → "team_B_name", "team1Name" → "team2Name"); None when the key is not such a name."""
    found = words(part)
    if len(found) < 3 or found[-1] not in NAME_WORDS or found[-2] not in ("1", "a") or found[-3] not in SIDE_NOUNS:
        return None
    for position, character in enumerate(part):
        if character not in FIRST_MARKS:
            continue
        renamed = part[:position] + FIRST_MARKS[character] + part[position + 1 :]
        if words(renamed) == [*found[:-2], "2" if found[-2] == "1" else "b", found[-1]]:
            return renamed
    return None


def _named_side(rest: list[str]) -> bool:
    """What follows the side's part is its name ("teamName"), or nothing (the part is the name's own key)."""
    return not rest or (len(rest) == 1 and bool(set(words(rest[0])) & NAME_WORDS))


def _side_text(column: Column) -> bool:
    """A side's name: text in most items, not an address, not a number (a score, an id, "287/6", "2-1": most of
    its values hold a letter)."""
    strings = column.strings()
    return (
        column.share >= MIN_SHARE
        and text_column(column)
        and url_share(column) <= 0.5
        and 2 <= mean_length(column) <= 200
        and 2 * sum(1 for text in strings if any(character.isalpha() for character in text)) > len(strings)
    )


def _cased(word: str, found: re.Match[str]) -> str:
    """``word`` written as the side's word found is: "away" for "home", "Away" for "Home", "AWAY" for "HOME"."""
    return _written_as(word, found.group())


def _side_name(column: Column) -> bool:
    """A side's name: a text field named as a name (or by the side alone, "homeTeam": ``side_key``), present in
    most items, not an address, not a number (``_side_text``: a team's id written as text, "IdTeam": "43911", its key
    ending in the side's noun, names no side)."""
    return (bool(set(column.key_words) & NAME_WORDS) or side_key(column)) and _side_text(column)
