"""The fiftieth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout50.json, each file measured
once before these rules), on small documents of our own.

Esports tournaments holding their matches (PandaScore), esports events named by their two teams (SofaScore), a
classical radio station's "what's on" answer, and a list of teams as the hard negative. The cold measure (found
6/11, extra 2) taught:

- a record that begins when its first child begins, under the same key, holds its events: the tournament over its
  matches is not one event (``_json_spans``);
- a list of recordings a station played, named by the recording, is a log of plays, no events; the show on air
  ("current_show") is the document's one event (``_json_plays``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=NEW_YORK)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=NEW_YORK)


def _match(name: str, begin: str) -> dict[str, object]:
    return {"begin_at": begin, "end_at": None, "name": name, "status": "not_started", "number_of_games": 3}


def _cup(name: str, begin: str, matches: list[dict[str, object]]) -> dict[str, object]:
    return {"begin_at": begin, "end_at": None, "name": name, "matches": matches, "league": {"name": "Winter Cup"}}


GROUP_A = [_match("Otters vs Herons", "2031-02-15T08:00:00Z"), _match("Lynx vs Owls", "2031-02-15T11:00:00Z")]
GROUP_B = [_match("Foxes vs Crows", "2031-02-16T08:00:00Z"), _match("Wolves vs Hares", "2031-02-16T11:00:00Z")]


def _titles(found: list[dict[str, object]]) -> list[object]:
    return [event["title"] for event in found]


def test_a_tournament_that_begins_with_its_first_match_holds_its_matches() -> None:
    cups = [_cup("Group A", "2031-02-15T08:00:00Z", GROUP_A), _cup("Group B", "2031-02-16T08:00:00Z", GROUP_B)]
    found = events(cups)
    assert _titles(found) == ["Otters vs Herons", "Lynx vs Owls", "Foxes vs Crows", "Wolves vs Hares"]
    assert found[1]["start"] == "2031-02-15T06:00:00-05:00"  # 11:00 UTC


def test_not_an_event_with_its_ticket_sales_or_later_workshops() -> None:
    # the tickets' "begin_at" is a sale's, before the event's; the workshops begin after the event opens
    tickets = [_match("Early bird", "2031-01-01T09:00:00Z"), _match("Standard", "2031-01-20T09:00:00Z")]
    later = [_match("Clay workshop", "2031-02-15T10:00:00Z"), _match("Glaze workshop", "2031-02-15T14:00:00Z")]
    for held in (tickets, later):
        fair = [_cup("Pottery Fair", "2031-02-15T08:00:00Z", held), _cup("Glass Fair", "2031-02-22T08:00:00Z", [])]
        assert _titles(events(fair)) == ["Pottery Fair", "Glass Fair"]


def test_not_a_one_session_event() -> None:
    # one child at the container's start spans nothing: the outer records are read as before
    one = [_cup("Opening Night", "2031-02-15T19:00:00Z", [_match("Opening Night", "2031-02-15T19:00:00Z")])]
    one.append(_cup("Closing Night", "2031-02-20T19:00:00Z", [_match("Closing Night", "2031-02-20T19:00:00Z")]))
    assert _titles(events(one)) == ["Opening Night", "Closing Night"]


def _play(title: str, at: str) -> dict[str, object]:
    return {
        "playlist_entry_id": 7,
        "start_time": at,
        "catalog_entry": {"title": title, "composer": {"name": "Ravel"}, "catno": "123", "length": 400},
    }


def test_the_show_on_air_not_the_pieces_played() -> None:
    answer = {
        "current_playlist_item": _play("Bolero", "2031-02-13T13:28:13"),
        "current_show": {
            "title": "Midday Classics",
            "start": "2031-02-13T10:00:00-0500",
            "end": "2031-02-13T15:00:00-0500",
            "url": "https://radio.example/shows/midday",
        },
        "previous": [_play("Pavane", "2031-02-13T13:21:09"), _play("Gymnopedie", "2031-02-13T13:12:00")],
    }
    found = events(answer)
    assert _titles(found) == ["Midday Classics"]
    assert (found[0]["start"], found[0]["end"]) == ("2031-02-13T10:00:00-05:00", "2031-02-13T15:00:00-05:00")
    assert not events({"previous": answer["previous"]})  # the plays alone: still none


def test_not_a_concert_named_by_its_own_title_or_a_listening_night_by_its_album() -> None:
    concert = [
        {"title": "Ravel and Debussy", "start": f"2031-03-0{day}T19:30:00", "composer": "Ravel", "conductor": "Ono"}
        for day in (1, 2)
    ]
    assert _titles(events(concert)) == ["Ravel and Debussy", "Ravel and Debussy"]
    nights = [
        {"album": {"title": "Kind of Blue"}, "date": "2031-03-04T20:00:00", "venue": "The Listening Room"},
        {"album": {"title": "Blue Train"}, "date": "2031-03-11T20:00:00", "venue": "The Listening Room"},
    ]
    assert _titles(events(nights)) == ["Kind of Blue", "Blue Train"]


def test_not_a_current_user_or_a_next_page() -> None:
    for key in ("current_user", "next_page"):
        person = {"title": "Ada", "start": "2031-03-01T10:00:00", "end": "2031-03-01T11:00:00"}
        document = {key: person, "status": "ok"}
        assert not events(document), key


def test_teams_with_their_change_stamps_are_no_events() -> None:
    teams = [
        {"acronym": None, "id": 1, "location": "RU", "modified_at": "2031-02-09T08:07:50Z", "name": "Otters"},
        {"acronym": None, "id": 2, "location": None, "modified_at": "2031-02-09T08:07:51Z", "name": "Herons"},
    ]
    assert not events(teams)
