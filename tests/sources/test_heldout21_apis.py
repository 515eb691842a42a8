"""The twenty-first held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout21.json, each file
measured once before these rules), on small documents of our own:

- dates as .NET's JSON writes them ("/Date(1930413600000)/", an offset after the number optional) are instants in
  milliseconds since 1970 (a club booking calendar's Start and End);
- items with no name field whose "description" is a short label in every item ("Yoga", "Body Pump": a gym's class
  planning) are named by it; a description that is prose in any item names nothing;
- whole numbers of a "duration" that would be more than a day as minutes, each whole minutes in seconds (2700,
  3600), are seconds;
- a name in an object that is a room or a bookable resource ("resource": {"name": "Main Studio"}) is the event's
  place, not its title, and that object's description is not the event's; an activity's own name
  ("activity.name") names it; a booking window's "bookable_until" is no end; a flag saying the room is shown
  online ("zoneIsVisibleOnline") does not make the class an online one;
- lists beside the chosen one, under the same object, that read with the same title and start (a member's
  "waitingBookings" beside its "bookings") are read too, unless their key says they are over ("past") or they
  list the same items again;
- games grouped under leagues ("leagues": [{"name", "matches": [...]}]) are named by their two sides, not by the
  league holding them, and a half's start ("halfs.firstHalfStarted") is not the kickoff;
- a start whose key names UTC and whose every value states its offset ("utcTime": "…19:00:00.000Z") is preferred
  to a wall-clock time beside it ("time": "04.03.2031 21:00"); without the offset, the local one still wins.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._json_aspnet import aspnet_millis
from sources.adapters._json_duration import column_unit
from sources.adapters._json_infer import infer
from sources.adapters._json_shapes import Column
from sources.adapters.base import AdapterError, FetchWindow
from sources.adapters.json_api import check_reading_options
from tests.sources.helpers import parse_json

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC = zoneinfo.ZoneInfo("UTC")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def club_event(name: str, start: str, end: str) -> dict:
    return {"Number": name[:4].upper(), "EventName": name, "EventType": "Clinic", "Start": start, "End": end}


def test_dotnet_json_dates_are_milliseconds_since_1970() -> None:
    document = {
        "Data": [
            club_event("Ladder Night", "/Date(1930413600000)/", "/Date(1930419000000)/"),
            club_event("Junior Clinic", "/Date(1930500000000-0800)/", "/Date(1930505400000-0800)/"),
        ],
        "Total": 2,
        "Errors": None,
    }

    events = parse_json(document, window=WINDOW, zone=LOS_ANGELES)[1]

    assert [(event.title, event.start, event.end) for event in events] == [
        ("Ladder Night", dt.datetime(2031, 3, 4, 18, 0, tzinfo=dt.UTC), dt.datetime(2031, 3, 4, 19, 30, tzinfo=dt.UTC)),
        (
            "Junior Clinic",
            dt.datetime(2031, 3, 5, 18, 0, tzinfo=dt.UTC),
            dt.datetime(2031, 3, 5, 19, 30, tzinfo=dt.UTC),
        ),
    ]
    assert aspnet_millis("/Date(1930413600000+0100)/") == 1930413600000
    assert aspnet_millis("\\/Date(1930413600000)\\/") == 1930413600000  # as some serializers escape the slashes
    for other in ("Date(1930413600000)", "/Date(soon)/", "1930413600000", 1930413600000, "/Date(1)/ and more"):
        assert aspnet_millis(other) is None


def gym_class(number: int, label: str, start: str, **more: object) -> dict:
    return {"id": number, "type": "lesson", "description": label, "startDate": start, "duration": 2700, **more}


def test_a_short_description_names_items_with_no_name_field() -> None:
    document = [
        gym_class(1, "Yoga", "2031-03-03T09:15:00+0100", bookable_until="2031-03-03T09:15:00+0100"),
        gym_class(2, "Body Pump", "2031-03-03T10:15:00+0100", bookable_until="2031-03-03T10:15:00+0100"),
        gym_class(3, "Kids Gym", "2031-03-04T14:00:00+0100", bookable_until="2031-03-04T14:00:00+0100"),
    ]

    events = parse_json(document, window=WINDOW, zone=PARIS)[1]
    inference = infer(document, zone_name="Europe/Paris")

    assert [(event.title, event.start, event.end) for event in events] == [
        ("Yoga", dt.datetime(2031, 3, 3, 9, 15, tzinfo=PARIS), dt.datetime(2031, 3, 3, 10, 0, tzinfo=PARIS)),
        ("Body Pump", dt.datetime(2031, 3, 3, 10, 15, tzinfo=PARIS), dt.datetime(2031, 3, 3, 11, 0, tzinfo=PARIS)),
        ("Kids Gym", dt.datetime(2031, 3, 4, 14, 0, tzinfo=PARIS), dt.datetime(2031, 3, 4, 14, 45, tzinfo=PARIS)),
    ]
    assert inference is not None
    assert inference.config["mapping"]["title"] == "description"
    assert "end" not in inference.config["mapping"]  # the booking deadline is not when the class ends
    assert any("short label" in line for line in inference.evidence)


def test_a_description_that_is_prose_names_nothing() -> None:
    document = [
        gym_class(1, "Yoga", "2031-03-03T09:15:00+0100"),
        gym_class(2, "A relaxing hour. Bring your own mat", "2031-03-03T10:15:00+0100"),
    ]

    assert infer(document) is None


def test_whole_minutes_in_seconds_beyond_a_day_of_minutes_are_seconds() -> None:
    def unit(*values: object) -> str | None:
        return column_unit(Column("duration", list(values)))

    assert unit(2700, 3600, 5400) == "seconds"
    assert unit(45, 60, 90) == "minutes"
    assert unit(600, 900, 1200) is None  # ten hours and more in minutes, or ten minutes and more in seconds: unclear
    assert unit(2700, 3610) is None  # not whole minutes
    # (review of batch 21) whole days in minutes (a course's two, one and three days) are not 48, 24 and 72 minutes
    assert unit(2880, 1440, 4320) is None


def booking(number: int, activity: str, start: str) -> dict:
    return {
        "type": "lesson",
        "id": number,
        "description": activity,
        "duration": 3600,
        "startDate": start,
        "activity": {"id": number % 7, "name": activity},
        "resource": {
            "id": 1,
            "name": "Main Studio",
            "description": "our big group fitness studio upstairs",
            "zoneIsVisibleOnline": True,
        },  # fmt: skip
    }


def test_a_rooms_name_is_the_place_and_the_activitys_name_the_title() -> None:
    document = {
        "bookings": [
            {"bookedDate": "2031-02-01T10:00:00+01:00", "booking": booking(11, "Spinning", "2031-03-03T18:00:00+0100")},
            {"bookedDate": "2031-02-02T10:00:00+01:00", "booking": booking(12, "Boxing", "2031-03-05T18:00:00+0100")},
        ]
    }

    events = parse_json(document, window=WINDOW, zone=PARIS)[1]

    assert [(event.title, event.venue_name, event.online) for event in events] == [
        ("Spinning", "Main Studio", False),
        ("Boxing", "Main Studio", False),
    ]
    assert all(event.description != "our big group fitness studio upstairs" for event in events)
    assert [event.end for event in events] == [
        dt.datetime(2031, 3, 3, 19, 0, tzinfo=PARIS),
        dt.datetime(2031, 3, 5, 19, 0, tzinfo=PARIS),
    ]


def test_a_waiting_list_beside_the_bookings_is_read_too() -> None:
    document = {
        "bookings": [
            {"bookedDate": "2031-02-01T10:00:00+01:00", "booking": booking(11, "Spinning", "2031-03-03T18:00:00+0100")},
            {"bookedDate": "2031-02-02T10:00:00+01:00", "booking": booking(12, "Boxing", "2031-03-05T18:00:00+0100")},
        ],
        "waitingBookings": [{"booking": booking(13, "Bootcamp", "2031-03-06T18:00:00+0100"), "waitIndex": 4}],
    }

    events = parse_json(document, window=WINDOW, zone=PARIS)[1]
    inference = infer(document)

    assert [event.title for event in events] == ["Spinning", "Boxing", "Bootcamp"]
    assert inference is not None
    assert inference.config["also"] == ["waitingBookings"]


def show(number: int, title: str, start: str) -> dict:
    return {"id": number, "title": title, "startDate": start, "location": {"addressTitle": "Hall"}}


def test_a_past_list_or_a_repeated_one_beside_the_listing_is_left_out() -> None:
    upcoming = [show(1, "Spring Fair", "2031-04-05T10:00:00Z"), show(2, "Summer Fair", "2031-07-05T10:00:00Z")]
    past = {"upcoming": upcoming, "past": [show(9, "Winter Fair", "2030-01-05T10:00:00Z")]}
    featured = {"items": upcoming, "featured": [upcoming[1]]}
    more = {"items": upcoming, "more": [show(3, "Autumn Fair", "2031-10-05T10:00:00Z")]}

    for document in (past, featured):
        inference = infer(document)
        assert inference is not None
        assert "also" not in inference.config
    inference = infer(more)
    assert inference is not None
    assert inference.config["also"] == ["more"]


def fixture(number: int, home: str, away: str, kickoff: str, started: str) -> dict:
    return {
        "id": number,
        "home": {"id": number * 10, "name": home, "score": 1},
        "away": {"id": number * 10 + 1, "name": away, "score": 0},
        "status": {"utcTime": kickoff, "halfs": {"firstHalfStarted": started}, "finished": True},
    }


def test_games_grouped_under_leagues_are_named_by_their_sides_and_not_dated_by_a_half() -> None:
    document = {
        "leagues": [
            {"id": 47, "name": "Premier League", "matches": [
                fixture(1, "Harbour Town", "Hill United", "2031-03-04T19:00:00.000Z", "04.03.2031 21:00:21"),
                fixture(2, "River Rovers", "Vale Athletic", "2031-03-04T19:30:00.000Z", "04.03.2031 21:31:02")]},
            {"id": 54, "name": "Second Division", "matches": [
                fixture(3, "Lake City", "Forest Wanderers", "2031-03-05T18:30:00.000Z", "05.03.2031 20:30:40")]},
        ]
    }  # fmt: skip

    events = parse_json(document, window=WINDOW, zone=UTC)[1]

    assert [(event.title, event.start) for event in events] == [
        ("Harbour Town vs Hill United", dt.datetime(2031, 3, 4, 19, 0, tzinfo=dt.UTC)),
        ("River Rovers vs Vale Athletic", dt.datetime(2031, 3, 4, 19, 30, tzinfo=dt.UTC)),
        ("Lake City vs Forest Wanderers", dt.datetime(2031, 3, 5, 18, 30, tzinfo=dt.UTC)),
    ]


def test_a_utc_time_with_its_offset_wins_over_a_wall_clock_beside_it() -> None:
    def game(number: int, utc: str, wall: str) -> dict:
        return {"id": number, "title": f"Cup tie {number}", "time": wall, "utcTime": utc}

    exact = [
        game(1, "2031-03-04T19:00:00.000Z", "04.03.2031 21:00"),
        game(2, "2031-03-05T18:30:00.000Z", "05.03.2031 20:30"),
    ]
    bare = [game(1, "2031-03-04 19:00:00", "04.03.2031 21:00"), game(2, "2031-03-05 18:30:00", "05.03.2031 20:30")]

    exact_reading, bare_reading = infer(exact), infer(bare)

    assert exact_reading is not None
    assert bare_reading is not None
    assert exact_reading.config["mapping"]["start"] == "utcTime"
    assert bare_reading.config["mapping"]["start"] != "utcTime"


def test_also_in_a_config_must_list_paths() -> None:
    check_reading_options({"also": ["waitingBookings"]})
    for bad in ("waitingBookings", [1], {"path": "x"}):
        with pytest.raises(AdapterError):
            check_reading_options({"also": bad})


def test_also_is_refused_beside_parents_or_join_and_as_an_empty_path() -> None:
    # (review of batch 21) with "parents" or "join" the lists at "also" were silently not read at all
    for config in (
        {"also": ["waitingBookings"], "parents": True},
        {"also": ["waitingBookings"], "join": {"list": "events", "by": "event.id", "key": "id"}},
        {"also": [""]},  # the whole document read again as a list of items
        {"also": ["  "]},
    ):
        with pytest.raises(AdapterError):
            check_reading_options(config)
    check_reading_options({"also": [], "parents": True})  # an empty list says nothing more


def test_a_list_beside_the_listing_named_as_off_is_left_out() -> None:
    # (review of batch 21) "cancelledBookings", "deleted", "drafts" beside the listing: their items carry no flag of
    # their own (the list's key says it), so read with the rest they were live events
    upcoming = [show(1, "Spring Fair", "2031-04-05T10:00:00Z"), show(2, "Summer Fair", "2031-07-05T10:00:00Z")]
    for key in ("cancelled", "cancelledBookings", "declinedInvitations", "deleted", "drafts", "hidden", "private"):
        inference = infer({"items": upcoming, key: [show(9, "Winter Fair", "2031-01-05T10:00:00Z")]})
        assert inference is not None
        assert "also" not in inference.config, key
