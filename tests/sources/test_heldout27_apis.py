"""The twenty-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout27.json, each file
measured once before these rules): 9/9 found, fields 12/12. Nothing the tests assert was missed; what was read
wrong is what they do not assert. On small documents of our own:

- a session naming its room by id ("roomId": 11511) in a list of rooms beside the sessions ("rooms": [{"id",
  "name"}]: Sessionize's "All" answer, a conference schedule's) is held in that room: the room is its place, as a
  "venueId" among "venues" already was. A calendar's "resourceId" among its "resources" (booked rooms, courts)
  reads the same way. Every session may name the same one room: a reference named as a place's needs only to
  name objects of the list, not several of them;
- a place named in several languages ("name": {"ja": ..., "en": ...}) is read in the language the title is read
  in: a Japanese room under an English title was half one listing, half another.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow
from tests.sources.helpers import parse_json

DUBLIN = zoneinfo.ZoneInfo("Europe/Dublin")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))


def sessions(*rooms: int, key: str = "roomId") -> list[dict[str, Any]]:
    titles = ("Opening keynote", "Soil and water", "Seed swaps that last", "Closing circle")
    return [
        {
            "id": f"s{n}",
            "title": titles[n],
            "startsAt": f"2031-03-04T{9 + n:02d}:00:00",
            "endsAt": f"2031-03-04T{9 + n:02d}:40:00",
            key: room,
        }
        for n, room in enumerate(rooms)
    ]


ROOMS = [{"id": 701, "name": "Main Hall"}, {"id": 702, "name": "Greenhouse Room"}, {"id": 703, "name": "Library"}]


def places(document: Any) -> list[tuple[str, str | None]]:
    return [(event.title, event.venue_name) for event in parse_json(document, window=WINDOW, zone=DUBLIN)[1]]


def test_a_session_naming_its_room_by_id_is_held_in_that_room() -> None:
    document = {"sessions": sessions(701, 702, 701), "rooms": ROOMS}
    assert places(document) == [
        ("Opening keynote", "Main Hall"),
        ("Soil and water", "Greenhouse Room"),
        ("Seed swaps that last", "Main Hall"),
    ]


def test_every_session_in_the_one_room_is_still_held_there() -> None:
    document = {"sessions": sessions(703, 703, 703), "rooms": ROOMS}
    assert {venue for _, venue in places(document)} == {"Library"}


def test_a_calendar_resource_named_by_id_is_the_events_place() -> None:
    resources = [{"id": "court-1", "title": "Court One"}, {"id": "court-2", "title": "Court Two"}]
    events = [
        {"id": "b1", "title": "Junior doubles", "start": "2031-05-02T17:00:00", "resourceId": "court-1"},
        {"id": "b2", "title": "Club ladder", "start": "2031-05-02T18:00:00", "resourceId": "court-2"},
    ]
    assert places({"events": events, "resources": resources}) == [
        ("Junior doubles", "Court One"),
        ("Club ladder", "Court Two"),
    ]


def test_an_id_that_names_no_room_leaves_the_session_where_it_was() -> None:
    document = {"sessions": sessions(9001, 9002, 9003), "rooms": ROOMS}
    assert {venue for _, venue in places(document)} == {None}


def test_a_category_id_among_rooms_ids_is_not_a_room() -> None:
    # "categoryId" names a category, not a place: even when its numbers are rooms' ids, it is no room.
    document = {"sessions": sessions(703, 703, 703, key="categoryId"), "rooms": ROOMS}
    assert {venue for _, venue in places(document)} == {None}


BILINGUAL_ROOMS = [
    {"id": 11, "name": {"ja": "大ホール", "en": "Great Hall"}},
    {"id": 12, "name": {"ja": "会議室", "en": "Meeting Room"}},
]


def bilingual(*pairs: tuple[str, str, int]) -> dict[str, Any]:
    items = [
        {"id": str(n), "title": {"ja": ja, "en": en}, "startsAt": f"2031-06-0{n + 1}T10:00:00+09:00", "roomId": room}
        for n, (ja, en, room) in enumerate(pairs)
    ]
    return {"sessions": items, "rooms": BILINGUAL_ROOMS}


def test_a_place_named_in_several_languages_is_read_in_the_titles_language() -> None:
    document = bilingual(
        ("ウェルカムトーク", "Welcome Talk", 11),
        ("アプリのアーキテクチャ", "App Architecture", 12),
        ("交流会", "Meetup", 11),
    )
    read = places(document)
    english = [title for title, _ in read] == ["Welcome Talk", "App Architecture", "Meetup"]
    rooms = ["Great Hall", "Meeting Room", "Great Hall"] if english else ["大ホール", "会議室", "大ホール"]
    assert [venue for _, venue in read] == rooms
