"""JSON rules corrected after the second review (issue #13, reviewer R's findings F5, F6, F10, F11, F17), each on a
small synthetic document of the shape R probed with:

- a list that names its event by id but is about it (registrations, reminders: dated before the event) is not
  the events' occurrences: the events keep their own starts (F5);
- a "duration" that is not the event's length (weeks of a course, a parking allowance, a recording's length, a
  talk's seconds) gives no end (F6);
- a club or organiser holding its events is not their venue; the item's own place is (F10);
- events under an object keyed by day whose values are the day's list, or records keyed by id, are all read (F11);
- a day's list of events inside a list of days gives every event of the day, not only its first (F17).
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear
from tests.sources import helpers

NY = ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2028, 1, 1, tzinfo=dt.UTC))
parse = functools.partial(helpers.parse_json, window=WINDOW, zone=NY)


def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=NY)


def summary(data: object) -> list[tuple]:
    _, events = parse(data)
    return [(event.title, event.start, event.end) for event in events]


# --- F5: records about an event that name it by id ------------------------------------------------------------
def workshops_with(list_name: str, key: str, moments: list[tuple[int, str]]) -> dict:
    return {
        "workshops": [
            {"id": 31, "name": "Bike Repair Basics", "start": "2027-05-15T10:00:00", "room": "Shop"},
            {"id": 32, "name": "Bread Baking", "start": "2027-05-22T13:00:00", "room": "Kitchen"},
        ],
        list_name: [{"id": 500 + n, "workshop_id": ref, "who": f"Guest {n}", key: moment}
                    for n, (ref, moment) in enumerate(moments)],
    }  # fmt: skip


def test_sign_ups_naming_their_event_by_id_do_not_replace_the_events():
    data = workshops_with(
        "signups",
        "registered",
        [(31, "2027-04-20T08:15:00"), (31, "2027-05-01T19:40:00"), (32, "2027-05-02T12:00:00")],
    )

    assert summary(data) == [
        ("Bike Repair Basics", local(2027, 5, 15, 10), None),
        ("Bread Baking", local(2027, 5, 22, 13), None),
    ]


def test_records_dated_before_the_event_they_name_are_not_its_occurrences_whatever_their_key():
    # "at" says nothing of what the moment is: that every one falls before its workshop does.
    data = workshops_with(
        "notes", "at", [(31, "2027-05-14T09:00:00"), (31, "2027-05-15T08:00:00"), (32, "2027-05-21T09:00:00")]
    )

    found = infer(data)

    assert found.config["items"] == "workshops"
    assert "join" not in found.config


def test_performances_on_and_after_their_shows_first_date_are_still_the_events():
    data = {
        "shows": [{"id": "A", "name": "The Tempest", "opens": "2027-03-05T19:30:00"},
                  {"id": "B", "name": "Cabaret", "opens": "2027-03-06T20:00:00"}],
        "performances": [{"show_id": "A", "starts": "2027-03-05T19:30:00"}, {"show_id": "A", "starts": "2027-03-12T19:30:00"},
                         {"show_id": "B", "starts": "2027-03-06T20:00:00"}],
    }  # fmt: skip

    assert [title for title, _, _ in summary(data)] == ["The Tempest", "The Tempest", "Cabaret"]


# --- F6: a duration that is not the event's length ------------------------------------------------------------
def classes(key_values: list[dict]) -> list[dict]:
    return [
        {"title": f"Class {n}", "start": f"2027-03-0{n + 1}T18:00:00", "room": "Studio", **extra}
        for n, extra in enumerate(key_values)
    ]


def test_weeks_or_sessions_of_a_course_are_no_length_in_minutes():
    data = {"classes": classes([{"duration": 6}, {"duration": 8}, {"duration": 14}, {"duration": 30}])}

    assert [end for _, _, end in summary(data)] == [None, None, None, None]


def test_another_things_duration_beside_the_event_is_no_end():
    parking = {"classes": classes([{"parking_duration": 120}, {"parking_duration": 90}, {"parking_duration": 120}])}
    video = {"classes": classes([{"video": {"src": "/v/1.mp4", "duration": 95}}, {"video": {"src": "/v/2.mp4", "duration": 62}},
                                 {"video": {"src": "/v/3.mp4", "duration": 45}}])}  # fmt: skip

    assert [end for _, _, end in summary(parking)] == [None, None, None]
    assert [end for _, _, end in summary(video)] == [None, None, None]


def test_seconds_of_short_talks_are_not_read_as_ten_hours_and_more():
    data = {"classes": classes([{"duration": 600}, {"duration": 900}, {"duration": 1200}])}

    assert [end for _, _, end in summary(data)] == [None, None, None]


def test_the_events_own_length_in_minutes_still_gives_its_end():
    data = {"classes": classes([{"eventDuration": 45}, {"eventDuration": 90}, {"eventDuration": 120}])}

    assert [end for _, _, end in summary(data)] == [
        local(2027, 3, 1, 18, 45),
        local(2027, 3, 2, 19, 30),
        local(2027, 3, 3, 20, 0),
    ]


# --- F10: who holds the events is not where they are ----------------------------------------------------------
def clubs(**place: str) -> dict:
    return {"clubs": [
        {"name": "Riverside Rowing Club", "address": "PO Box 12, Riverside", "events": [
            {"title": "Dawn Row", "start": "2027-06-05T06:30:00", **place},
            {"title": "Regatta Practice", "start": "2027-06-12T07:00:00", **place}]},
        {"name": "Northside Birders", "address": "44 Elm St, Suite 5", "events": [
            {"title": "Owl Walk", "start": "2027-06-09T20:00:00", **place}]},
    ]}  # fmt: skip


def test_a_club_holding_its_events_is_not_their_venue_nor_its_address_theirs():
    _, events = parse(clubs())

    assert [(event.title, event.venue_name, event.address) for event in events] == [
        ("Dawn Row", None, None),
        ("Regatta Practice", None, None),
        ("Owl Walk", None, None),
    ]


def test_the_items_own_meeting_point_is_the_venue():
    _, events = parse(clubs(meeting_point="Boathouse dock"))

    assert [event.venue_name for event in events] == ["Boathouse dock", "Boathouse dock", "Boathouse dock"]


# --- F11: events keyed by day (the day's list itself) or by id ------------------------------------------------
def test_every_days_list_under_an_object_keyed_by_day_is_read():
    data = {"month": "2027-05", "byDay": {
        "2027-05-03": [{"title": "Lego Club", "start": "2027-05-03T16:00:00", "room": "Teen Room"}],
        "2027-05-04": [{"title": "Toddler Time", "start": "2027-05-04T10:00:00", "room": "Story Room"},
                       {"title": "Tax Help", "start": "2027-05-04T13:00:00", "room": "Room 2"}],
        "2027-05-06": [{"title": "Film Night", "start": "2027-05-06T19:00:00", "room": "Auditorium"}],
    }}  # fmt: skip

    assert [(title, start) for title, start, _ in summary(data)] == [
        ("Lego Club", local(2027, 5, 3, 16)),
        ("Toddler Time", local(2027, 5, 4, 10)),
        ("Tax Help", local(2027, 5, 4, 13)),
        ("Film Night", local(2027, 5, 6, 19)),
    ]


def test_a_days_key_dates_the_times_in_its_list():
    data = {"schedule": {
        "2027-03-09": [{"title": "Storytime", "time": "10:30", "room": "Story Room"},
                       {"title": "Chess Club", "time": "16:00", "room": "Teen Zone"}],
        "2027-03-10": [{"title": "Knitting Circle", "time": "13:00", "room": "Room A"}],
    }}  # fmt: skip

    assert [(title, start) for title, start, _ in summary(data)] == [
        ("Storytime", local(2027, 3, 9, 10, 30)),
        ("Chess Club", local(2027, 3, 9, 16)),
        ("Knitting Circle", local(2027, 3, 10, 13)),
    ]


def test_records_keyed_by_id_are_the_events():
    data = {
        "4411": {"title": "Zoning Board", "date": "2027-03-09", "time": "19:00", "location": "Town Hall"},
        "4412": {"title": "Library Trustees", "date": "2027-03-16", "time": "18:30", "location": "Annex"},
        "4413": {"title": "Parks Commission", "date": "2027-03-23", "time": "19:00", "location": "Library"},
    }

    assert [(title, start) for title, start, _ in summary(data)] == [
        ("Zoning Board", local(2027, 3, 9, 19)),
        ("Library Trustees", local(2027, 3, 16, 18, 30)),
        ("Parks Commission", local(2027, 3, 23, 19)),
    ]


def days_lists(count: int) -> dict:
    first = dt.date(2027, 1, 1)
    return {(first + dt.timedelta(days=n)).isoformat():
            [{"title": f"Event {n}.{k}", "start": f"{first + dt.timedelta(days=n)}T1{k}:00:00",
              "room": "Hall", "parts": [{"name": "intro", "at": "10:00"}]} for k in range(3)]
            for n in range(count)}  # fmt: skip


def test_a_thousand_days_lists_are_read_together():
    found = infer({"days": days_lists(1000)})

    assert found.config["items"] == "days.*"


def test_days_lists_are_read_in_linear_time():
    # Each day was once read alone (a second for a thousand days, growing with their square); growth, not a budget
    # (tests/hostile.py): 125 days against 1,000.
    assert superlinear(lambda days: infer({"days": days}), lambda size: days_lists(size // 8)) is None


# --- F17: a day's list of events, each one read ---------------------------------------------------------------
def test_a_days_events_with_times_and_an_all_day_one_are_each_read():
    data = {"days": [
        {"date": "2027-03-05", "events": [{"title": "Toddler Time", "time": "10:30 AM", "room": "Story Room"},
                                          {"title": "Lego Club", "time": "4:00 PM", "room": "Teen Zone"}]},
        {"date": "2027-03-06", "events": [{"title": "Plant Swap", "time": "11:00 AM", "room": "Lobby"}]},
        {"date": "2027-03-08", "events": [{"title": "Used Book Sale", "time": "All day", "room": "Annex"}]},
    ]}  # fmt: skip

    assert [(title, start) for title, start, _ in summary(data)] == [
        ("Toddler Time", local(2027, 3, 5, 10, 30)),
        ("Lego Club", local(2027, 3, 5, 16)),
        ("Plant Swap", local(2027, 3, 6, 11)),
        ("Used Book Sale", dt.date(2027, 3, 8)),
    ]


def test_a_time_column_with_a_few_words_among_the_times_still_reads_the_times():
    data = {"events": [
        {"title": "Quiz Night", "date": "2027-04-01", "time": "7:30 PM"},
        {"title": "Craft Fair", "date": "2027-04-03", "time": "TBA"},
        {"title": "Open Studio", "date": "2027-04-04", "time": "1:00 PM"},
        {"title": "Karaoke", "date": "2027-04-08", "time": "8:00 PM"},
    ]}  # fmt: skip

    assert [start for _, start, _ in summary(data)] == [
        local(2027, 4, 1, 19, 30), dt.date(2027, 4, 3), local(2027, 4, 4, 13), local(2027, 4, 8, 20),
    ]  # fmt: skip


DAYS_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<calendar>
 <day date="2027-03-05"><event><title>Garden Workday</title><place>North Plot</place></event>
  <event><title>Quilting Bee</title><place>Grange Hall</place></event></day>
 <day date="2027-03-06"><event><title>Sugaring Demo</title><place>Sugar House</place></event></day>
 <day date="2027-03-07"><event><title>Pancake Breakfast</title><place>Fire Station</place></event></day>
</calendar>"""


def test_all_day_events_listed_under_their_day_are_each_read():
    events = extract_document(DAYS_XML, window=WINDOW, kind="auto", zone=NY).events

    assert [(event["title"], event["start"], event["venue_name"]) for event in events] == [
        ("Garden Workday", "2027-03-05", "North Plot"),
        ("Quilting Bee", "2027-03-05", "Grange Hall"),
        ("Sugaring Demo", "2027-03-06", "Sugar House"),
        ("Pancake Breakfast", "2027-03-07", "Fire Station"),
    ]
