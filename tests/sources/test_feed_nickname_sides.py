"""A game whose two teams are each named by a place and a nickname (``_json_nickname_parts``, through
``_json_name_parts``): "Dallas Stars vs Nashville Predators", not "Nashville vs Dallas" nor "Predators vs Stars".

Documents of our own, XML (a SportsML-like schedule whose ``<name>`` has a city and a nickname) and JSON (the
shapes schedules use: "name" + "nickname", "location" + "nickname", "locationName" + "teamName",
"city" + "mascot"), and sides told apart by their keys ("homeTeam", "teams.away.team"). Hard negatives: players
with nicknames, a moniker ("The Hawks") beside a full name, a team's "name" that already holds its nickname (the
full name, read alone), a "name" beside a "location" and no nickname key, a nickname equal to its place, and a
game with a name of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from events.vocabulary import GAME_CATEGORY
from tests.sources.helpers import read_feed

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 2, 1, tzinfo=NEW_YORK)
CLUBS = [("Aldoria", "Hawks"), ("Brenvik", "Otters"), ("Corvana", "Lynx"), ("Dunmoor", "Rooks"), ("Estal", "Foxes")]


def titles(document: str | bytes, kind: str = "auto") -> list[str]:
    return [event["title"] for event in read_feed(document, zone=NEW_YORK, start=START, kind=kind)]


def sportsml(place_key: str = "city", nickname_key: str = "nickname") -> str:
    """Four games, each with two <team>s saying which side is away and which at home, each <name> in parts."""

    def team(place: str, nickname: str, side: str) -> str:
        return (
            f'<team><team-metadata alignment="{side}"><name {place_key}="{place}" {nickname_key}="{nickname}"/>'
            '</team-metadata><team-stats score="3"/></team>'
        )

    games = "".join(
        f'<sports-event><event-metadata event-key="g{n}" start-date-time="203103{n + 1:02d}T190000-0500"/>'
        f"{team(*CLUBS[n], 'away')}{team(*CLUBS[n + 1], 'home')}</sports-event>"
        for n in range(4)
    )
    return f'<?xml version="1.0"?><sports-content><schedule>{games}</schedule></sports-content>'


def test_xml_teams_named_by_city_and_nickname_are_joined_home_vs_away() -> None:
    assert titles(sportsml(), kind="xml") == [
        "Brenvik Otters vs Aldoria Hawks",
        "Corvana Lynx vs Brenvik Otters",
        "Dunmoor Rooks vs Corvana Lynx",
        "Estal Foxes vs Dunmoor Rooks",
    ]


def games(side, key: str = "teams", name: str | None = None) -> str:
    """Five games, each listing its two sides under ``key``, each side as ``side(place, nickname, k)``."""
    return json.dumps(
        {
            "games": [
                {
                    "id": n,
                    **({"name": f"{name} {n + 1}"} if name else {}),
                    "date": f"2031-03-{n + 1:02d}T19:00:00-05:00",
                    key: [side(*CLUBS[(n + k) % len(CLUBS)], k) for k in range(2)],
                }
                for n in range(5)
            ]
        }
    )


@pytest.mark.parametrize(
    "side",
    [
        lambda place, nickname, _k: {"name": place, "nickname": nickname},
        lambda place, nickname, _k: {"location": place, "nickname": nickname, "abbreviation": nickname[:3]},
        lambda place, nickname, _k: {"team": {"locationName": place, "teamName": nickname}},
        lambda place, nickname, _k: {"city": place, "mascot": nickname},
    ],
)
def test_json_teams_named_in_place_and_nickname_are_joined_by_a_space(side) -> None:
    assert titles(games(side))[:2] == ["Aldoria Hawks vs Brenvik Otters", "Brenvik Otters vs Corvana Lynx"]
    events = read_feed(games(side), zone=NEW_YORK, start=START)
    assert {event["source_category"] for event in events} == {GAME_CATEGORY}


def test_json_sides_that_say_away_and_home_are_titled_home_vs_away() -> None:
    def side(place: str, nickname: str, k: int) -> dict:
        return {"name": place, "nickname": nickname, "homeAway": "away" if k == 0 else "home"}

    assert titles(games(side))[:2] == ["Brenvik Otters vs Aldoria Hawks", "Corvana Lynx vs Brenvik Otters"]


def test_a_full_name_beside_the_parts_is_the_sides_name() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"location": place, "nickname": nickname, "displayName": f"{place} {nickname} FC"}

    assert titles(games(side))[0] == "Aldoria Hawks FC vs Brenvik Otters FC"


# --- hard negatives ---------------------------------------------------------------------------------------------


def test_players_nicknames_are_no_part_of_their_names() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"name": f"{place} Ruiz", "nickname": f"The {nickname}"}

    assert titles(games(side, key="players"))[:2] == ["Aldoria Ruiz vs Brenvik Ruiz", "Brenvik Ruiz vs Corvana Ruiz"]


def test_a_name_that_already_holds_its_place_is_read_alone() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"location": place, "name": f"{place} {nickname}"}

    assert titles(games(side))[:2] == ["Aldoria Hawks vs Brenvik Otters", "Brenvik Otters vs Corvana Lynx"]


def test_a_name_beside_a_location_and_no_nickname_key_stays_the_name() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"location": f"{place} Park", "name": nickname}

    assert titles(games(side))[:2] == ["Hawks vs Otters", "Otters vs Lynx"]


def test_a_moniker_beside_a_full_name_is_no_part_of_it() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"name": place, "nickname": f"The {nickname}"}

    assert titles(games(side))[:2] == ["Aldoria vs Brenvik", "Brenvik vs Corvana"]


def test_a_nickname_equal_to_its_place_is_not_doubled() -> None:
    def side(place: str, _nickname: str, _k: int) -> dict:
        return {"name": place, "nickname": place}

    assert titles(games(side))[:2] == ["Aldoria vs Brenvik", "Brenvik vs Corvana"]


def test_a_game_with_a_name_of_its_own_keeps_it() -> None:
    def side(place: str, nickname: str, _k: int) -> dict:
        return {"name": place, "nickname": nickname}

    assert titles(games(side, name="Founders Cup final"))[:2] == ["Founders Cup final 1", "Founders Cup final 2"]


# --- sides told apart by their keys ("homeTeam", "teams.away.team") ---------------------------------------------


def keyed(home: str, away: str, side) -> str:
    """Four games, each side an object under its own key (``home``, ``away``), each as ``side(place, nickname)``."""
    return json.dumps(
        {
            "schedule": [
                {
                    "gameId": n,
                    "startTime": f"2031-03-{n + 1:02d}T19:00:00-05:00",
                    **_merged(_nested(home, side(*CLUBS[n])), _nested(away, side(*CLUBS[n + 1]))),
                }
                for n in range(4)
            ]
        }
    )


def _merged(first: dict, second: dict) -> dict:
    """Two nested objects in one ("teams": {"home": …} and "teams": {"away": …})."""
    merged = dict(first)
    for key, value in second.items():
        merged[key] = _merged(merged[key], value) if isinstance(merged.get(key), dict) else value
    return merged


def _nested(path: str, value: dict) -> dict:
    for key in reversed(path.split(".")):
        value = {key: value}
    return value


@pytest.mark.parametrize(
    ("home", "away", "side"),
    [
        ("homeTeam", "awayTeam", lambda place, nickname: {"location": place, "nickname": nickname}),
        ("homeTeam", "awayTeam", lambda place, nickname: {"name": place, "nickname": nickname, "score": 2}),
        ("home_club", "visitor_club", lambda place, nickname: {"city": place, "mascot": nickname}),
        ("teams.home.team", "teams.away.team", lambda place, nickname: {"locationName": place, "teamName": nickname}),
    ],
)
def test_keyed_sides_in_place_and_nickname_are_titled_home_vs_away(home, away, side) -> None:
    assert titles(keyed(home, away, side))[:2] == ["Aldoria Hawks vs Brenvik Otters", "Brenvik Otters vs Corvana Lynx"]


def test_keyed_sides_whose_name_holds_the_place_keep_their_name() -> None:
    def side(place: str, nickname: str) -> dict:
        return {"name": f"{place} {nickname}", "teamName": nickname, "locationName": place}

    assert titles(keyed("homeTeam", "awayTeam", side))[0] == "Aldoria Hawks vs Brenvik Otters"


def test_keyed_players_nicknames_are_no_part_of_their_names() -> None:
    def side(place: str, nickname: str) -> dict:
        return {"name": f"{place} Ruiz", "nickname": f"The {nickname}"}

    assert titles(keyed("homePlayer", "awayPlayer", side))[0] == "Aldoria Ruiz vs Brenvik Ruiz"
