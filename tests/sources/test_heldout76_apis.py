"""The seventy-sixth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout76.json: Paris's events as
Opendatasoft exports OpenAgenda's calendar; a developer conference's sessions; a rocket launch schedule; a programming
contest list; a hard negative, a location-sharing service's check-ins), on small documents of our own.

The cold measure found 16 of 16 events, fields 31/57. By cause:

- Sittings packed in one text (8 starts wrong, all-day): ``"date_start": "2031-01-07"`` beside ``"timetable":
  "2031-01-07T12:30:00 2031-01-07T19:00:00;…"``; the start was read by its key, the day alone (``_json_sittings``).
- A place under a key of one lower-case word (``"placename"``) or as a list of rooms (``"Rooms": ["Salon H",
  "Salon A"]``): no place read (``_json_place_keys``).
- A time-TBD flag glued in one word and written as a number (Launch Library's ``"tbdtime": 1``): the placeholder
  midnight read as the time (``_json_precision``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters._json_place_keys import glued_place_words
from sources.adapters._json_precision import _set, _unglued
from sources.adapters._json_sittings import SITTINGS, SITTINGS_END, sittings, sittings_moment
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/Paris")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


def record(title: str, day: str, timetable: str, **more: Any) -> dict[str, Any]:
    return {"datasetid": "evenements", "recordid": title.lower().replace(" ", "-"),
            "fields": {"title": title, "date_start": day, "date_end": day, "timetable": timetable,
                       "placename": "Salle Pleyel", "address": "252 rue du Faubourg Saint-Honoré", "city": "Paris",
                       **more}}  # fmt: skip


PACKED = [
    record("Concert du soir", "2031-01-07", "2031-01-07T20:30:00 2031-01-07T22:00:00"),
    record(
        "Atelier gravure",
        "2031-02-03",
        "2031-02-04T14:00:00 2031-02-04T16:00:00;2031-02-03T10:00:00 2031-02-03T12:00:00",
    ),  # out of order
    record("Nuit électro", "2031-03-14", "2031-03-14T23:00:00 2031-03-14T05:00:00"),  # past midnight
]


def moments(read: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return [(each["title"], each["start"], each["end"]) for each in read]


def test_packed_sittings_give_the_start_and_the_end_a_day_only_start_lacks() -> None:
    read = events({"records": PACKED})
    assert moments(read) == [
        ("Concert du soir", "2031-01-07T20:30:00+01:00", "2031-01-07T22:00:00+01:00"),
        ("Atelier gravure", "2031-02-03T10:00:00+01:00", "2031-02-03T12:00:00+01:00"),  # the earliest sitting
        ("Nuit électro", "2031-03-14T23:00:00+01:00", "2031-03-15T05:00:00+01:00"),  # ends the next morning
    ]


def test_a_start_with_its_own_clock_is_not_replaced_by_sittings() -> None:
    # "date_start" with a time of its own: read as it is, whatever a packed text beside it says
    timed = [{**each, "fields": {**each["fields"], "date_start": each["fields"]["date_start"] + "T09:00:00"}}
             for each in PACKED]  # fmt: skip
    read = events({"records": timed})
    assert [each["start"][11:16] for each in read] == ["09:00", "09:00", "09:00"]


def test_sittings_on_another_day_than_the_start_are_not_the_record_s() -> None:
    # a "timetable" of a venue's opening hours on other days: not this record's sittings
    moved = [{**each, "fields": {**each["fields"], "timetable": "2031-06-01T10:00:00 2031-06-01T18:00:00"}}
             for each in PACKED]  # fmt: skip
    read = events({"records": moved})
    assert [each["start"] for each in read] == ["2031-01-07", "2031-02-03", "2031-03-14"]


def test_a_text_that_is_more_than_sittings_is_not_read_as_them() -> None:
    assert sittings("2031-01-07T20:30:00 2031-01-07T22:00:00;Sundays only") is None
    assert sittings("2031-01-07T20:30:00") is None  # one moment, no end
    assert sittings("price: 12.50") is None
    assert sittings_moment("2031-01-07T20:30:00 2031-01-07T22:00:00", SITTINGS, ZONE) == dt.datetime(
        2031, 1, 7, 20, 30, tzinfo=ZONE
    )
    assert sittings_moment("not sittings", SITTINGS_END, ZONE) is None


def test_a_place_word_glued_to_name_is_the_venue() -> None:
    read = events({"records": PACKED})
    assert {each["venue_name"] for each in read} == {"Salle Pleyel"}
    assert glued_place_words(["placename"]) == {"place", "name"}
    assert glued_place_words(["venuetitle", "nameplace"]) == {"venue", "title", "name", "place"}


def test_other_glued_words_are_no_place() -> None:
    # a website's name, a placeholder, a person's last name, a place's id or type
    assert glued_place_words(["sitename", "placeholder", "lastname", "placeid", "venuetype", "locationcode"]) == set()


def session(title: str, start: str, rooms: list[Any], **more: Any) -> dict[str, Any]:
    return {"Id": abs(hash(title)) % 10_000, "SessionTime": "0001-01-01T00:00:00",
            "SessionStartTime": f"2031-01-10T{start}:00", "SessionEndTime": f"2031-01-10T{start[:2]}:50:00",
            "Room": None, "Rooms": rooms, "Title": title, "SessionType": "Workshop",
            "Tags": ["Testing", "Cloud"], **more}  # fmt: skip


def test_a_list_of_room_names_under_a_place_key_is_the_venue() -> None:
    read = events([session("Intro to Rust", "09:00", ["Salon H", "Salon A"]), session("Kotlin Deep Dive", "13:00",
                                                                                          ["Indigo Bay"])])  # fmt: skip
    assert [each["venue_name"] for each in read] == ["Salon H, Salon A", "Indigo Bay"]


def test_lists_under_other_keys_or_of_other_things_are_no_place() -> None:
    # "Tags" are no place; "Rooms" of numbers or of web addresses name none
    numbered = events([session("Intro to Rust", "09:00", ["101", "102"]), session("Kotlin", "13:00", ["205"])])
    linked = events([session("Intro to Rust", "09:00", ["https://example.org/rooms/1"]),
                     session("Kotlin", "13:00", ["https://example.org/rooms/2"])])  # fmt: skip
    assert [each["venue_name"] for each in numbered + linked] == [None, None, None, None]
    assert all("Testing" not in (each["venue_name"] or "") for each in numbered)
    pointed = events([session("Intro to Rust", "09:00", ["p2"]), session("Kotlin", "13:00", ["r10"])])
    assert [each["venue_name"] for each in pointed] == [None, None]  # ids of places listed elsewhere


def launch(name: str, net: str, tbd: Any) -> dict[str, Any]:
    return {"id": abs(hash(name)) % 10_000, "name": name, "net": net, "windowstart": net,
            "isonet": net.replace("-", "").replace(":", "").replace("+0000", "Z"), "tbdtime": tbd, "tbddate": tbd,
            "location": {"name": "Kourou, French Guiana", "pads": [{"name": "Ariane Launch Area 1"}]}}  # fmt: skip


def test_a_glued_numeric_time_tbd_flag_leaves_the_day_only() -> None:
    read = events({"launches": [launch("Vega | Sat-1", "2031-11-08T01:42:31+0000", 0),
                                launch("Ariane 6 | Sat-2", "2031-11-10T00:00:00+0000", 1)]})  # fmt: skip
    assert [(each["start"], each["all_day"]) for each in read] == [("2031-11-08T02:42:31+01:00", False),
                                                                   ("2031-11-10", True)]  # fmt: skip


def test_only_a_time_flag_is_unglued() -> None:
    assert _unglued({"tbdtime"}) == {"tbd", "time"}
    assert _unglued({"timetbd"}) == {"time", "tbd"}
    assert _unglued({"tbddate", "venuetbd", "tbdx"}) == {"tbddate", "venuetbd", "tbdx"}  # a date's or a place's


def test_a_numeric_flag_of_zero_or_a_count_is_not_set() -> None:
    read = events({"launches": [launch("Vega | Sat-1", "2031-11-08T01:42:00+0000", 0),
                                launch("Vega | Sat-3", "2031-11-09T01:42:00+0000", 2)]})  # fmt: skip
    assert [(each["start"], each["all_day"]) for each in read] == [("2031-11-08T02:42:00+01:00", False),
                                                                   ("2031-11-09T02:42:00+01:00", False)]  # fmt: skip
    assert (_set(1), _set(True), _set(0), _set(2), _set(1.0), _set(False)) == (True, True, False, False, False, False)


def checkin(comment: str | None, moment: str, spot: str, kind: str = "visit") -> dict[str, Any]:
    return {"comment": comment, "created_at": moment, "item": None,
            "spot": {"image_url": "http://example.org/categories/30.png", "name": spot, "url": "/spots/59817"},
            "type": kind}  # fmt: skip


def test_check_ins_at_named_spots_are_no_events() -> None:
    # a location-sharing service's activity under "events": what someone did at a place, not events to attend
    stream = {"events": [checkin("Catching a matinee of Sherlock Holmes", "2031/01/23 18:35:02 +0000", "Stagecoach"),
                         checkin("Dinner and a brew ", "2031/01/22 23:56:05 +0000", "Fredericksburg Brewing Co."),
                         checkin(None, "2031/01/22 23:55:00 +0000", "Fredericksburg Brewing Co.", "create_spot"),
                         checkin("Looking for JavaScript ninjas at Dallas.js", "2031/01/12 00:55:59 +0000",
                                 "Londoner Restaurant")]}  # fmt: skip
    assert events(stream) == []
