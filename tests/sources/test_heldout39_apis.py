"""The thirty-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout39.json, each file
measured once before these rules), on small documents of our own.

The cold measure (found 123/152, fields 13/13, extra 2, one unreadable hard negative) taught three rules:

- a tournament's game whose sides are known only by their place in the draw (``"home_team_label": "Winner Match
  93"``, ``"away_team_label": "Runner-up Group B"``, no team name yet) is still a game: where neither side's name is
  there, the labels name it as the names would (``_json_side_labels``);
- a list of weather readings (``"temperature"``, ``"humidity"``, ``"dewPoint"``, ``"windSpeed"``, ``"pressure"``
  as numbers on each item) is no list of events, even with a time and the game it was measured at beside them
  (``_json_observations``);
- the stamp of a request or a fetch (``"requestedAt"``, ``"lastAccessed"``, ``"fetched_at"``) is a log's, never a
  start (``NOT_DATE`` in ``_json_fields``).

And hard negatives: a game that names its teams keeps their names, labels beside them or not; a one-side label
("home_label" with no away twin) names nothing; labels that are numbers are no labels; an event with a room's
"temperature", or with a nested "weather" forecast, is still an event; a "scheduled_at" or "starts_at" is still a
start.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_observations import readings
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=NEW_YORK)


def titles(document: object) -> list[str]:
    return [event["title"] for event in events(document)]


# --- a side known only by its place in the draw -----------------------------------------------------------------


def game(number: int, day: int, home: str | None, away: str | None, **labels: str) -> dict:
    record: dict = {"id": str(number), "group": "R16" if labels else "A", "local_date": f"06/{day:02d}/2031 18:00"}
    if home:
        record["home_team_name_en"] = home
    if away:
        record["away_team_name_en"] = away
    return {**record, **labels}


DRAW = {
    "games": [
        game(1, 11, "Harbourside", "Lakeshore"),
        game(2, 12, "Millbrook", "Eastfield"),
        game(3, 13, "Northgate", "Riverton"),
        game(4, 20, None, None, home_team_label="Winner Group A", away_team_label="Runner-up Group B"),
        game(5, 21, None, None, home_team_label="Winner Match 4", away_team_label="Winner Match 2"),
    ]
}


def test_a_game_whose_sides_are_places_in_the_draw_is_named_by_them() -> None:
    found = titles(DRAW)

    assert "Winner Group A vs Runner-up Group B" in found
    assert "Winner Match 4 vs Winner Match 2" in found
    assert len(found) == 5


def test_a_game_that_names_its_teams_keeps_their_names_beside_labels() -> None:
    document = {
        "games": [
            game(1, 11, "Harbourside", "Lakeshore", home_team_label="Winner Group A", away_team_label="Runner-up B"),
            game(2, 12, "Millbrook", "Eastfield"),
            game(3, 13, "Northgate", "Riverton"),
        ]
    }

    assert titles(document) == ["Harbourside vs Lakeshore", "Millbrook vs Eastfield", "Northgate vs Riverton"]


def test_a_label_without_its_other_side_names_nothing() -> None:
    document = {"games": [*DRAW["games"][:3], game(4, 20, None, None, home_team_label="Winner Group A")]}

    assert titles(document) == ["Harbourside vs Lakeshore", "Millbrook vs Eastfield", "Northgate vs Riverton"]


def test_labels_that_are_numbers_are_no_labels() -> None:
    document = {"games": [*DRAW["games"][:3], game(4, 20, None, None, home_team_label="1", away_team_label="2")]}

    assert len(titles(document)) == 3


# --- weather readings are no events -----------------------------------------------------------------------------

WEATHER = [
    {
        "id": 90001,
        "startTime": "2031-09-05T23:30:00.000Z",
        "homeTeam": "Harbourside",
        "awayTeam": "Lakeshore",
        "venue": "Harbour Field",
        "temperature": 82,
        "dewPoint": 74,
        "humidity": 77,
        "precipitation": 0.08,
        "windSpeed": 9,
        "pressure": 1011.1,
        "weatherCondition": "Light rain",
    }
]


def test_a_list_of_weather_readings_is_no_list_of_events() -> None:
    assert readings(WEATHER)
    assert events(WEATHER) == []


def test_an_event_with_a_rooms_temperature_is_still_an_event() -> None:
    document = [
        {"title": "Hot Yoga", "start": "2031-06-02T18:00:00", "temperature": 40, "humidity": 40},
        {"title": "Sauna Social", "start": "2031-06-03T18:00:00", "temperature": 80, "humidity": 20},
    ]

    assert not readings(document)
    assert titles(document) == ["Hot Yoga", "Sauna Social"]


def test_an_event_with_a_nested_forecast_is_still_an_event() -> None:
    forecast = {"temperature": 21, "humidity": 60, "windSpeed": 12, "pressure": 1015}
    document = [
        {"name": "Riverside Jazz Picnic", "startDate": "2031-07-12T14:00:00", "weather": forecast},
        {"name": "Harbour Fireworks", "startDate": "2031-07-13T21:30:00", "weather": forecast},
    ]

    assert not readings(document)
    assert titles(document) == ["Riverside Jazz Picnic", "Harbour Fireworks"]


# --- a request's stamp is no start --------------------------------------------------------------------------------


def test_the_stamp_of_a_request_is_no_start() -> None:
    document = {
        "recentRequests": [
            {"api": "cfb", "endpoint": "/plays", "requestedAt": "2031-07-31T12:01:00.000Z"},
            {"api": "cfb", "endpoint": "/games", "requestedAt": "2031-07-31T12:03:00.000Z"},
        ]
    }

    assert events(document) == []


def test_a_fetched_or_accessed_stamp_is_no_start_either() -> None:
    document = [
        {"name": "Harbour Lights Orchestra", "fetched_at": "2031-06-01T08:00:00Z"},
        {"name": "Riverside Jazz Picnic", "lastAccessed": "2031-06-01T08:05:00Z"},
    ]

    assert events(document) == []


def test_a_scheduled_or_starting_stamp_is_still_a_start() -> None:
    document = [
        {"name": "Harbour Lights Orchestra", "scheduled_at": "2031-06-14T19:30:00", "requested_at": "2031-05-01"},
        {"name": "Riverside Jazz Picnic", "scheduled_at": "2031-07-12T14:00:00", "requested_at": "2031-05-02"},
    ]

    found = events(document)

    assert [event["title"] for event in found] == ["Harbour Lights Orchestra", "Riverside Jazz Picnic"]
    assert found[0]["start"].startswith("2031-06-14T19:30")
