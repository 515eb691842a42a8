"""A review of the JSON, XML and feed readers' newest rules (issue #13), on small documents of our own: readings
each rule could cause on ordinary documents that it was not written for.

- a precision that rounds a time or a day ("time_precision": "half_hour", "quarter-hour", "half-day") leaves the
  day known: only a week, a month, a quarter, a half year or a year keeps an item out;
- an address in an object whose name holds "record" beside other words ("record_info": {"id", "url"}) is still
  the event's page, as under a "record" wrapper: only a recording's ("recording": {"url"}, "recordUrl": {"url"})
  is not;
- an online flag in the first element of the event's list of places ("locations": [{"is_online": true}]) is the
  event's, as that element's name is its venue's: only another list's element ("Prices": [{"IsOnline"}]) is not;
- where one object holds the start's moment and day and the end's ("start_datetime", "start_date", "end_datetime",
  "end_date"), an all-day item's end is its "end_date", its last day, never the start's day read again; nested
  "start"/"end" objects keep iCalendar's day after the last (Google Calendar's form);
- a list named with its container's word last ("eventsArray", "event_collection") still holds the object's events,
  as "eventList" does: the word before "array" is the head noun.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))


def test_a_precision_rounding_a_time_keeps_the_event() -> None:
    document = [
        {"title": "Harbour Talk", "start": "2031-07-10T18:30:00+02:00", "time_precision": "half_hour"},
        {"title": "Night Market", "start": "2031-07-11T18:15:00+02:00", "time_precision": "quarter-hour"},
        {"title": "Lantern Walk", "start": "2031-07-12T00:00:00+02:00", "time_precision": "Half-day"},
        {"title": "Book Fair", "start": "2031-07-01T00:00:00+02:00", "time_precision": "half-year"},
    ]

    events = {event.title: event for event in parse_json(document, window=WINDOW, zone=BERLIN)[1]}

    assert sorted(events) == ["Harbour Talk", "Lantern Walk", "Night Market"]
    assert events["Harbour Talk"].start == dt.datetime(2031, 7, 10, 16, 30, tzinfo=dt.UTC)
    assert (events["Lantern Walk"].start, events["Lantern Walk"].all_day) == (dt.date(2031, 7, 12), True)


def test_a_url_under_a_record_wrapper_is_still_the_events_page() -> None:
    wrapped = [
        {"record": {"title": f"Talk {day}", "start": f"2031-07-{day}T18:30:00+02:00",
                         "url": f"https://talks.example/e/{day}"}}
        for day in (10, 11, 12)
    ]  # fmt: skip
    beside = [
        {"title": f"Talk {day}", "start": f"2031-07-{day}T18:30:00+02:00",
         "record_info": {"id": day, "url": f"https://talks.example/e/{day}"}}
        for day in (10, 11, 12)
    ]  # fmt: skip
    recording = [
        {"title": f"Talk {day}", "start": f"2031-07-{day}T18:30:00+02:00",
         "recordUrl": {"url": f"https://talks.example/rec/{day}"}}
        for day in (10, 11, 12)
    ]  # fmt: skip

    for document in (wrapped, beside):
        events = parse_json(document, window=WINDOW, zone=BERLIN)[1]
        assert [event.url for event in events] == [f"https://talks.example/e/{day}" for day in (10, 11, 12)]
    assert [event.url for event in parse_json(recording, window=WINDOW, zone=BERLIN)[1]] == [None, None, None]


def test_an_online_flag_in_the_events_list_of_places_is_read() -> None:
    document = [
        {"title": f"Talk {day}", "start": f"2031-07-{day}T18:30:00+02:00",
         "locations": [{"name": "Studio B" if day % 2 else "Town Hall", "is_online": bool(day % 2)}],
         "prices": [{"amount": 5, "is_online": True}]}
        for day in (10, 11, 12, 13)
    ]  # fmt: skip

    events = parse_json(document, window=WINDOW, zone=BERLIN)[1]

    assert [(event.venue_name, event.online) for event in events] == [
        ("Town Hall", False), ("Studio B", True), ("Town Hall", False), ("Studio B", True)
    ]  # fmt: skip


def schedule(day: int, *, all_day: bool) -> dict:
    if all_day:
        times = {
            "start_datetime": None,
            "start_date": f"2031-07-{day:02d}",
            "end_datetime": None,
            "end_date": f"2031-07-{day + 2:02d}",
        }
    else:
        times = {
            "start_datetime": f"2031-07-{day:02d}T19:00:00+02:00",
            "start_date": None,
            "end_datetime": f"2031-07-{day:02d}T21:00:00+02:00",
            "end_date": None,
        }
    return {"title": f"Fair {day}" if all_day else f"Talk {day}", "schedule": times}  # fmt: skip


def test_an_all_day_end_beside_the_start_in_one_object_is_the_last_day() -> None:
    document = [schedule(day, all_day=day % 3 == 0) for day in range(1, 10)]

    events = {event.title: event for event in parse_json(document, window=WINDOW, zone=BERLIN)[1]}

    assert (events["Fair 3"].start, events["Fair 3"].end) == (dt.date(2031, 7, 3), dt.date(2031, 7, 5))
    assert events["Talk 4"].end == dt.datetime(2031, 7, 4, 19, 0, tzinfo=dt.UTC)


def test_a_list_named_array_or_collection_of_events_makes_its_holder_a_container() -> None:
    for key in ("eventsArray", "event_collection", "events_list"):
        holder = {"id": "77", "name": "Spring Season", "start": "2031-03-05T18:00:00+00:00", key: []}
        found = infer(holder, zone_name="Europe/London")
        assert found is None or found.config["items"] != "", key
