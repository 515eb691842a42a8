"""The twenty-third held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout23.json, each file
measured once before these rules), on small documents of our own:

- a day and its clock given as two fields, the clock with its zone ("date": "2031-03-09" beside "time":
  "04:00:00Z", as a motor-racing calendar writes each race and each session) are one instant: the race starts at
  04:00 UTC, not on a day with no time (a clock with a "Z" or an offset was not read as a time of day at all);
- a list inside an object that reads as one event, every dated item of which begins on an earlier day than that
  object (a conference's ticket releases, each with the moment it went on sale), is not the event's programme: the
  object is the event and the releases are no events; a programme on or after its first day is still the reading;
- Luma's calendar items answer (``/calendar/get-items``) gives an event's place as ``geo_address_info`` (city,
  region, country) where the list-events answer has ``geo_address_json``; both are read, and an event whose
  ``location_type`` is a meeting platform ("zoom") is online.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters import _json_shapes
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.luma import LumaAdapter
from tests.hostile import superlinear_shape
from tests.sources.helpers import parse_json

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def race(number: str, name: str, day: str, clock: str | None) -> dict:
    item = {
        "round": number,
        "raceName": name,
        "Circuit": {"circuitName": f"{name} Circuit", "Location": {"locality": "Harbourtown", "country": "Freedonia"}},
        "date": day,
        "FirstPractice": {"date": day, "time": "01:30:00Z"},
    }
    if clock is not None:
        item["time"] = clock
    return item


def test_a_day_beside_a_clock_in_utc_is_one_instant() -> None:
    document = {
        "MRData": {
            "RaceTable": {
                "Races": [
                    race("1", "Harbour Grand Prix", "2031-03-09", "04:00:00Z"),
                    race("2", "Lakeside Grand Prix", "2031-03-23", "14:30:00Z"),
                    race("3", "Valley Grand Prix", "2031-04-06", "13:00:00Z"),
                ]
            }
        }
    }

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [(event.title, event.start) for event in events] == [
        ("Harbour Grand Prix", dt.datetime(2031, 3, 9, 4, 0, tzinfo=dt.UTC)),
        ("Lakeside Grand Prix", dt.datetime(2031, 3, 23, 14, 30, tzinfo=dt.UTC)),
        ("Valley Grand Prix", dt.datetime(2031, 4, 6, 13, 0, tzinfo=dt.UTC)),
    ]
    assert not any(event.all_day for event in events)


def test_a_clock_with_an_offset_keeps_its_offset() -> None:
    document = [
        {"title": "Quay concert", "date": "2031-06-01", "time": "19:30+02:00"},
        {"title": "Dock concert", "date": "2031-06-02", "time": "20:00+02:00"},
    ]

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [event.start for event in events] == [
        dt.datetime(2031, 6, 1, 17, 30, tzinfo=dt.UTC),
        dt.datetime(2031, 6, 2, 18, 0, tzinfo=dt.UTC),
    ]


def test_a_plain_clock_is_still_the_sources_wall_clock() -> None:
    document = [
        {"title": "Quay concert", "date": "2031-06-01", "time": "19:30"},
        {"title": "Dock concert", "date": "2031-06-02", "time": "20:00"},
    ]

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [event.start.astimezone(LONDON).strftime("%d %H:%M") for event in events] == ["01 19:30", "02 20:00"]


def release(title: str, on_sale: str | None, price: str) -> dict:
    return {
        "slug": title.lower().replace(" ", "-"),
        "title": title,
        "start_at": on_sale,
        "price": price,
        "quantity": 100,
    }


def test_ticket_releases_on_sale_before_the_event_are_not_events() -> None:
    document = {
        "event": {
            "title": "Harbour Code Conference",
            "location": "Harbourtown, Freedonia",
            "start_date": "2031-05-20",
            "end_date": "2031-05-21",
            "slug": "harbour-code",
            "releases": [
                release("Early bird", "2030-11-01T09:00:00.000-08:00", "99.0"),
                release("Regular", None, "199.0"),
                release("Late", "2031-04-01T09:00:00.000-07:00", "249.0"),
            ],
        }
    }

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Harbour Code Conference", dt.date(2031, 5, 20), "Harbourtown, Freedonia")
    ]


def test_a_programme_within_its_event_is_still_the_reading() -> None:
    document = {
        "festival": {
            "title": "Harbour Festival",
            "start_date": "2031-05-20",
            "performances": [
                {"title": "Opening concert", "start_at": "2031-05-20T19:00:00+00:00"},
                {"title": "Closing concert", "start_at": "2031-05-22T19:00:00+00:00"},
            ],
        }
    }

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [event.title for event in events] == ["Opening concert", "Closing concert"]


def test_a_list_with_one_item_on_the_events_day_is_still_the_reading() -> None:
    document = {
        "event": {
            "title": "Harbour Festival",
            "start_date": "2031-05-20",
            "sessions": [
                {"title": "Warm-up walk", "start_at": "2031-05-19T10:00:00+00:00"},
                {"title": "Opening concert", "start_at": "2031-05-20T19:00:00+00:00"},
            ],
        }
    }

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [event.title for event in events] == ["Warm-up walk", "Opening concert"]


def luma_items(*events: dict) -> bytes:
    entries = [{"api_id": f"calev-{index}", "platform": "luma", "event": event} for index, event in enumerate(events)]
    return json.dumps({"entries": entries, "has_more": False, "next_cursor": None}).encode()


def test_lumas_calendar_items_give_the_place_as_address_info() -> None:
    payload = luma_items(
        {
            "api_id": "evt-harbour",
            "name": "Harbour Rust Night",
            "start_at": "2031-03-05T01:00:00.000Z",
            "timezone": "America/New_York",
            "url": "harbour-rust",
            "visibility": "public",
            "location_type": "offline",
            "geo_address_info": {
                "mode": "obfuscated",
                "city": "Albany",
                "region": "New York",
                "country": "United States",
            },
        },
        {
            "api_id": "evt-stream",
            "name": "Rust Online Hour",
            "start_at": "2031-03-06T17:00:00.000Z",
            "timezone": "Europe/London",
            "url": "rust-online",
            "visibility": "public",
            "location_type": "zoom",
            "geo_address_info": None,
        },
    )
    adapter = LumaAdapter(config={}, context=AdapterContext(source="luma", window=WINDOW))

    events = [record for record in adapter.parse(payload) if isinstance(record, RawEvent)]

    assert [(event.title, event.city, event.country, event.online) for event in events] == [
        ("Harbour Rust Night", "Albany", "United States", False),
        ("Rust Online Hour", None, None, True),
    ]
    assert events[0].start.astimezone(zoneinfo.ZoneInfo("America/New_York")).day == 4  # 01:00 UTC: the evening before


@pytest.mark.parametrize("pattern", [_json_shapes._ZONED_TIME, _json_shapes._TIME_OF_DAY])
def test_the_clock_patterns_stay_linear(pattern) -> None:
    assert superlinear_shape(pattern) is None
