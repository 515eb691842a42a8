"""The twenty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout25.json, each file
measured once before these rules): every event was found and every field the tests spell was right (14/14, fields
6/6), but the readings showed fields taken from the wrong key. On small documents of our own:

- the address of a session's recording ("recordUrl") or of its host's tools ("host_tools_url": where the organiser
  manages the sign-ups) is not the event's page, as a video's or an admin's is not: it is not the event's URL;
- a flag in the first element of a list beside each event ("Prices": [{"IsOnline": false}], whether a price is
  sold online) is that element's, and a setting of the online meeting ("zoom_join_before_host") says nothing of
  whether the event is held online: neither is the online flag. A flag of the event's own ("isOnline") still is;
- a kind read through the first element of a list of the event's parts ("CourseAgendas": [{"CourseAgendaType":
  "Session"}], the type of the first item on the programme) is not the event's category. A list of the event's
  own classifications ("genres": [{"type": "Jazz"}]) still gives it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import Any

from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from tests.sources.helpers import parse_json

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def talks(more: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    return {
        "events": [
            {"title": f"Evening Talk {day}", "start": f"2031-03-0{day}T18:00:00", "end": f"2031-03-0{day}T20:00:00",
             "venue": "Town Hall", **more(day)}
            for day in range(1, 5)
        ]
    }  # fmt: skip


def mapping(document: dict[str, Any]) -> dict[str, Any]:
    inference = infer(document, zone_name="Europe/Oslo")
    assert inference is not None
    return inference.config["mapping"]


def test_a_recording_or_the_host_tools_is_not_the_event_page() -> None:
    document = talks(
        lambda day: {
            "recordUrl": f"https://talks.example/rec/{day}",
            "host_tools_url": f"https://talks.example/h/{day}",
        }
    )

    assert "url" not in mapping(document)
    events = parse_json(document, window=WINDOW, zone=OSLO)[1]
    assert [event.url for event in events] == [None] * 4


def test_the_event_page_is_still_its_url_beside_a_recording() -> None:
    document = talks(
        lambda day: {"recordUrl": f"https://talks.example/rec/{day}", "event_page_url": f"https://talks.example/{day}"}
    )

    events = parse_json(document, window=WINDOW, zone=OSLO)[1]

    assert [event.url for event in events] == [f"https://talks.example/{day}" for day in range(1, 5)]


def test_a_price_sold_online_or_a_meeting_setting_is_not_the_online_flag() -> None:
    document = talks(
        lambda day: {
            "Prices": [{"Name": "Member", "Amount": 100, "IsOnline": day % 2 == 0}],
            "zoom_join_before_host": day % 2 == 1,
        }  # fmt: skip
    )

    assert "online" not in mapping(document)
    events = parse_json(document, window=WINDOW, zone=OSLO)[1]
    assert [event.online for event in events] == [False] * 4


def test_the_events_own_online_flag_is_still_read() -> None:
    document = talks(lambda day: {"isOnline": day % 2 == 0, "Prices": [{"Name": "Member", "IsOnline": True}]})

    events = parse_json(document, window=WINDOW, zone=OSLO)[1]

    assert mapping(document)["online"] == "isOnline"
    assert [event.online for event in events] == [False, True, False, True]


def test_the_kind_of_the_first_part_of_the_programme_is_not_the_category() -> None:
    document = talks(lambda day: {"CourseAgendas": [{"Name": "Welcome", "CourseAgendaType": "Session"}]})

    assert "source_category" not in mapping(document)
    events = parse_json(document, window=WINDOW, zone=OSLO)[1]
    assert [event.source_category for event in events] == [None] * 4


def test_a_list_of_the_events_own_classifications_still_gives_its_category() -> None:
    document = talks(lambda day: {"genres": [{"type": "Jazz"}]})

    events = parse_json(document, window=WINDOW, zone=OSLO)[1]

    assert mapping(document)["source_category"] == "genres.0.type"
    assert [event.source_category for event in events] == ["Jazz"] * 4
