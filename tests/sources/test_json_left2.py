"""JSON misreadings earlier sessions left (docs/real-world-sources-log.md, "JSON left by earlier sessions (helper
leftapis)"), each on a small document of our own that failed before its rule:

- an event's category or tags stated inside a list of its own classifications ("categories": [{"name": …}],
  "taxonomies": [{"name": …}], "tags": [{"name": …}], "classifications": [{"segment": {"name": …}}]) or in the
  genre of its performers ("performers": [{"genre": …}]) is read as its category and its tags;
- a "record_url" names the record, and is the event's own page, unless its address names a recording
  ("…/recordings/12.mp4", "…/rec/12"); a "recording_url" always names a recording;
- a second session of an event at the event's own moment under its name is that run again, read once;
- a town beside the venue's name ("VenueTown") with no street, postal code or region is the city, not an address;
- nested all-day ends ("end": {"date": …}) are read by the document's evidence: an all-day item with no end beside
  others that have one says the source writes the last day (a one-day item needs no end), as an end on its start's
  own day does; an end a day after its start on every item is iCalendar's exclusive end;
- a placeholder image (a file named "event-default.png", "placeholder.jpg", "no-image.svg") is neither the event's
  image nor a document beside it;
- checked, no change: a numbered recurrence rule (Discord's: "implemented by python's dateutil rrule", its docs say)
  whose start is off the rule (a Thursday for "every Wednesday") keeps that start, which the record states as its
  scheduled start (and nyxx's tests assert), and its count counts the rule's own days after it, as dateutil does
  (RFC 5545 counts DTSTART among them, and calls such a set undefined).
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
KINDS = ["Concert", "Comedy", "Theatre", "Film"]


def shows(more: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    return {
        "events": [
            {"id": 100 + day, "title": f"Evening Show {day}", "start": f"2031-03-0{day}T18:00:00",
             "venue": "Town Hall", **more(day)}
            for day in range(1, 5)
        ]
    }  # fmt: skip


def read(document: dict[str, Any]) -> list[Any]:
    return parse_json(document, window=WINDOW, zone=OSLO)[1]


def mapping(document: dict[str, Any]) -> dict[str, Any]:
    inference = infer(document, zone_name="Europe/Oslo")
    assert inference is not None
    return inference.config["mapping"]


# --- a. categories and tags inside lists -------------------------------------------------------------------------


def test_the_names_in_a_list_of_categories_are_the_events_category() -> None:
    document = shows(lambda day: {"categories": [{"id": day, "title": KINDS[day - 1]}, {"id": 9, "title": "Live"}]})

    events = read(document)

    assert [event.source_category for event in events] == [f"{kind}, Live" for kind in KINDS]


def test_a_taxonomy_list_and_a_tag_list_give_the_category_and_the_tags() -> None:
    document = shows(
        lambda day: {
            "taxonomies": [{"id": 1, "name": KINDS[day - 1].lower(), "parent_id": None}],
            "tags": [{"id": 7, "name": "outdoors"}, {"id": 8, "name": "late night"}],
        }
    )

    events = read(document)

    assert [event.source_category for event in events] == [kind.lower() for kind in KINDS]
    assert [event.tags for event in events] == [["outdoors", "late night"]] * 4


def test_a_list_of_tag_words_is_the_events_tags() -> None:
    document = shows(lambda day: {"keywords": ["family", f"week {day}"]})

    assert [event.tags for event in read(document)] == [["family", f"week {day}"] for day in range(1, 5)]


def test_a_classification_written_as_levels_is_read_broadest_first() -> None:
    document = shows(
        lambda day: {
            "classifications": [
                {
                    "primary": True,
                    "segment": {"id": "KZ1", "name": "Music"},
                    "genre": {"id": "KZ2", "name": KINDS[day - 1]},
                }
            ]
        }
    )

    assert [event.source_category for event in read(document)] == [f"Music / {kind}" for kind in KINDS]


def test_the_genre_of_the_performers_is_the_events() -> None:
    document = shows(
        lambda day: {"performers": [{"name": f"Band {day}", "genre": ["Rock", "Jazz", "Folk", "Pop"][day - 1]}]}
    )

    assert [event.source_category for event in read(document)] == ["Rock", "Jazz", "Folk", "Pop"]


def test_a_category_of_the_events_own_still_wins_and_other_lists_are_not_categories() -> None:
    document = shows(
        lambda day: {
            "category": KINDS[day - 1],
            "taxonomies": [{"id": 1, "name": "something else"}],
            "prices": [{"name": "Adult", "amount": 10}],
            "venue_info": {"categories": [{"name": "Bar"}]},
        }
    )

    events = read(document)

    assert [event.source_category for event in events] == KINDS
    assert mapping(shows(lambda day: {"prices": [{"name": "Adult", "amount": 10}]})).get("source_category") is None
    assert (
        mapping(shows(lambda day: {"venue": {"name": "Hall", "categories": [{"name": "Bar"}]}})).get("source_category")
        is None
    )


# --- b. a record's address and a recording's -------------------------------------------------------------------


def test_a_record_url_is_the_records_own_page() -> None:
    document = shows(lambda day: {"record_url": f"https://hall.example/events/{100 + day}"})

    assert [event.url for event in read(document)] == [
        f"https://hall.example/events/{100 + day}" for day in range(1, 5)
    ]


def test_a_record_url_whose_address_names_a_recording_is_not_the_page() -> None:
    document = shows(lambda day: {"recordUrl": f"https://hall.example/recordings/{day}.mp4"})
    named = shows(lambda day: {"recording_url": f"https://hall.example/events/{100 + day}"})

    assert [event.url for event in read(document)] == [None] * 4
    assert [event.url for event in read(named)] == [None] * 4


# --- c. sessions that repeat their event's own moment --------------------------------------------------------------


def webinars(sessions: Callable[[dict[str, Any]], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    events = []
    for day in range(1, 5):
        event = {"id": str(day), "name": f"Webinar {day}", "startsAt": f"2031-03-0{day}T18:00:00+0200",
                 "endsAt": f"2031-03-0{day}T19:00:00+0200", "type": "webinar"}  # fmt: skip
        event["eventSessions"] = sessions(event)
        events.append(event)
    return events


def test_a_second_session_at_its_events_own_moment_under_its_name_is_that_event_again() -> None:
    def sessions(event: dict[str, Any]) -> list[dict[str, Any]]:
        own = {key: event[key] for key in ("name", "startsAt", "endsAt")}
        first = {"id": event["id"] + "1", **own}
        again = {"id": event["id"] + "2", **own, "name": event["name"] + " (copy)"}
        return [first, again] if event["id"] == "1" else [first]

    events = read({"events": webinars(sessions)})

    assert [(event.title, event.start.day) for event in events] == [(f"Webinar {day}", day) for day in range(1, 5)]


def test_sessions_with_titles_of_their_own_at_one_moment_are_each_read() -> None:
    def sessions(event: dict[str, Any]) -> list[dict[str, Any]]:
        moment = {key: event[key] for key in ("startsAt", "endsAt")}
        return [{"id": event["id"] + room, "name": f"Workshop in room {room}", **moment} for room in "AB"]

    events = read({"events": webinars(sessions)})

    assert len(events) == 8


# --- d. a town alone is no address --------------------------------------------------------------------------------


def test_a_venues_town_alone_is_the_city_not_an_address() -> None:
    venues = [("Scandic City", "Bergen"), ("Teams", ""), ("Clarion Hotel", "Oslo"), ("Conference Centre", "Oslo")]
    document = {
        "Courses": {
            "Items": [
                {"Title": f"Course {day}", "StartDate": f"2031-04-1{day}T09:00:00", "VenueName": venues[day][0],
                 "VenueTown": venues[day][1]}
                for day in range(4)
            ]
        }
    }  # fmt: skip

    events = read(document)

    # "Teams" names only an online room: an online course with no venue (_online_place, helper leftdata)
    assert [(event.venue_name, event.address, event.city) for event in events] == [
        (None if venue == "Teams" else venue, None, town or None) for venue, town in venues
    ]
    assert [event.online for event in events] == [False, True, False, False]


def test_a_town_with_its_street_is_still_part_of_the_address() -> None:
    document = shows(lambda day: {"venue": {"name": "Hall", "street": f"Main Street {day}", "town": "Bergen"}})

    assert [(event.address, event.city) for event in read(document)] == [
        (f"Main Street {day}, Bergen", "Bergen") for day in range(1, 5)
    ]


# --- e. whether nested all-day ends are the last day or the day after -------------------------------------------


def entry(name: str, start: dict[str, str], end: dict[str, str] | None) -> dict[str, Any]:
    found: dict[str, Any] = {"id": name.lower().replace(" ", "-"), "summary": name, "start": start}
    return {**found, "end": end} if end is not None else found


def timed(day: str) -> tuple[dict[str, str], dict[str, str]]:
    return {"dateTime": f"{day}T19:00:00+02:00"}, {"dateTime": f"{day}T21:00:00+02:00"}


def test_an_all_day_item_with_no_end_says_the_ends_written_are_last_days() -> None:
    document = [
        entry("Reading Night", *timed("2031-06-05")),
        entry("Open Day", {"date": "2031-10-02"}, None),
        entry("Second Reading Night", *timed("2031-06-12")),
        entry("Book Days", {"date": "2031-09-18"}, {"date": "2031-09-21"}),
        entry("Third Reading Night", *timed("2031-06-19")),
        entry("Craft Weekend", {"date": "2031-11-08"}, {"date": "2031-11-09"}),
        entry("Fourth Reading Night", *timed("2031-06-26")),
    ]

    events = {event.title: event for event in read(document)}

    assert (events["Open Day"].start, events["Open Day"].end) == (dt.date(2031, 10, 2), None)
    assert (events["Book Days"].start, events["Book Days"].end) == (dt.date(2031, 9, 18), dt.date(2031, 9, 21))
    assert (events["Craft Weekend"].start, events["Craft Weekend"].end) == (dt.date(2031, 11, 8), dt.date(2031, 11, 9))


def test_nested_all_day_ends_a_day_after_every_start_are_the_day_after_the_last() -> None:
    document = [
        entry("Holiday", {"date": "2031-10-02"}, {"date": "2031-10-03"}),
        entry("Another Holiday", {"date": "2031-12-25"}, {"date": "2031-12-26"}),
        entry("Reading Night", *timed("2031-06-05")),
        entry("Third Holiday", {"date": "2031-05-01"}, {"date": "2031-05-02"}),
    ]

    events = {event.title: event for event in read(document)}

    assert [(events[name].start, events[name].end) for name in ("Holiday", "Another Holiday", "Third Holiday")] == [
        (dt.date(2031, 10, 2), None),
        (dt.date(2031, 12, 25), None),
        (dt.date(2031, 5, 1), None),
    ]


# --- f. a numbered recurrence whose start is off its rule ---------------------------------------------------------


def guild_night(start: str, by_weekday: list[int]) -> dict[str, Any]:
    rule = {"start": start, "end": None, "frequency": 2, "interval": 1, "by_weekday": by_weekday, "count": 3}
    return {"id": "77", "name": "Guild night", "scheduled_start_time": start,
            "scheduled_end_time": start.replace("T18", "T20"), "recurrence_rule": rule}  # fmt: skip


def test_a_start_off_its_numbered_rule_is_not_one_of_its_counted_days() -> None:
    thursday = guild_night("2031-01-02T18:00:00+00:00", [2])  # three Wednesdays, the record stated on a Thursday

    days = sorted(event.start.astimezone(dt.UTC).date().isoformat() for event in read(thursday))

    assert days == ["2031-01-02", "2031-01-08", "2031-01-15", "2031-01-22"]


def test_a_start_on_its_numbered_rule_is_the_first_occurrence() -> None:
    wednesday = guild_night("2031-01-08T18:00:00+00:00", [2])

    days = sorted(event.start.astimezone(dt.UTC).date().isoformat() for event in read(wednesday))

    assert days == ["2031-01-08", "2031-01-15", "2031-01-22"]


def test_the_tags_and_categories_of_the_event_a_session_sits_in_are_the_sessions() -> None:
    document = {
        "data": [
            {"id": day, "title": f"Canvass {day}", "tags": ["Canvass", "Outdoors"], "categories": ["Civic"],
             "event_sessions": [
                 {"id": 10 * day + part, "title": f"Canvass {day} shift {part}",
                  "start_time": f"2031-06-1{day}T{9 + 3 * part:02d}:00:00-04:00", "tags": []}
                 for part in range(2)
             ]}
            for day in range(1, 4)
        ]
    }  # fmt: skip

    events = read(document)

    assert len(events) == 6
    assert {(tuple(event.tags), event.source_category) for event in events} == {(("Canvass", "Outdoors"), "Civic")}


# --- a placeholder image ---------------------------------------------------------------------------------------------


def test_a_placeholder_image_is_no_image_and_no_document() -> None:
    document = shows(
        lambda day: {
            "image": "https://hall.example/images/event-default.png" if day % 2 else f"https://hall.example/p/{day}.jpg",
            "files": [{"url": "https://hall.example/images/placeholder.png", "type": "file"},
                      {"url": f"https://hall.example/agenda/{day}.pdf", "type": "agenda"}],
        }
    )  # fmt: skip

    events = read(document)

    assert [event.image_url for event in events] == [
        None,
        "https://hall.example/p/2.jpg",
        None,
        "https://hall.example/p/4.jpg",
    ]
    assert [[link["url"] for link in event.links] for event in events] == [
        [f"https://hall.example/agenda/{day}.pdf"] for day in range(1, 5)
    ]
