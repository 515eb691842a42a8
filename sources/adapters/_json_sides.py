"""The two sides of a match: a game's record names no event, only who plays.

Schedules of games (a league's API, a team's fixtures) give each game its two sides and no title: MLB's
``teams.away.team.name`` and ``teams.home.team.name``, ``homeTeam.name`` and ``awayTeam.name``,
``homeTeamName`` and ``awayTeamName``. What sits under one side is that side's (its name, id, score, probable
pitcher), never the game's own title or id (``sided``); the game is named by both sides' names, "<away> at
<home>" (``matchup``): "at" keeps which side is at home, as schedules write it, where "vs" would lose it. A name
every game carries that is named for its competition (BBC Sport's "tournamentName": "Premier League" on each
match, a "leagueName") does not name the game: the sides do (``competition_name``). A name of the game's own is
kept, even one two games share ("Opening Day").

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import Column, mean_length, text_column, url_share, words

HOME = "home"
AWAY_WORDS = ("away", "visitor", "visiting", "guest")
SIDE_WORDS = frozenset({HOME, *AWAY_WORDS})
NAME_WORDS = frozenset({"name", "title"})
MATCHUP_JOIN = " at "
MATCHUP_EVIDENCE = "title ← {away} at {home} (no name field: the game named by its two sides)"
# What a record with a home and an away side is, said as a source would label it, so the label table (not the
# text model, which knows no team names: "Los Angeles Dodgers at San Francisco Giants" read as a gig) decides.
GAME_LABEL = "Sports / Game"
GAME_EVIDENCE = "source_category ← " + repr(GAME_LABEL) + " (every item names a home and an away side: a game)"
MIN_SHARE = 0.6  # of the items that name both sides
# what a name that every game of a schedule carries names instead of the game
COMPETITION_WORDS = frozenset({"tournament", "competition", "league", "championship", "cup", "season", "division",
                               "tournaments", "competitions", "leagues", "championships", "cups", "seasons",
                               "divisions"})  # fmt: skip  # "^leagues.name": FotMob's matches grouped by league
_HOME_WORD = re.compile(HOME, re.IGNORECASE)


def sided(path: str) -> bool:
    """Whether a column belongs to one side of a match ("teams.away.id", "homeTeam.name", "home_score")."""
    return bool(set(words(path)) & SIDE_WORDS)


def matchup(columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(away, home): the columns of the two sides' names, whose paths differ only in the side's word."""
    for path, home in columns.items():
        if not _side_name(home):
            continue
        parts = path.split(".")
        for index, part in enumerate(parts):
            if HOME not in words(part):
                continue
            for word in AWAY_WORDS:
                renamed = _HOME_WORD.sub(functools.partial(_cased, word), part)
                away = columns.get(".".join([*parts[:index], renamed, *parts[index + 1 :]]))
                if away is not None and _side_name(away):
                    return away, home
    return None


def competition_name(column: Column) -> bool:
    """Whether a name column names the competition the games are in, not each game: named for a tournament, a
    league, a cup or a season."""
    return bool(column.all_words & COMPETITION_WORDS)


def matchup_spec(away: Column, home: Column) -> dict[str, Any]:
    return {"path": [away.path, home.path], "join": MATCHUP_JOIN}


def _cased(word: str, found: re.Match[str]) -> str:
    """``word`` written as the side's word found is: "away" for "home", "Away" for "Home", "AWAY" for "HOME"."""
    like = found.group()
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def _side_name(column: Column) -> bool:
    """A side's name: a text field named as a name, present in most items, not an address."""
    return (
        bool(set(column.key_words) & NAME_WORDS)
        and column.share >= MIN_SHARE
        and text_column(column)
        and url_share(column) <= 0.5
        and 2 <= mean_length(column) <= 200
    )
