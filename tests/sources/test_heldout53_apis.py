"""The fifty-third held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout53.json, each file
measured once before these rules), on small documents of our own.

JSON kept by apps and their tests: a conference app's data (sessions dated by epoch milliseconds, agenda blocks,
rooms named by id), a conference platform's GraphQL sessions, a pride festival's featured events as GraphQL edges,
an Eventful search saved in a VCR cassette; the platform's speakers and the API's venues as hard negatives. The
cold measure (found 10/13, fields 31/32) taught:

- a place written as an opaque id (a UUID, 24 or 32 hex digits) is no place's name: it names one of the places
  listed beside the events, and one such id found among theirs is enough to read the column as their reference,
  however few of the rooms the file lists (``_json_opaque_ids``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=LOS_ANGELES)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=LOS_ANGELES)

HALL = "5b1f0c2e-7a41-4c8e-9d3b-0e6f2a9c4d17"
LAB = "c3d9e8a1-2b4f-4e6a-8c0d-1f7b3a5e9c28"
GONE = "9e2a7c41-6d3b-4f08-a1c5-3b8d0f6e2a94"  # a room the file does not list
ROOMS = [{"id": HALL, "name": "Great Hall", "capacity": 0}, {"id": LAB, "name": "Codelab Tent", "capacity": 0}]


def _talk(title: str, day: int, room: object) -> dict[str, object]:
    return {"id": f"t-{title[:4]}", "title": title, "start": f"2031-05-{day:02d}T10:00:00-07:00", "room": room}


def _places(found: list[dict[str, object]]) -> dict[object, object]:
    return {event["title"]: event.get("venue_name") for event in found}


def test_a_room_named_by_its_uuid_is_the_listed_rooms_name() -> None:
    talks = [_talk("Compose at scale", 12, HALL), _talk("Kotlin flows", 12, LAB), _talk("Wear tiles", 13, HALL)]
    found = events({"sessions": talks, "rooms": ROOMS})
    assert _places(found) == {
        "Compose at scale": "Great Hall",
        "Kotlin flows": "Codelab Tent",
        "Wear tiles": "Great Hall",
    }


def test_one_listed_room_is_enough_and_an_unlisted_one_is_no_name() -> None:
    # a test file that lists one room of three: that session has its room, the others none (not their ids)
    talks = [_talk("Compose at scale", 12, GONE), _talk("Kotlin flows", 12, LAB), _talk("Wear tiles", 13, GONE)]
    found = events({"sessions": talks, "rooms": ROOMS})
    assert _places(found) == {"Compose at scale": None, "Kotlin flows": "Codelab Tent", "Wear tiles": None}


def test_an_object_id_of_24_hex_digits_names_a_venue() -> None:
    venues = [
        {"id": "65f1c2a9e4b0a1d2c3f4e5a6", "name": "Dock 4"},
        {"id": "65f1c2a9e4b0a1d2c3f4e5a7", "name": "Pier 9"},
    ]
    shows = [
        {"name": "Night market", "startsAt": "2031-06-01T18:00:00-07:00", "venue": "65f1c2a9e4b0a1d2c3f4e5a7"},
        {"name": "Swing night", "startsAt": "2031-06-02T19:00:00-07:00", "venue": "ffffffffffffffffffffff01"},
    ]
    found = events({"events": shows, "venues": venues})
    assert _places(found) == {"Night market": "Pier 9", "Swing night": None}


# --- hard negatives: what looks alike and must read as before -----------------------------------------------------
def test_not_a_room_written_as_its_name() -> None:
    # a name, even one holding digits or hex-looking letters, is the place as written, rooms listed beside or not
    rooms = ["Main Hall", "Room 040", "Cafe 2b"]
    talks = [
        _talk(title, 12 + n, room) for n, (title, room) in enumerate(zip(["One", "Two", "Three"], rooms, strict=True))
    ]
    found = events({"sessions": talks, "rooms": ROOMS})
    assert [event.get("venue_name") for event in found] == rooms


def test_not_a_small_number_matching_one_listed_id_by_chance() -> None:
    # numbers can be anyone's ids: one of three among the rooms' is no reference (the usual share is needed)
    talks = [_talk("One", 12, 7), _talk("Two", 13, 8), _talk("Three", 14, 1)]
    found = events({"sessions": talks, "rooms": [{"id": 1, "name": "Atrium"}, {"id": 2, "name": "Bay"}]})
    assert "Atrium" not in _places(found).values()


def test_not_a_uuid_of_another_kind_of_object() -> None:
    # a session's speaker named by id among the speakers beside it is no place
    speakers = [{"id": HALL, "name": "Ada Lovelace"}, {"id": LAB, "name": "Alan Turing"}]
    talks = [
        {"title": "Engines", "start": "2031-05-12T10:00:00-07:00", "speaker": HALL},
        {"title": "Machines", "start": "2031-05-13T10:00:00-07:00", "speaker": LAB},
    ]
    found = events({"sessions": talks, "speakers": speakers})
    assert _places(found) == {"Engines": None, "Machines": None}
