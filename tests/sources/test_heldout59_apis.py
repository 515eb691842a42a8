"""The fifty-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout59.json, each file
measured once before these rules), on small documents of our own.

Club-management and sports-league answers kept in Python projects' tests: a sports-club app's events (``{"id",
"heading", "recipients", "responses", "startTimestamp"}``) and one of its groups, an API-Football fixtures answer,
and a football data provider's matches of a season (``{"match_date", "home_team": {"home_team_name"},
"away_team": {"away_team_name"}, "stadium_name", "referee_name", "competition": {"competition_name"}}``). The
cold measure found 14 of 16 (fields 16/28: every stadium missed); three misses are rules:

- the club app's events were unreadable: one event as the whole document must start at a key that is not a
  record's stamp, and "startTimestamp" holds "timestamp". A key naming a start whose only stamp word says how it
  is written ("timestamp", "gmt") names the event's start (``_json_one_event.publication_stamp``). Not:
  "lastStartTimestamp" (a job's last run), "timestamp" alone, "created_timestamp".
- each match was titled by its stadium ("stadium_name"), once that was refused by its referee ("referee_name"):
  the ground a match or a race is played at ("stadium", "arena", "circuit", "racetrack", "racecourse") and who
  referees it ("referee", "umpire") name no event (``_json_fields.NOT_TITLE``); the stadium is now the place.
- each side's name sits under the side's object with the side's word repeated ("home_team": {"home_team_name"}):
  the away side's path is found by renaming every part that names the home side at once
  (``_json_sides._away_paths``), and the match is "<away> at <home>", not the competition's name every match
  carries ("NWSL").

Not: a group of the club app whose member has a "createdTime" (refused as before), a gala's "arena" beside its
title (the title stays, the arena is the place), a list of stadiums with no sides.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_one_event import publication_stamp
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

UTC = zoneinfo.ZoneInfo("UTC")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=UTC)

CLUB_EVENT = {
    "id": "36D7F1A46EB2CDED4B6F22D400229822",
    "heading": "Under-12 training",
    "recipients": {"group": {"id": "82DA", "name": "Juniors", "members": [{"id": "45AD", "firstName": "Kari"}]}},
    "responses": {"acceptedIds": ["B24F"], "declinedIds": [], "unansweredIds": ["3E54"], "waitinglistIds": []},
    "startTimestamp": "2031-03-04T17:00:00Z",
}
MATCH = {
    "match_id": 9001,
    "match_date": "2031-05-06",
    "kick_off": None,
    "competition": {"competition_id": 49, "country_name": "Norway", "competition_name": "Toppserien"},
    "home_team": {"home_team_id": 766, "home_team_name": "Bergen Rovers"},
    "away_team": {"away_team_id": 761, "away_team_name": "Oslo City"},
    "home_score": None,
    "away_score": None,
    "stadium_name": "Fjord Park",
    "referee_name": "K. Berg",
    "last_updated": "2031-02-08T07:33:39.356340",
}


def _titles_starts(document: object) -> list[tuple[str, str]]:
    return [(event["title"], event["start"]) for event in events(document)]


def test_a_club_apps_event_starting_at_its_start_timestamp_is_one_event() -> None:
    assert _titles_starts(CLUB_EVENT) == [("Under-12 training", "2031-03-04T17:00:00+00:00")]


def test_a_start_written_as_gmt_is_the_events_start() -> None:
    document = {"title": "Spring fair", "start_date_gmt": "2031-03-10 10:00:00", "venue": "Town hall"}
    assert [event["title"] for event in events(document)] == ["Spring fair"]


def test_not_a_jobs_last_start_nor_a_bare_or_created_stamp() -> None:
    job = {"name": "Nightly backup", "lastStartTimestamp": "2031-03-04T02:00:00Z", "location": "rack 4"}
    message = {"title": "Hello from the club", "timestamp": "2031-03-04T02:00:00Z", "location": "Oslo"}
    made = {"title": "Juniors", "created_timestamp": "2031-03-04T02:00:00Z", "location": "Oslo"}
    assert events(job) == events(message) == events(made) == []


def test_not_a_club_group_whose_member_was_created_on_a_day() -> None:
    group = {
        "id": "20EA",
        "name": "Group B",
        "members": [{"createdTime": "2031-03-04T16:36:29Z", "firstName": "Brendan", "lastName": "Gleason"}],
        "subGroups": [{"id": "BB6B", "name": "Subgroup B1"}],
        "roles": [{"id": "29A7", "name": "Coach"}],
    }
    assert events(group) == []


def test_the_publication_stamp_predicate() -> None:
    assert not publication_stamp("startTimestamp")
    assert not publication_stamp("event.start_date_gmt")
    assert publication_stamp("timestamp")
    assert publication_stamp("lastStartTimestamp")
    assert publication_stamp("created.start")
    assert publication_stamp("date_gmt")


def test_a_match_is_named_by_its_sides_whose_word_repeats_inside_and_is_at_its_stadium() -> None:
    second = {**MATCH, "match_id": 9002, "match_date": "2031-05-13", "stadium_name": "Ullevaal Park",
              "home_team": {"home_team_id": 761, "home_team_name": "Oslo City"},
              "away_team": {"away_team_id": 760, "away_team_name": "Tromsø IL"}}  # fmt: skip
    found = events([MATCH, second])
    assert [(event["title"], event["start"], event["venue_name"]) for event in found] == [
        ("Bergen Rovers vs Oslo City", "2031-05-06", "Fjord Park"),
        ("Oslo City vs Tromsø IL", "2031-05-13", "Ullevaal Park"),
    ]


def test_a_galas_arena_is_its_place_and_its_title_stays() -> None:
    galas = [
        {"title": "Spring Gala", "arena": "North Ice Arena", "start": "2031-04-02T19:00:00Z"},
        {"title": "Summer Gala", "arena": "South Ice Arena", "start": "2031-06-02T19:00:00Z"},
    ]
    assert [(event["title"], event["venue_name"]) for event in events(galas)] == [
        ("Spring Gala", "North Ice Arena"),
        ("Summer Gala", "South Ice Arena"),
    ]


def test_a_referees_name_does_not_title_a_match_with_a_name_of_its_own() -> None:
    matches = [
        {"name": "Cup final", "referee_name": "K. Berg", "date": "2031-05-20T18:00:00Z", "stadium": "Fjord Park"},
        {"name": "Cup semi-final", "referee_name": "A. Lie", "date": "2031-05-10T18:00:00Z", "stadium": "Ullevaal"},
    ]
    assert [event["title"] for event in events(matches)] == ["Cup final", "Cup semi-final"]
