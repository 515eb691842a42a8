"""The sixty-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout69.json: an LMS's
calendar_events list; a church calendar API's list and single event; an esports schedule; a campus app's calendar
REST answers with epoch-second strings; hard negatives: an event's ticket types and a video meeting's attendance
log), on small documents of our own.

The cold measure found all 19 events, one extra, and refused both negatives. Two rules:

- A game whose title only numbers its place in the season ("blockName": "Week 2" on every match, ``ordinal_label``)
  or names its competition is named by its two sides when they are the two elements of a list inside it
  ("match": {"teams": [{"name"}, {"name"}]}): ``unnamed_listed_sides`` is now tried for such a title too, not only
  where no title is found (``_json_infer_columns.game_sides``), when the list is surely a game's (named for teams or
  competitors, or inside a match or a game: a session's two "participants" beside "Episode 12" keep the title).
  Five matches were titled "Week 2".
- ``"public_visible": "0"`` keeps an item from the public (``_json_gone``): the public's word beside a listing's,
  said no, as ``"isPublic": false`` and ``"show_in_listings": false`` are. A church's private rehearsal was printed.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_gone import gone
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 3, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=60))
events = functools.partial(json_events, window=WINDOW, zone=ZONE)


def titles(read: list[dict[str, Any]]) -> list[str]:
    return [event["title"] for event in read]


# --- a numbered round's matches are named by the two teams of their list ------------------------------------


def match(start: str, first: str, second: str, block: str = "Week 4", **more: Any) -> dict[str, Any]:
    return {
        "startTime": start, "state": "unstarted", "type": "match", "blockName": block,
        "league": {"name": "Coast League", "slug": "coast"},
        "match": {"id": start, "teams": [{"name": first, "code": first[:3].upper()},
                                         {"name": second, "code": second[:3].upper()}],
                  "strategy": {"type": "bestOf", "count": 3}},
        **more,
    }  # fmt: skip


def schedule(*matches: dict[str, Any]) -> dict[str, Any]:
    return {"pages": {"older": "b2xkZXI=", "newer": None}, "events": list(matches)}


WEEK = schedule(
    match("2031-03-06T02:00:00Z", "Harbour Hawks", "Valley Owls"),
    match("2031-03-06T03:00:00Z", "Cedar Lynx", "Granite Foxes"),
    match("2031-03-07T02:00:00Z", "Valley Owls", "Cedar Lynx"),
)


def test_matches_titled_by_their_round_are_named_by_both_teams() -> None:
    read = events(WEEK)
    assert titles(read) == ["Harbour Hawks vs Valley Owls", "Cedar Lynx vs Granite Foxes", "Valley Owls vs Cedar Lynx"]
    assert read[0]["start"] == "2031-03-05T18:00:00-08:00"


PAIRINGS = ((1, "Northend", "Riverside"), (3, "Hillcrest", "Northend"), (5, "Riverside", "Hillcrest"))


def listed_game(day: int, home: str, away: str, titled_by: str) -> dict[str, Any]:
    pair = [{"name": home}, {"name": away}]
    if titled_by == "competition":  # the competition's name on every game, the sides inside a fixture
        return {
            "tournamentName": "Spring Cup",
            "kickoff": f"2031-03-1{day}T19:00:00Z",
            "fixture": {"competitors": pair},
        }
    return {"round": f"Week {day}", "kickoff": f"2031-03-1{day}T19:00:00Z", "teams": pair}  # a round's label


@pytest.mark.parametrize("titled_by", ["competition", "round"])
def test_a_title_naming_no_game_gives_way_to_its_listed_teams(titled_by: str) -> None:
    games = [listed_game(day, home, away, titled_by) for day, home, away in PAIRINGS]
    assert titles(events({"games": games})) == [f"{home} vs {away}" for _, home, away in PAIRINGS]


def test_a_name_of_the_games_own_is_kept_beside_its_teams() -> None:
    named = schedule(
        match("2031-03-06T02:00:00Z", "Harbour Hawks", "Valley Owls", block="Season Opener Showcase"),
        match("2031-03-06T03:00:00Z", "Cedar Lynx", "Granite Foxes", block="Charity Rivalry Night"),
    )
    assert titles(events(named)) == ["Season Opener Showcase", "Charity Rivalry Night"]


@pytest.mark.parametrize(
    ("label", "holder", "members"),
    [
        ("Heat", {"field": "teams"}, ["Red", "Blue", "Green"]),  # a race's field of three is no pair of sides
        ("Week", {"session": "hosts"}, ["Ana Ruiz", "Tom Okafor"]),  # hosts are no sides
        ("Episode", {"recording": "participants"}, ["Ana Ruiz", "Lee Chen"]),  # two speakers, not a game's
        ("Round", {"board": "players"}, ["Ana Ruiz", "Tom Okafor"]),  # players outside a match or a game
    ],
)
def test_a_numbered_title_beside_a_list_surely_no_games_is_kept(
    label: str, holder: dict[str, str], members: list[str]
) -> None:
    [(outer, key)] = holder.items()
    items = [
        {"startTime": f"2031-03-0{day}T17:00:00Z", "blockName": f"{label} {day}",
         outer: {key: [{"name": name} for name in members]}}
        for day in (3, 4, 5)
    ]  # fmt: skip
    assert titles(events({"events": items})) == [f"{label} 3", f"{label} 4", f"{label} 5"]


# --- "public_visible": "0" keeps an item from the public -----------------------------------------------------


def church_event(ident: str, name: str, start: str, visible: Any, **more: Any) -> dict[str, Any]:
    return {
        "id": ident, "name": name, "datetime_start": start, "datetime_end": start.replace(" 1", " 2", 1),
        "category": {"id": "4", "name": "Church Events", "color": "#20ab7d"},
        "location": {"address": "NG7 2GU", "name": "Church Hall"}, "images": [], "public_visible": visible,
        "signup_options": {"public": {"visible": visible, "enabled": "0"},
                           "tickets": {"enabled": "", "url": f"https://church.example/events/{ident}"}},
        **more,
    }  # fmt: skip


def church(*items: dict[str, Any]) -> dict[str, Any]:
    return {"pagination": {"no_results": len(items), "page": 1, "per_page": 20}, "events": list(items)}


def test_an_event_not_visible_to_the_public_is_left_out() -> None:
    read = events(church(
        church_event("838", "Toddler Group", "2031-03-07 10:00:00", "1"),
        church_event("655", "Worship Team Practice", "2031-03-07 19:00:00", "0"),
        church_event("901", "Spring Fair", "2031-03-14 11:00:00", "1"),
    ))  # fmt: skip
    assert titles(read) == ["Toddler Group", "Spring Fair"]


@pytest.mark.parametrize(
    ("key", "value", "withheld"),
    [
        ("public_visible", "0", True),
        ("public_visible", "no", True),
        ("publicVisible", False, True),
        ("visible_to_public", False, False),  # "to" is no listing's word: left to the other flags
        ("public_visible", "1", False),
        ("public_visible", True, False),
        ("public_transport", False, False),  # the venue's bus stop, not the item's audience
        ("public", {"visible": "0"}, False),  # a nested object is a part's, not the item's flag
    ],
)
def test_the_publics_word_beside_a_listings_said_no(key: str, value: Any, withheld: bool) -> None:
    assert (gone({"name": "Spring Fair", key: value}) is not None) is withheld


# --- hard negatives: ticket types and an attendance log ------------------------------------------------------


def test_an_events_ticket_types_are_no_events() -> None:
    tickets = {"event_id": "3110", "tickets": [
        {"id": "2", "name": "Adult entry", "description": "Includes supper.", "datetime_start": None,
         "datetime_end": None, "price": "5.00", "currency": {"code": "GBP", "symbol": "£"}, "quantity": None},
        {"id": "3", "name": "Child entry", "description": "Under 12s.", "datetime_start": None,
         "datetime_end": None, "price": "2.50", "currency": {"code": "GBP", "symbol": "£"}, "quantity": 40},
    ]}  # fmt: skip
    assert events(tickets) == []


def test_a_meetings_attendance_log_is_no_events() -> None:
    people = [
        {"id": f"p{index}", "user_id": str(1000 + index), "name": name, "user_email": "",
         "join_time": f"2031-03-05T19:2{index}:00Z", "leave_time": f"2031-03-05T20:0{index}:00Z",
         "duration": 2400 - index, "attentiveness_score": ""}
        for index, name in enumerate(("Ana Ruiz", "Tom Okafor", "Lee Chen", "Sam Idris"))
    ]  # fmt: skip
    assert events({"page_count": 1, "page_size": 300, "total_records": 4, "participants": people}) == []
