"""The rules the third held-out batch of JSON APIs asked for (issue #13, bench/corpus/apis/manifest-heldout3.json:
AXS, Spektrix, Squarespace, AMC's GraphQL showtimes, a Salesforce calendar keyed by day, FOSDEM's and pretalx's
schedules), each on a small synthetic input of the same shape:

- an event's length where it has no end ("duration": "00:25", "runTime": 195, "Duration": "3.00", "PT1H30M"):
  the end is the start plus it, in the one unit its values read in (small whole numbers alone decide nothing);
- events nested in lists inside lists (a day's rooms' talks, a film's showtimes) or under an object keyed by day,
  each read with the fields of what it sits in (the day's date, the film's name, the theatre's address), when the
  outer list does not read as events by its own fields and the inner objects have a start of their own;
- performances that name their show by id in a list beside the shows (Spektrix's instances and events): each
  performance is an event, with its show's name and length.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import _json_duration, _json_nested
from sources.adapters._json_duration import read_duration
from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterError, FetchWindow
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import extract_document
from tests.hostile import superlinear
from tests.sources import helpers

LA = ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
parse = functools.partial(helpers.parse_json, window=WINDOW, zone=LA)


def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=LA)


# --- a length instead of an end -----------------------------------------------------------------------------
def talks(durations: list[object], key: str = "duration") -> list[dict]:
    return [
        {"id": n, "title": f"Talk {n}", "start": f"2026-03-0{n + 1}T10:00:00", key: length}
        for n, length in enumerate(durations)
    ]


@pytest.mark.parametrize(
    ("durations", "key", "minutes"),
    [
        (["00:25", "01:30", "00:15"], "duration", [25, 90, 15]),  # frab / Pentabarf clock text
        ([195, 99, 130], "runTime", [195, 99, 130]),  # a film's running time in minutes
        ([30, 45, 45], "duration", [30, 45, 45]),  # whole numbers beyond 12: minutes
        (["3.00", "2.50", "3.00"], "Duration", [180, 150, 180]),  # decimals under a day: hours
        (["PT1H30M", "PT45M", "P1DT2H"], "duration", [90, 45, 26 * 60]),  # ISO 8601
        ([5, 10, 20], "durationMinutes", [5, 10, 20]),  # the key's own unit word decides
        ([2, 3, 1], "duration_hours", [120, 180, 60]),
    ],
)
def test_the_end_is_the_start_plus_the_length_in_the_unit_its_values_read_in(durations, key, minutes):
    found = infer({"talks": talks(durations, key)})
    _, events = parse({"talks": talks(durations, key)})

    assert found is not None
    assert found.config["mapping"]["duration"]["path"] == key
    assert [event.end - event.start for event in events] == [dt.timedelta(minutes=m) for m in minutes]
    assert events[0].start == local(2026, 3, 1, 10, 0)


def test_small_whole_numbers_without_a_unit_give_no_end():
    # 1, 2, 3: hours or minutes? Neither is read rather than one guessed.
    found = infer({"talks": talks([1, 2, 3])})
    _, events = parse({"talks": talks([1, 2, 3])})

    assert "duration" not in found.config["mapping"]
    assert [event.end for event in events] == [None, None, None]


def test_a_stated_end_is_kept_and_a_key_not_naming_a_length_is_no_duration():
    items = [
        {"title": "Opening", "start": "2026-03-01T10:00:00", "end": "2026-03-01T11:00:00", "duration": 30},
        {"title": "Closing", "start": "2026-03-02T10:00:00", "end": "2026-03-02T12:00:00", "duration": 45},
    ]
    others = [{"title": "Tour", "start": "2026-03-03T10:00:00", "capacity": 150, "seats": "00:30"}] * 2

    _, events = parse({"events": items})
    found = infer({"events": others})

    assert [event.end - event.start for event in events] == [dt.timedelta(hours=1), dt.timedelta(hours=2)]
    assert "duration" not in found.config["mapping"]


def test_an_all_day_start_gets_no_end_from_a_length():
    items = [{"title": f"Fair {n}", "date": f"2026-05-0{n}", "duration": 120} for n in (1, 2)]

    _, events = parse({"events": items})

    assert [(event.all_day, event.end) for event in events] == [(True, None), (True, None)]


def test_a_configured_duration_is_read_in_its_unit_and_a_bad_unit_refused():
    config = {"items": "rows", "mapping": {"title": "t", "start": "s", "duration": {"path": "d", "format": "hours"}}}
    rows = [{"t": "Shift", "s": "2026-04-04T09:00:00", "d": 2.5}, {"t": "Long", "s": "2026-04-05T09:00:00", "d": 800}]

    _, events = parse({"rows": rows}, config)

    assert [event.end for event in events] == [local(2026, 4, 4, 11, 30), None]  # 800 hours: no event's length
    with pytest.raises(AdapterError, match="duration format"):
        parse({"rows": rows}, {**config, "mapping": {**config["mapping"], "duration": {"path": "d", "format": "%H"}}})


@pytest.mark.parametrize(
    ("value", "unit", "length"),
    [
        ("1:30:00", "hh:mm", dt.timedelta(hours=1, minutes=30)),
        ("0:00", "hh:mm", None),  # no length
        ("25:61", "hh:mm", None),
        ("P", "iso8601", None),
        ("PT", "iso8601", None),
        ("P40D", "iso8601", None),  # longer than any event
        (True, "minutes", None),
        ("-5", "minutes", None),
        (90, None, None),  # no unit, no reading
    ],
)
def test_read_duration(value, unit, length):
    assert read_duration(value, unit) == length


HOSTILE = {  # a lead, then a filler repeated to the size asked, then a tail
    "digits": ("", "1", ""),
    "colons": ("", "1:", ""),
    "clock then junk": ("10:30", ":00", ""),
    "iso": ("P", "1D", ""),
    "iso digits": ("PT", "1", "H"),
    "dots": ("", "1.", ""),
}


def hostile_text(lead: str, filler: str, tail: str, size: int) -> str:
    return lead + filler * (size // len(filler)) + tail


def no_duration(text: str) -> None:
    assert all(read_duration(text, unit) is None for unit in _json_duration.UNITS)
    for pattern in (_json_duration._CLOCK, _json_duration._ISO, _json_duration._DECIMAL):
        assert pattern.match(text) is None


@pytest.mark.parametrize("parts", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_no_duration_and_read_in_linear_time(parts):
    no_duration(hostile_text(*parts, 100_000))  # no duration in a long run of it either
    # Growth, not a budget (tests/hostile.py): eight times the text takes about eight times the CPU time.
    assert superlinear(no_duration, functools.partial(hostile_text, *parts)) is None


# --- events nested in lists, with what they sit in -----------------------------------------------------------
SCHEDULE = b"""<?xml version="1.0"?><schedule><conference><title>Demo Days</title></conference>
<day date="2026-06-05"><room name="Hall A">
  <event id="1"><start>09:00</start><duration>00:30</duration><title>Opening</title></event>
  <event id="2"><start>09:30</start><duration>00:45</duration><title>Keynote</title></event></room>
