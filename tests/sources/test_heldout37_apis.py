"""The thirty-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout37.json, each file
measured once before these rules), on small documents of our own.

The cold measure (found 65/92, fields 100%, extra 2, six files unreadable, three of them hard negatives rightly
unread) taught five rules:

- a side named by its key alone (``"homeTeam": "Georgia"``, ``"awayTeam": "Alabama"``): the game is named by its
  two sides (``_json_flat_sides``), and its "<away> at <home>" keeps its home side even where the home ground is
  named for it ("Penn State at Ohio State", venue "Ohio State Stadium"): no place is cut from a game's title
  (``events.pipeline.normalize``);
- fields written as a list of numbered attributes (``"attributes": [{"id": 1, "value": "Nieuwjaarsconcert"},
  {"id": 50, "value": "Stadhuis"}]``, in an order that changes from item to item): the attribute most items have,
  short texts that differ, names each item, read by its id (``"attributes.id=1.value"``: ``_json_keyed_lists``,
  ``_json_keyed_paths``);
- an item written twice in one answer is one event (``_json_repeats``);
- a match's two sides listed as a list of two (``"start": [{"participant": {"name": "Spain"}}, {…"Japan"}]``) name
  it "Spain vs Japan", not "Spain" (``_json_listed_sides``).

And hard negatives: a conference, an id or a score beside the side is no side; a venue's name at the end of a title
that is no game is still cut; a repeated attribute (every meeting "Stadhuis") names nothing, nor does a list whose
ids repeat; two items that differ in anything are two events; a list of performers or of three competitors is no
pair of sides; a season's calendar of weeks, a fantasy game's "events" that are gameweeks with deadlines and an
event's list of registrants hold no event.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from events.pipeline.normalize import normalize
from sources.adapters._json_keyed_paths import keyed_element
from sources.adapters._json_mapping import resolve
from sources.adapters._json_repeats import repeated
from sources.adapters.base import AdapterError
from tests.sources.helpers import parse_json

UTC = dt.UTC
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=UTC)


def window(now: dt.datetime = NOW):
    from sources.adapters.base import FetchWindow

    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))


def read(document: object) -> list:
    try:
        return parse_json(document, window=window(), zone=NEW_YORK)[1]
    except AdapterError:
        return []


# --- a side named by its key alone ----------------------------------------------------------------------------------


def game(n: int, home: str, away: str, **more: object) -> dict:
    return {
        "id": 900 + n,
        "season": 2031,
        "week": 3,
        "startDate": f"2031-03-0{n}T18:00:00.000Z",
        "venue": f"{home} Stadium",
        "homeTeam": home,
        "homeConference": "Lakes",
        "homePoints": 21,
        "awayTeam": away,
        "awayConference": "Lakes",
        "awayPoints": 14,
        **more,
    }


GAMES = [game(1, "Rivertown", "Hillcrest"), game(2, "North Bay", "Pine Valley"), game(3, "Elm City", "Oakmont")]


def test_a_game_with_its_sides_named_by_their_keys_is_named_by_both() -> None:
    events = read(GAMES)
    assert [event.title for event in events] == [
        "Rivertown vs Hillcrest",
        "North Bay vs Pine Valley",
        "Elm City vs Oakmont",
    ]
    assert events[0].venue_name == "Rivertown Stadium"
    assert events[0].source_category == "Sports / Game"


def test_a_conference_a_score_or_an_id_beside_the_side_is_no_side() -> None:
    """Without "homeTeam"/"awayTeam" the conferences, points and ids name no game: nothing reads as its title."""
    items = [
        {key: value for key, value in item.items() if key not in ("homeTeam", "awayTeam")}
        | {"homeTeamId": 4, "awayTeamId": 5}
        for item in GAMES
    ]
    assert [event.title for event in read(items)] == []


def test_a_games_title_keeps_its_home_side_though_the_venue_is_named_for_it() -> None:
    record = {
        "source": "json_api",
        "external_id": "g1",
        "title": "Penn Ridge at Ohio Valley",
        "start": "2031-03-01T13:00:00-05:00",
        "venue_name": "Ohio Valley Stadium",
        "source_category": "Sports / Game",
    }
    assert normalize(record).record["title"] == "Penn Ridge at Ohio Valley"  # a source's own "at"


def test_a_venue_at_the_end_of_a_title_that_is_no_game_is_still_cut() -> None:
    record = {
        "source": "json_api",
        "external_id": "j1",
        "title": "Late Jazz Quartet at Blue Lantern",
        "start": "2031-03-01T21:00:00-05:00",
        "venue_name": "Blue Lantern",
    }
    result = normalize(record).record
    assert result["title"] == "Late Jazz Quartet"
    assert result["source_title"] == "Late Jazz Quartet at Blue Lantern"


# --- numbered attributes ---------------------------------------------------------------------------------------------


def meeting(n: int, title: str, place: str | None, *, place_first: bool = False) -> dict:
    attributes = [{"id": 1, "reference_model": None, "value": title}]
    if place is not None:
        attributes.append({"id": 50, "reference_model": None, "value": place})
    if place_first:
        attributes.reverse()
    return {
        "id": 4000 + n,
        "type": "meeting",
        "canceled": False,
        "attributes": attributes,
        "plannings": [{"start_date": f"2031-03-0{n} 19:30:00", "end_date": None}],
    }


MEETINGS = {
    "pagination": {"page": 1, "total_items": 4},
    "events": [
        meeting(1, "Harvest Supper", "Town Hall"),
        meeting(2, "Budget Hearing", "Council Chamber", place_first=True),
        meeting(3, "Library Board", None),
        meeting(4, "Youth Council", "Town Hall"),
    ],
}


def test_numbered_attributes_name_each_item_by_the_attribute_most_items_have() -> None:
    events = read(MEETINGS)
    assert [event.title for event in events] == ["Harvest Supper", "Budget Hearing", "Library Board", "Youth Council"]
    assert events[1].start == dt.datetime(2031, 3, 2, 19, 30, tzinfo=NEW_YORK)


def test_an_attribute_every_item_repeats_names_nothing() -> None:
    """Only one attribute, the same place for every meeting: no name, no events."""
    items = [{**meeting(n, "Town Hall", None)} for n in (1, 2, 3)]
    assert read({"events": items}) == []


def test_a_list_whose_ids_repeat_is_no_list_of_numbered_attributes() -> None:
    items = []
    for n, title in enumerate(["Harvest Supper", "Budget Hearing", "Youth Council"], start=1):
        item = meeting(n, title, "Town Hall")
        item["attributes"][1]["id"] = 1  # two attributes numbered 1: which is which cannot be told
        items.append(item)
    assert read({"events": items}) == []


def test_a_path_part_picks_a_list_element_by_its_id() -> None:
    item = meeting(2, "Budget Hearing", "Council Chamber", place_first=True)
    assert resolve(item, "attributes.id=1.value") == "Budget Hearing"
    assert resolve(item, "attributes.id=50.value") == "Council Chamber"
    assert resolve(item, "attributes.id=7.value") is None
    assert keyed_element([{"id": "1", "value": "a"}, {"id": 1, "value": "b"}], "id=1") == {"id": "1", "value": "a"}
    assert keyed_element(["id=1", None, 3], "id=1") is None


# --- an item written twice ---------------------------------------------------------------------------------------


def unit(code: str, start: str, first: str, second: str) -> dict:
    return {
        "code": code,
        "startDate": start,
        "start": [{"participant": {"name": first}}, {"participant": {"name": second}}],
        "location": {"description": "Harbour Stadium, Portside"},
        "status": {"code": "SCHEDULED"},
    }


def test_an_item_written_twice_is_one_event() -> None:
    twice = unit("FBL-A-01", "2031-03-01T17:00:00+01:00", "Aldoria", "Brenvik")
    items = [twice, unit("FBL-A-02", "2031-03-01T20:00:00+01:00", "Corvana", "Dunmoor"), dict(twice)]
    assert [event.title for event in read({"schedules": items})] == ["Aldoria vs Brenvik", "Corvana vs Dunmoor"]


def test_two_items_that_differ_in_anything_are_two_events() -> None:
    first = unit("FBL-A-01", "2031-03-01T17:00:00+01:00", "Aldoria", "Brenvik")
    replay = {**first, "startDate": "2031-03-04T17:00:00+01:00"}
    assert len(read({"schedules": [first, replay]})) == 2


def test_an_item_with_a_lone_surrogate_or_a_nan_is_compared_without_failing() -> None:
    seen: set[str] = set()
    odd = {"name": "Bad \ud800 name", "price": float("nan")}
    assert (repeated(odd, seen), repeated(dict(odd), seen), repeated({**odd, "id": 2}, seen)) == (False, True, False)


# --- sides listed as a list of two ---------------------------------------------------------------------------------


def test_a_list_of_two_participants_names_the_match_by_both() -> None:
    items = [
        unit("FBL-A-01", "2031-03-01T17:00:00+01:00", "Aldoria", "Brenvik"),
        unit("FBL-A-02", "2031-03-01T20:00:00+01:00", "Corvana", "Dunmoor"),
    ]
    events = read({"schedules": items})
    assert [event.title for event in events] == ["Aldoria vs Brenvik", "Corvana vs Dunmoor"]
    assert events[0].venue_name == "Harbour Stadium, Portside"


def test_two_artists_are_no_sides() -> None:
    """A bill of two acts is named by its headliner, as before: artists are no sides of a match."""
    shows = [
        {"startDate": f"2031-03-0{n}T20:00:00-05:00", "artists": [{"name": f"Band {n}"}, {"name": f"Opener {n}"}]}
        for n in (1, 2, 3)
    ]
    assert [event.title for event in read({"shows": shows})] == ["Band 1", "Band 2", "Band 3"]


def test_a_field_of_three_competitors_is_no_pair_of_sides() -> None:
    races = [
        {
            "startDate": f"2031-03-0{n}T10:00:00-05:00",
            "competitors": [{"name": f"Runner {n}A"}, {"name": f"Runner {n}B"}, {"name": f"Runner {n}C"}],
        }
        for n in (1, 2, 3)
    ]
    assert all(" vs " not in event.title for event in read({"races": races}))


# --- hard negatives of the batch's shapes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        [
            {
                "season": 2031,
                "week": week,
                "seasonType": "regular",
                "startDate": f"2031-0{month}-01T07:00:00.000Z",
                "firstGameStart": f"2031-0{month}-01T23:00:00.000Z",
                "lastGameStart": f"2031-0{month}-04T04:00:00.000Z",
                "endDate": f"2031-0{month}-07T07:00:00.000Z",
            }
            for week, month in ((1, 3), (2, 4), (3, 5))
        ],
        {
            "events": [
                {
                    "id": n,
                    "name": f"Gameweek {n}",
                    "deadline_time": f"2031-03-0{n}T11:30:00Z",
                    "finished": False,
                    "average_entry_score": 0,
                    "most_captained": None,
                    "chip_plays": [],
                }
                for n in (1, 2, 3)
            ],
            "teams": [{"id": 1, "name": "Rivertown", "short_name": "RIV"}],
        },
        {
            "meta": {"pagination": {}},
            "results": [
                {
                    "id": f"r{n}",
                    "email": f"guest{n}@example.org",
                    "first_name": "Guest",
                    "last_name": str(n),
                    "registration_status": "REGISTERED",
                    "registration_date": f"2031-03-0{n}T17:42:53.000Z",
                }
                for n in (1, 2, 3)
            ],
        },
    ],
    ids=["season-weeks", "fantasy-gameweeks", "registrants"],
)
def test_eventy_documents_with_no_event(document: object) -> None:
    assert read(document) == []
