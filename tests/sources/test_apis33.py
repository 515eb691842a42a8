"""JSON misreadings the last session left (helper apis33), each on a document of our own, with a hard negative:

1. Luma's ``geo_address_info``: a street line ("101 N Main St") is the address, not the venue's name
   (``luma.LumaAdapter._venue_name``);
2. an end column that holds a bare day for the all-day items and a moment for the timed ones (Cronofy's ``"end":
   "2014-09-08"`` beside ``"end": "2014-09-13T21:00:00Z"``) writes the day after the last, as iCalendar's DTEND
   does (``_json_either.mixed_day_after``);
3. a place text that holds a meeting's address ("Town Hall / https://zoom.us/j/…") keeps the hall as the venue and
   the address as the link "Online meeting" (``_json_place_links.meeting_in_place``);
4. occurrences given as bare strings (``"sessions": ["2031-03-01T19:00", …]``) are each an occurrence of the record
   they sit in (``_json_nested``);
5. a time field written "Doors 7pm / Show 8pm" starts at the show, the doors' time kept in the record's evidence
   (``_json_doors``, through ``_page_dates.doors_show``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

from sources.adapters import _json_bare_dates, _json_place_links
from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.luma import LumaAdapter
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import make_adapter

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 6, 1, tzinfo=dt.UTC))


def events(document: Any) -> list[RawEvent]:
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=NEW_YORK, base_url=None)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


def by_title(records: list[RawEvent]) -> dict[str, RawEvent]:
    return {record.title: record for record in records}


# --- 1. Luma: a street line is the address, not the venue's name ----------------------------------------------------


def luma(*places: dict[str, Any]) -> list[RawEvent]:
    entries = [
        {
            "api_id": f"calev-{index}",
            "event": {
                "api_id": f"evt-{index}",
                "name": f"Meetup {index}",
                "start_at": f"2031-07-{10 + index}T16:30:00.000Z",
                "end_at": f"2031-07-{10 + index}T18:00:00.000Z",
                "timezone": "America/New_York",
                "url": f"meetup-{index}",
                "visibility": "public",
                "geo_address_info": place,
            },
        }
        for index, place in enumerate(places)
    ]
    adapter = make_adapter(LumaAdapter, {"api_key": "k"}, window=WINDOW)
    payload = json.dumps({"entries": entries, "has_more": False}).encode()
    return [record for record in adapter.parse(payload) if isinstance(record, RawEvent)]


def test_a_luma_street_line_is_the_address_not_the_venue() -> None:
    (street,) = luma(
        {
            "mode": "shown",
            "address": "101 N Main St",
            "full_address": "101 N Main St, Greenville, SC 29601, USA",
            "city": "Greenville",
            "country": "United States",
        }
    )
    assert street.venue_name is None
    assert street.address == "101 N Main St, Greenville, SC 29601, USA"
    assert street.city == "Greenville"


def test_a_luma_places_name_stays_the_venue() -> None:
    named, numbered = luma(
        {
            "mode": "shown",
            "address": "Furman University",
            "full_address": "Furman University, 3300 Poinsett Hwy, Greenville, SC 29613, USA",
            "city": "Greenville",
        },
        {"mode": "shown", "address": "54 Below", "full_address": "54 Below, 254 W 54th St, New York, NY 10019, USA"},
    )
    assert named.venue_name == "Furman University"
    assert named.address == "3300 Poinsett Hwy, Greenville, SC 29613, USA"
    assert numbered.venue_name == "54 Below"  # a number opens it, but no street word ends it: a club's name


# --- 2. a bare-day end beside timed ends is the day after the last ---------------------------------------------------


def test_a_bare_day_end_among_timed_ends_is_the_day_after_the_last() -> None:
    retreat, dinner = events(
        {
            "pages": {"current": 1, "total": 1},
            "events": [
                {"event_uid": "evt_1", "summary": "Company Retreat", "start": "2031-09-06", "end": "2031-09-08"},
                {
                    "event_uid": "evt_2",
                    "summary": "Dinner with Laura",
                    "start": "2031-09-13T19:00:00Z",
                    "end": "2031-09-13T21:00:00Z",
                    "location": {"description": "Pizzeria"},
                },
            ],
        }
    )
    assert retreat.all_day
    assert retreat.start == dt.date(2031, 9, 6)
    assert retreat.end == dt.date(2031, 9, 7)  # the 6th and the 7th
    assert dinner.end == dt.datetime(2031, 9, 13, 21, 0, tzinfo=dt.UTC)
    one_day = events(
        {
            "events": [
                {"summary": "Holiday", "start": "2031-09-01", "end": "2031-09-02"},
                {"summary": "Call", "start": "2031-09-03T15:00:00Z", "end": "2031-09-03T15:30:00Z"},
            ]
        }
    )
    assert by_title(one_day)["Holiday"].end is None  # one day: no end


def test_bare_day_ends_alone_or_on_their_start_day_are_last_days() -> None:
    festivals = by_title(
        events(
            {
                "events": [
                    {"name": "Jazz weekend", "start": "2031-06-07", "end": "2031-06-08"},
                    {"name": "Folk weekend", "start": "2031-06-14", "end": "2031-06-15"},
                ]
            }
        )
    )
    assert festivals["Jazz weekend"].end == dt.date(2031, 6, 8)  # no timed item beside: the last day, as written
    mixed = by_title(
        events(
            {
                "events": [
                    {"summary": "Fair", "start": "2031-09-06", "end": "2031-09-06"},
                    {"summary": "Market", "start": "2031-09-10", "end": "2031-09-11"},
                    {"summary": "Talk", "start": "2031-09-13T19:00:00Z", "end": "2031-09-13T20:00:00Z"},
                ]
            }
        )
    )
    assert mixed["Market"].end == dt.date(2031, 9, 11)  # an end on its start's day: ends are last days here
    game = by_title(
        events(
            [
                {"name": "Spotlight Hour", "start": "2031-07-30T18:00:00.000", "end": "2031-07-30T19:00:00.000"},
                {"name": "Raid Hour", "start": "2031-07-29T18:00:00.000", "end": "2031-07-29T19:00:00.000"},
                {"name": "Monthly Pass", "start": "2031-07-07", "end": "2031-08-04"},
            ]
        )
    )
    assert game["Monthly Pass"].end == dt.date(2031, 8, 4)  # named as no calendar's events: the last day as written


# --- 3. a meeting's address in the place text is a link, not the venue ----------------------------------------------


def test_a_meeting_address_in_the_place_is_the_online_link() -> None:
    found = by_title(
        events(
            {
                "events": [
                    {
                        "title": "Council",
                        "start": "2031-05-01T18:00:00",
                        "location": "Town Hall / https://zoom.us/j/12345",
                    },
                    {
                        "title": "Library board",
                        "start": "2031-05-15T18:00:00",
                        "location": "https://meet.google.com/abc-defg",
                    },
                    {
                        "title": "Parks board",
                        "start": "2031-05-22T18:00:00",
                        "location": "Room 2, City Hall (Zoom: https://us02web.zoom.us/j/987)",
                    },
                ]
            }
        )
    )
    council = found["Council"]
    assert council.venue_name == "Town Hall"
    assert {"label": "Online meeting", "url": "https://zoom.us/j/12345"} in council.links
    assert council.online is False  # held in the hall too
    library = found["Library board"]
    assert library.venue_name is None
    assert library.online is True
    assert {"label": "Online meeting", "url": "https://meet.google.com/abc-defg"} in library.links
    assert found["Parks board"].venue_name == "Room 2, City Hall"


def test_a_place_with_no_meeting_address_is_kept() -> None:
    found = by_title(
        events(
            {
                "events": [
                    {"title": "Planning", "start": "2031-05-08T18:00:00", "location": "Zoom Arena, 1 Main St"},
                    {
                        "title": "Arts",
                        "start": "2031-05-09T18:00:00",
                        "location": "Town Hall / https://townhall.example.org",
                    },
                ]
            }
        )
    )
    assert found["Planning"].venue_name == "Zoom Arena, 1 Main St"
    assert found["Planning"].links == []
    assert found["Planning"].online is False
    assert found["Arts"].links == []
    assert found["Arts"].online is False


def test_meeting_in_place_reads_the_hall_beside_the_link() -> None:
    assert _json_place_links.meeting_in_place("Town Hall - Zoom: https://zoom.us/j/1") == (
        "Town Hall",
        "https://zoom.us/j/1",
    )
    assert _json_place_links.meeting_in_place("Online / https://zoom.us/j/1") == (None, "https://zoom.us/j/1")
    assert _json_place_links.meeting_in_place("Town Hall, 1 Main St") is None
    assert _json_place_links.meeting_in_place(None) is None


# --- 4. occurrences given as bare strings -----------------------------------------------------------------------------


def test_bare_string_sessions_are_each_an_occurrence() -> None:
    found = events(
        {
            "events": [
                {
                    "title": "Hamlet",
                    "venue": "Globe Theatre",
                    "sessions": ["2031-03-01T19:00", "2031-03-02T19:00", "2031-03-03T14:30"],
                },
                {"title": "Macbeth", "venue": "Globe Theatre", "sessions": ["2031-03-08T19:00"]},
                {
                    "title": "The Tempest",
                    "venue": "Globe Theatre",
                    "sessions": ["2031-03-15T19:30", "2031-03-16T19:30"],
                },
            ]
        }
    )
    seen = sorted((record.title, record.start.isoformat()) for record in found)
    assert seen == [
        ("Hamlet", "2031-03-01T19:00:00-05:00"),
        ("Hamlet", "2031-03-02T19:00:00-05:00"),
        ("Hamlet", "2031-03-03T14:30:00-05:00"),
        ("Macbeth", "2031-03-08T19:00:00-05:00"),
        ("The Tempest", "2031-03-15T19:30:00-04:00"),
        ("The Tempest", "2031-03-16T19:30:00-04:00"),
    ]
    assert {record.venue_name for record in found} == {"Globe Theatre"}
    assert len({record.external_id for record in found}) == 6


def test_dated_records_keep_their_own_start_beside_a_list_of_other_days() -> None:
    found = events(
        {
            "events": [
                {"title": "Pottery class", "start": "2031-03-01T10:00", "closed_dates": ["2031-03-08", "2031-03-15"]},
                {"title": "Life drawing", "start": "2031-03-02T10:00", "closed_dates": ["2031-03-09"]},
            ]
        }
    )
    assert sorted((record.title, record.start.isoformat()) for record in found) == [
        ("Life drawing", "2031-03-02T10:00:00-05:00"),
        ("Pottery class", "2031-03-01T10:00:00-05:00"),
    ]


# --- 5. a time field that gives the doors' time and the show's --------------------------------------------------------


def test_a_time_field_with_doors_and_show_starts_at_the_show() -> None:
    found = by_title(
        events(
            {
                "events": [
                    {"title": "The Kills", "date": "2031-05-01", "time": "Doors 7pm / Show 8pm", "venue": "Roxy"},
                    {
                        "title": "Low Cut Connie",
                        "date": "2031-05-02",
                        "time": "Doors 19:00, Show 20:00",
                        "venue": "Roxy",
                    },
                    {"title": "Open mic", "date": "2031-05-03", "time": "8pm", "venue": "Roxy"},
                ]
            }
        )
    )
    assert found["The Kills"].start == dt.datetime(2031, 5, 1, 20, 0, tzinfo=NEW_YORK)
    assert found["Low Cut Connie"].start == dt.datetime(2031, 5, 2, 20, 0, tzinfo=NEW_YORK)
    assert found["Open mic"].start == dt.datetime(2031, 5, 3, 20, 0, tzinfo=NEW_YORK)
    assert any("doors 19:00" in line for line in found["The Kills"].evidence)
    assert not any("doors" in line for line in found["Open mic"].evidence)


def test_a_doors_time_alone_or_after_the_show_stays_the_start() -> None:
    found = by_title(
        events(
            {
                "events": [
                    {"title": "Early show", "date": "2031-05-01", "time": "Doors 7pm", "venue": "Roxy"},
                    {"title": "Odd show", "date": "2031-05-02", "time": "Doors 8pm, show 7pm", "venue": "Roxy"},
                    {"title": "Late show", "date": "2031-05-03", "time": "Doors 9pm / Show 10pm", "venue": "Roxy"},
                ]
            }
        )
    )
    assert found["Early show"].start == dt.datetime(2031, 5, 1, 19, 0, tzinfo=NEW_YORK)
    assert found["Odd show"].start == dt.datetime(2031, 5, 2, 20, 0, tzinfo=NEW_YORK)  # the show before the doors
    assert found["Late show"].start == dt.datetime(2031, 5, 3, 22, 0, tzinfo=NEW_YORK)


def test_a_time_column_without_doors_is_read_as_before() -> None:
    found = events(
        {
            "events": [
                {"title": "Choir night", "date": "2031-05-01", "time": "19:00"},
                {"title": "Jazz night", "date": "2031-05-02", "time": "20:30"},
            ]
        }
    )
    assert [record.start for record in found] == [
        dt.datetime(2031, 5, 1, 19, 0, tzinfo=NEW_YORK),
        dt.datetime(2031, 5, 2, 20, 30, tzinfo=NEW_YORK),
    ]
    assert not any("doors" in line for record in found for line in record.evidence)


def test_the_new_patterns_stay_linear() -> None:
    patterns = {**module_patterns(_json_place_links), **module_patterns(_json_bare_dates, "bare.")}
    assert patterns
    for name, pattern in patterns.items():
        assert superlinear_shape(pattern) is None, name