<room name="Hall B"><event id="3"><start>10:00</start><duration>01:00</duration><title>Workshop</title></event></room>
</day><day date="2026-06-06"><room name="Hall A">
  <event id="4"><start>11:00</start><duration>00:20</duration><title>Closing</title></event></room></day>
</schedule>"""


def extracted(payload: bytes, kind: str = "auto") -> list[dict]:
    return extract_document(payload, window=WINDOW, kind=kind, zone=LA).events


def test_a_schedules_talks_inside_rooms_inside_days_are_each_an_event_dated_by_their_day():
    events = extracted(SCHEDULE)

    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Opening", "2026-06-05T09:00:00-07:00", "2026-06-05T09:30:00-07:00"),
        ("Keynote", "2026-06-05T09:30:00-07:00", "2026-06-05T10:15:00-07:00"),
        ("Workshop", "2026-06-05T10:00:00-07:00", "2026-06-05T11:00:00-07:00"),
        ("Closing", "2026-06-06T11:00:00-07:00", "2026-06-06T11:20:00-07:00"),
    ]
    assert [event["venue_name"] for event in events] == ["Hall A", "Hall A", "Hall B", "Hall A"]


def showtimes_response() -> dict:
    def film(name: str, minutes: int, starts: list[str]) -> dict:
        return {"node": {"name": name, "runTime": minutes, "showings": {"edges": [
            {"node": {"showtimeId": f"{name}-{n}", "startsAtUtc": start}} for n, start in enumerate(starts)]}}}  # fmt: skip

    return {"data": {"cinema": {"name": "Grand Cinema", "addressLine1": "12 Main Street", "city": "Springfield",
        "films": {"edges": [film("Moon Walk", 100, ["2026-02-14T20:00:00Z", "2026-02-15T03:30:00Z"]),
                            film("Sea Story", 95, ["2026-02-14T22:15:00Z"])]}}}}  # fmt: skip


def test_a_films_showtimes_are_the_events_titled_by_the_film_at_the_cinemas_address():
    found = infer(showtimes_response())
    _, events = parse(showtimes_response())

    assert found.config["parents"] is True
    assert found.config["items"] == "data.cinema.films.edges.node.showings.edges"
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Moon Walk", local(2026, 2, 14, 12, 0), local(2026, 2, 14, 13, 40)),
        ("Moon Walk", local(2026, 2, 14, 19, 30), local(2026, 2, 14, 21, 10)),
        ("Sea Story", local(2026, 2, 14, 14, 15), local(2026, 2, 14, 15, 50)),
    ]
    assert {event.venue_name for event in events} == {"Grand Cinema"}  # the name beside the street address
    assert all(event.address.startswith("12 Main Street") for event in events)


def test_a_month_keyed_by_day_gives_every_days_events():
    month = {
        str(day): {"datetime": 1770000000 + day, "events": [{"Name": f"Walk {day}", "StartDateTime": f"3/{day}/2026 10:00 AM"}]}
        for day in (7, 14, 21)
    }  # fmt: skip

    _, events = parse(month)

    assert [(event.title, event.start) for event in events] == [
        (f"Walk {day}", local(2026, 3, day, 10, 0)) for day in (7, 14, 21)
    ]


def test_events_readable_by_their_own_fields_stay_the_events_not_what_they_hold():
    events = [
        {"title": f"Concert {n}", "start": f"2026-05-0{n}T20:00:00",
         "tickets": [{"name": "General admission", "start": f"2026-04-0{n}T10:00:00"},
                     {"name": "Balcony seats", "start": f"2026-04-0{n}T10:00:00"}]}
        for n in (1, 2)
    ]  # fmt: skip

    found = infer({"events": events})
    _, read = parse({"events": events})

    assert "parents" not in found.config
    assert [event.title for event in read] == ["Concert 1", "Concert 2"]


def test_a_containers_date_alone_makes_no_events_of_what_it_holds():
    days = [{"date": f"2026-07-0{n}", "sponsors": [{"name": "Acme Hardware"}, {"name": "Bay Bakery"}]} for n in (1, 2)]

    found = infer({"days": days})

    assert found is None or "parents" not in found.config


def test_the_parents_config_key_is_checked_and_read():
    config = {"url": "https://example.org/x.json", "items": "days.talks", "parents": True,
              "mapping": {"title": "title", "start": {"path": ["^days.date", "at"], "format": "%Y-%m-%d %H:%M"}}}  # fmt: skip
    days = {"days": [{"date": "2026-08-01", "talks": [{"title": "Intro", "at": "09:00"}]}]}

    _, events = parse(days, config)

    assert [(event.title, event.start) for event in events] == [("Intro", local(2026, 8, 1, 9, 0))]
    with pytest.raises(AdapterError, match="parents"):
        JsonApiAdapter.check_config({**config, "parents": "yes"})


def test_nested_items_carry_at_most_three_containers_nearest_first_under_their_keys():
    data = {"a": [{"x": 1, "b": [{"y": 2, "c": [{"z": 3, "d": [{"w": 4, "e": [{"title": "deep"}]}]}]}]}]}

    items = _json_nested.nested_items(data, "a.b.c.d.e")

    assert items == [{"title": "deep", "^d": {"w": 4}, "^c": {"z": 3}, "^b": {"y": 2}}]


@pytest.mark.parametrize(("lead", "filler"), [("", "1"), ("2025-08-02", "-"), ("", "1-")])
def test_hostile_keys_are_no_key_and_read_in_linear_time(lead, filler):
    assert _json_nested._KEYED.match(hostile_text(lead, filler, "", 100_000)) is None
    assert superlinear(_json_nested._KEYED.match, functools.partial(hostile_text, lead, filler, "")) is None


# --- occurrences naming their show by id -----------------------------------------------------------------------
def shows_and_performances() -> dict:
    return {
        "events": [
            {"id": "SHOW_A", "name": "Spring Revue", "duration": 90, "firstInstanceDateTime": "2026-05-01T19:30:00"},
            {"id": "SHOW_B", "name": "Late Cabaret", "duration": 60, "firstInstanceDateTime": "2026-05-02T22:00:00"},
        ],
        "instances": [
            {"id": "P1", "event": {"id": "SHOW_A"}, "start": "2026-05-01T19:30:00", "cancelled": False},
            {"id": "P2", "event": {"id": "SHOW_A"}, "start": "2026-05-08T19:30:00", "cancelled": True},
            {"id": "P3", "event": {"id": "SHOW_B"}, "start": "2026-05-02T22:00:00", "cancelled": False},
        ],
    }


def test_performances_naming_their_show_by_id_are_the_events_with_the_shows_name_and_length():
    found = infer(shows_and_performances())
    _, events = parse(shows_and_performances())

    assert found.config["join"] == {"list": "events", "by": "event.id", "key": "id"}
    assert [(event.title, event.start, event.end, event.status) for event in events] == [
        ("Spring Revue", local(2026, 5, 1, 19, 30), local(2026, 5, 1, 21, 0), "scheduled"),
        ("Spring Revue", local(2026, 5, 8, 19, 30), local(2026, 5, 8, 21, 0), "cancelled"),
        ("Late Cabaret", local(2026, 5, 2, 22, 0), local(2026, 5, 2, 23, 0), "scheduled"),
    ]


def test_a_flat_reference_key_names_its_list_too():
    data = {
        "productions": [{"code": 7, "title": "Hamlet"}, {"code": 9, "title": "Medea"}],
        "performances": [{"productionCode": 7, "date": "2026-09-01T19:00:00"}, {"productionCode": 9, "date": "2026-09-02T19:00:00"},
                         {"productionCode": 7, "date": "2026-09-03T19:00:00"}],
    }  # fmt: skip

    _, events = parse(data)

    assert [event.title for event in events] == ["Hamlet", "Medea", "Hamlet"]


def test_a_list_that_reads_as_events_by_itself_keeps_its_title_and_start_and_is_joined_only_to_its_places():
    data = {
        "venues": [{"id": 1, "name": "North Hall"}, {"id": 2, "name": "South Hall"}],
        "events": [{"title": "Talk", "start": "2026-06-01T10:00:00", "venue_id": 1},
                   {"title": "Panel", "start": "2026-06-02T10:00:00", "venue_id": 2}],
    }  # fmt: skip

    found = infer(data)
    _, events = parse(data)

    assert (found.config["items"], found.config["mapping"]["title"], found.config["mapping"]["start"]) == (
        "events",
        "title",
        "start",
    )
    assert [(event.title, event.venue_name) for event in events] == [("Talk", "North Hall"), ("Panel", "South Hall")]


def test_the_join_config_key_is_checked():
    config = {
        "url": "https://example.org/x.json",
        "items": "instances",
        "mapping": {"title": "^event.name", "start": "start"},
    }

    JsonApiAdapter.check_config({**config, "join": {"list": "events", "by": "event.id", "key": "id"}})
    with pytest.raises(AdapterError, match="join"):
        JsonApiAdapter.check_config({**config, "join": {"list": "events"}})


def test_a_column_that_only_happens_to_hold_another_lists_ids_is_no_reference():
    data = {
        "rooms": [{"id": 1, "name": "North Hall"}, {"id": 2, "name": "South Hall"}, {"id": 3, "name": "Annex"}],
        "slots": [{"rank": 1, "at": "2026-06-01T10:00:00"}, {"rank": 2, "at": "2026-06-02T10:00:00"},
                  {"rank": 3, "at": "2026-06-03T10:00:00"}],
    }  # fmt: skip

    assert list(_json_nested.join_candidates(data)) == []


def test_a_month_keyed_by_two_thousand_ids_is_read_whole_without_reading_each_list_alone():
    keyed = {str(n): {"events": [{"Name": f"Shift {n}", "Start": "2026-03-01T10:00:00"}]} for n in range(1, 2001)}

    lists = list(_json_nested.sampled_lists(keyed))
    found = infer(keyed)

    _, events = parse(keyed)

    assert len(lists) == _json_nested.KEYED_SAMPLE  # of 2,000 lists read one by one before
    assert found.config["items"] == "*.events"
    assert len(events) == 2000


# --- the fresh check (bench/corpus/apis/manifest-heldout3-fresh.json) ------------------------------------------
def test_an_epoch_start_at_midnight_utc_is_a_time_not_a_date():
    # 1744416000559 is 2025-04-12 00:00:00.559 UTC, 5 pm the day before in Seattle: a moment, not a day.
    items = [
        {"title": "Tarot Reading", "startDate": 1744416000559 + n * 86_400_000, "sortTime": 1740522960411 + n}
        for n in range(3)
    ]

    found = infer({"items": items})

    assert found.config["mapping"]["start"] == {"path": "startDate", "format": "epoch_ms"}


def test_when_a_record_was_added_is_not_when_its_event_starts():
    items = [
        {"title": f"Drag Show {n}", "addedOn": 1740523080061 + n, "eventDate": f"2025-04-0{n + 1}"} for n in range(3)
    ]

    found = infer({"items": items})

    assert found.config["mapping"]["start"] == "eventDate"


# --- a place named by id ---------------------------------------------------------------------------------------
def widget_calendar() -> dict:
    return {"data": {"widgets": {"w-1": {"data": {"settings": {
        "events": [
            {"id": "e1", "name": "Cask Night", "start": {"date": "2026-05-08", "time": "17:00"},
             "eventType": ["t1"], "location": ["p2"]},
            {"id": "e2", "name": "Kickoff Party", "start": {"date": "2026-05-08", "time": "18:00"},
             "eventType": ["t1"], "location": ["p1"]},
            {"id": "e3", "name": "Bike Tour", "start": {"date": "2026-05-09", "time": "11:00"},
             "eventType": ["t2"], "location": ["p2"]},
        ],
        "eventTypes": [{"id": "t1", "name": "Party"}, {"id": "t2", "name": "Outdoor"}],
        "locations": [{"id": "p1", "name": "Ounces Taproom", "address": "3809 Delridge Way SW"},
                      {"id": "p2", "name": "Beveridge Place Pub", "address": "6413 California Ave SW"}],
    }}}}}}  # fmt: skip


def test_a_place_named_by_id_in_a_list_of_places_is_the_venue():
    found = infer(widget_calendar())
    _, events = parse(widget_calendar())

    assert found.config["join"]["list"].endswith("locations")
    assert [(event.title, event.venue_name) for event in events] == [
        ("Cask Night", "Beveridge Place Pub"),
        ("Kickoff Party", "Ounces Taproom"),
        ("Bike Tour", "Beveridge Place Pub"),
    ]
    assert events[0].start == local(2026, 5, 8, 17, 0)


def test_a_schedules_rooms_keyed_by_name_are_read_together():
    def talk(n: int, room: str, day: str, clock: str) -> dict:
        return {"id": n, "title": f"Talk {n}", "date": f"{day}T{clock}:00-08:00", "duration": "00:30", "room": room}

    days = [
        {"index": 1, "date": "2026-02-07", "rooms": {"Janson": [talk(1, "Janson", "2026-02-07", "09:00")],
                                                     "K.1.105": [talk(2, "K.1.105", "2026-02-07", "10:00")]}},
        {"index": 2, "date": "2026-02-08", "rooms": {"Janson": [talk(3, "Janson", "2026-02-08", "09:00")],
                                                     "H.1301": [talk(4, "H.1301", "2026-02-08", "11:00")]}},
    ]  # fmt: skip

    found = infer({"schedule": {"conference": {"title": "Conf", "days": days}}})
    _, events = parse({"schedule": {"conference": {"title": "Conf", "days": days}}})

    assert found.config["items"] == "schedule.conference.days.rooms.*"
    assert [(event.title, event.venue_name) for event in events] == [
        ("Talk 1", "Janson"),
        ("Talk 2", "K.1.105"),
        ("Talk 3", "Janson"),
        ("Talk 4", "H.1301"),
    ]
    assert events[3].end - events[3].start == dt.timedelta(minutes=30)
