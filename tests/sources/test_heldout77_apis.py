"""The seventy-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout77.json: a basketball
data API's day of games; a football data API's fixtures; a league's scoreboard; a civic meeting platform's meetings;
a ticketing API's event; a hard negative, a ledger's transactions), on small documents of our own.

The cold measure found 12 of 22 events. By cause:

- The away side under the plural "visitors" (API-SPORTS' ``"teams": {"home": {"name"}, "visitors": {"name"}}``): no
  pair of sides, no title, the games unreadable (``_json_sides.AWAY_WORDS``).
- The sides keyed by an initial glued to "Team" (``"hTeam"``, ``"vTeam"``) and named only by a three-letter code
  (``"triCode": "CLE"``): unreadable (``_json_glued_initials``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters._json_glued_initials import glued_home, glued_initial
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("America/New_York")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


def titles(read: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(each["title"], each["start"]) for each in read]


def game(start: str, arena: str, sides: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"id": abs(hash(start + arena)) % 10_000, "date": {"start": start, "end": None}, "arena": {"name": arena},
            **sides, **more}  # fmt: skip


def visitors(home: str, away: str) -> dict[str, Any]:
    return {"teams": {"visitors": {"id": 1, "name": away, "code": away[:3].upper()},
                      "home": {"id": 2, "name": home, "code": home[:3].upper()}}}  # fmt: skip


def test_an_away_side_called_visitors_pairs_with_the_home_side() -> None:
    read = events(
        {
            "response": [
                game("2031-04-14T17:00:00.000Z", "Harbor Arena", visitors("Boston Pilots", "Quebec Owls")),
                game("2031-04-14T19:30:00.000Z", "Lakeside Hall", visitors("Denver Kites", "Miami Rays")),
            ]
        }
    )
    assert titles(read) == [
        ("Boston Pilots vs Quebec Owls", "2031-04-14T13:00:00-04:00"),
        ("Denver Kites vs Miami Rays", "2031-04-14T15:30:00-04:00"),
    ]
    assert [each["venue_name"] for each in read] == ["Harbor Arena", "Lakeside Hall"]


def test_visitors_counted_beside_a_home_page_name_no_side() -> None:
    # hard negative: a site's daily visits, "visitors" a count and "home" its home page: no game, nothing read
    visits = [
        {"date": f"2031-04-{day:02d}T00:00:00Z", "home": {"name": "Front page"}, "visitors": 1200 + day}
        for day in range(1, 6)
    ]
    assert events({"response": visits}) == []


def scoreboard(home: dict[str, Any], away: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"gameId": "0031801001", "arena": {"name": "Harbor Arena", "city": "Cleveland"}, "startTimeUTC":
            "2031-03-11T23:00:00.000Z", "hTeam": home, "vTeam": away, **more}  # fmt: skip


BROADCAST = {"broadcasters": {"hTeam": [{"longName": "Harbor Sports Network"}], "vTeam": [{"longName": "Owl TV"}]}}


def test_sides_keyed_by_glued_initials_are_named_by_their_codes() -> None:
    games = [
        scoreboard({"teamId": "161", "triCode": "CLE", "win": "16"}, {"teamId": "162", "triCode": "TOR"}),
        scoreboard({"teamId": "163", "triCode": "WAS"}, {"teamId": "164", "triCode": "SAC"}, watch=BROADCAST),
    ]
    assert titles(events(games)) == [
        ("CLE vs TOR", "2031-03-11T19:00:00-04:00"),
        ("WAS vs SAC", "2031-03-11T19:00:00-04:00"),
    ]


def test_a_side_name_comes_before_its_code_and_a_list_under_a_side_names_no_side() -> None:
    games = [
        scoreboard({"triCode": "CLE", "fullName": "Cleveland Pilots"}, {"triCode": "TOR", "fullName": "Toronto Owls"}),
        scoreboard(
            {"triCode": "WAS", "fullName": "Washington Kites"}, {"triCode": "SAC", "fullName": "Sacramento Rays"}
        ),
    ]
    assert [title for title, _ in titles(events(games))] == [
        "Cleveland Pilots vs Toronto Owls",
        "Washington Kites vs Sacramento Rays",
    ]
    # the home side's television channels ("watch.broadcasters.hTeam.0.longName") name no game: with no code or name
    # of the sides themselves the scoreboard stays unread
    bare = [scoreboard({"teamId": "161"}, {"teamId": "162"}, watch=BROADCAST) for _ in range(3)]
    assert events(bare) == []


def test_codes_name_the_sides_of_home_and_away_keys_too() -> None:
    games = [
        {"start": "2031-05-02T00:10:00Z", "venue": "Harbor Arena", "homeTeam": {"id": 1, "abbreviation": "CLE"},
         "awayTeam": {"id": 2, "abbreviation": "TOR"}},
        {"start": "2031-05-03T00:10:00Z", "venue": "Lakeside Hall", "homeTeam": {"id": 3, "abbreviation": "WAS"},
         "awayTeam": {"id": 4, "abbreviation": "SAC"}},
    ]  # fmt: skip
    assert [title for title, _ in titles(events({"games": games}))] == ["CLE vs TOR", "WAS vs SAC"]


def test_no_code_and_no_home_letter_name_no_side() -> None:
    # hard negatives: ids only, codes in lower case, two letters with no home ("aTeam", "bTeam"), a layout's "hBox"
    ids = [scoreboard({"teamId": "161"}, {"teamId": "162"}) for _ in range(3)]
    lower = [scoreboard({"triCode": "cle"}, {"triCode": "tor"}) for _ in range(3)]
    lettered = [
        {"startTimeUTC": "2031-03-11T23:00:00Z", "arena": {"name": "Harbor Arena"}, "aTeam": {"triCode": "CLE"},
         "bTeam": {"triCode": "TOR"}},
    ] * 3  # fmt: skip
    boxes = [
        {"startTimeUTC": "2031-03-11T23:00:00Z", "hBox": {"code": "CLE"}, "vBox": {"code": "TOR"}},
    ] * 3
    for document in (ids, lower, lettered, boxes):
        assert events(document) == []
    assert [glued_initial(path) for path in ("hTeam.triCode", "v_team.code", "hBox.code", "HTeam.name")] == [
        True,
        True,
        False,
        False,
    ]
    assert [glued_home(path) for path in ("hTeam.triCode", "vTeam.triCode")] == [True, False]
