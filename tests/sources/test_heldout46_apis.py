"""The forty-sixth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout46.json, each file measured
once before these rules), on small documents of our own.

Calendar, webinar and venue APIs as their client libraries' tests record them: two calendar events (a v2 event timed
in Unix seconds, a v3 event with its zone, a place and a recurrence), a webinar service's past webinars (each with
its sessions in a "times" list; the name under "subject" in some, under "name" in another), a Stockholm club's events
API in its own field names (EventId, EventDate, Event, Open, Venue), and hard negatives (a free/busy answer, a
session's registrants). The cold measure (found 3/7, fields 3/3, extra 0, the two negatives unreadable) taught:

- the items of one list may name themselves under one of two title keys, never both ("subject" or "name"): the two
  are one title, the first read where present and the other where it is missing (``_json_twin_titles``); a
  webinar named under "name" was dropped, and with it the reading of each webinar's sessions;
- a record whose keys are its kind's word and its fields ("EventId", "EventDate", "EventUrl") holds its name under
  the bare word ("Event": "The Xx") (``own_prefix_title``);
- the last part of an address that is a file's name ("…/img/1357.jpg") is never an item's name
  (``_json_text_values.slug_title``): the club's concert was printed as "1357.jpg", after its picture.

Hard negatives here: two title keys in one item leave the title as it was chosen; a list where half the items have a
title and the others only a venue's name stays unread; an analytics log's "event": "Order Completed" beside its
"timestamp" and "properties" is no event; a bare "Event" holding numbers is no name; a page address's slug still
names an item; a session's registrants (sign-up stamps and join links) stay unread.

Left: a calendar event marked ``"visibility": "private"`` is kept out on purpose (``_json_gone``: an event its source
keeps from the public is not published); the club's "Open": "Inne 19-01" (the doors' hours) is not read as the
start's time, which stays the day.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _json_twin_titles
from sources.adapters._json_fields import Sample
from sources.adapters._json_text_values import slug_title
from sources.adapters._json_twin_titles import title_twins
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=STOCKHOLM)


def local(event: dict) -> str:
    return dt.datetime.fromisoformat(str(event["start"])).astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def titled(document: object) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:16]) for event in events(document)]


# --- two title keys, one per item ------------------------------------------------------------------------------------


def webinar(key: int, name_key: str, name: str, *days: int) -> dict:
    times = [{"startTime": f"2031-05-{day:02d}T08:00:00Z", "endTime": f"2031-05-{day:02d}T09:00:00Z"} for day in days]
    return {"webinarKey": key, name_key: name, "description": f"About {name.lower()}", "timeZone": "Europe/Stockholm",
            "times": times}  # fmt: skip


def test_webinars_named_under_subject_or_name_each_read_at_every_session() -> None:
    found = events([webinar(1, "subject", "Budgeting basics", 10), webinar(2, "name", "Tax returns", 12, 13)])
    assert [(event["title"], local(event)) for event in found] == [
        ("Budgeting basics", "2031-05-10 10:00"),
        ("Tax returns", "2031-05-12 10:00"),
        ("Tax returns", "2031-05-13 10:00"),
    ]
    assert all(event["end"] for event in found)


def test_a_flat_list_whose_items_name_themselves_under_title_or_name_keeps_every_item() -> None:
    document = [
        {"title": "Quiz Night", "start": "2031-05-10T19:00:00"},
        {"name": "Open Mic", "start": "2031-05-11T20:00:00"},
        {"title": "Karaoke", "start": "2031-05-12T21:00:00"},
    ]
    assert [title for title, _ in titled(document)] == ["Quiz Night", "Open Mic", "Karaoke"]


def test_twins_are_merged_only_where_no_item_holds_both() -> None:
    sample = Sample("", [{"subject": "A talk", "start": "2031-05-10"}, {"name": "A walk", "start": "2031-05-11"}])
    twin = title_twins(sample)
    assert twin is not None
    assert twin.column.values == ["A talk", "A walk"]
    both = Sample("", [{"subject": "A talk", "name": "talk"}, {"name": "A walk"}, {"subject": "A ride"}])
    assert title_twins(both) is None


def test_a_title_beside_a_name_in_every_item_stays_the_title() -> None:
    document = [
        {"title": "Quiz Night", "name": "quiz", "start": "2031-05-10T19:00:00"},
        {"title": "Open Mic", "name": "mic", "start": "2031-05-11T20:00:00"},
    ]
    assert [title for title, _ in titled(document)] == ["Quiz Night", "Open Mic"]


def test_a_venues_name_is_no_twin_of_a_title() -> None:
    # half the items have a title, the others only their venue's name: another object's key, no name of theirs
    document = [
        {"title": "Quiz Night", "start": "2031-05-10T19:00:00"},
        {"venue": {"name": "The Anchor"}, "start": "2031-05-11T20:00:00"},
    ]
    assert titled(document) == []


def test_many_title_keys_are_compared_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # 400 name keys, one an item: compared pairwise only among the first MAX_TITLE_KEYS, not 400 × 399 times
    items = [{f"name{index}": f"Item {index}", "start": "2031-05-10T19:00:00"} for index in range(400)]
    calls = []
    merged = _json_twin_titles._merged
    monkeypatch.setattr(_json_twin_titles, "_merged", lambda *pair: calls.append(pair) or merged(*pair))
    title_twins(Sample("", items))
    limit = _json_twin_titles.MAX_TITLE_KEYS
    assert 0 < len(calls) <= limit * (limit - 1)


# --- the record's own prefix -----------------------------------------------------------------------------------------


def club(event_id: str, day: str, name: str) -> dict:
    return {"EventId": event_id, "EventDate": day, "EventStatus": "Biljetter", "Event": name, "SubHead": " + Support",
            "Open": "Inne 19-01", "Venue": "Lilla salen", "ImageUrl": f"https://club.example/img/{event_id}.jpg",
            "TicketUrl": f"https://tickets.example/{event_id}", "EventUrl": f"https://club.example/kalender/{event_id}/"}  # fmt: skip


def test_a_bare_event_key_beside_the_records_event_keys_is_its_name() -> None:
    found = events([club("3736", "2031-05-10", "The Quartet"), club("3737", "2031-05-11", "Indie Night")])
    assert [(event["title"], str(event["start"])) for event in found] == [
        ("The Quartet", "2031-05-10"),
        ("Indie Night", "2031-05-11"),
    ]
    assert found[0]["venue_name"] == "Lilla salen"
    assert found[0]["url"] == "https://club.example/kalender/3736/"


def test_an_analytics_logs_event_names_are_no_events() -> None:
    log = [
        {
            "type": "track",
            "event": "Order Completed",
            "timestamp": "2031-05-03T10:00:00Z",
            "userId": "u1",
            "messageId": "m1",
            "properties": {"total": 30},
        },
        {
            "type": "track",
            "event": "Signed Up",
            "timestamp": "2031-05-04T11:00:00Z",
            "userId": "u2",
            "messageId": "m2",
            "properties": {"plan": "pro"},
        },
    ]
    assert titled(log) == []


def test_a_logs_repeated_event_kinds_beside_event_prefixed_keys_are_no_names() -> None:
    # the record's keys begin with "event" as a club's do, but "event" holds a few kinds over and over
    log = [
        {"event": kind, "event_id": n, "event_type": "track", "event_time": f"2031-05-0{n + 1} 10:00:00"}
        for n, kind in enumerate(["Order Completed", "Signed Up", "Order Completed", "Order Completed"])
    ]
    assert titled(log) == []


def test_a_bare_event_key_holding_numbers_names_nothing() -> None:
    document = [
        {"EventId": "1", "EventDate": "2031-05-10", "Event": "3736", "EventUrl": "https://club.example/kalender/1/"},
        {"EventId": "2", "EventDate": "2031-05-11", "Event": "3737", "EventUrl": "https://club.example/kalender/2/"},
    ]
    assert titled(document) == []


def test_a_title_beside_the_bare_event_key_stays_the_title() -> None:
    document = [{"EventId": "1", "EventDate": "2031-05-10", "Event": "Jazz", "Title": "Jazz with the trio",
                 "EventUrl": "https://club.example/kalender/1/"}]  # fmt: skip
    assert [title for title, _ in titled(document)] == ["Jazz with the trio"]


# --- a file's name is no item's name ---------------------------------------------------------------------------------


def test_a_pictures_file_name_never_names_an_item() -> None:
    document = [
        {"date": "2031-05-10T19:00:00", "image": "https://club.example/img/1357.jpg"},
        {"date": "2031-05-11T19:00:00", "image": "https://club.example/img/poster-indie-night.png"},
    ]
    assert titled(document) == []
    assert slug_title("https://club.example/img/1357.jpg") is None
    assert slug_title("https://club.example/files/flyer-jazz-night.PDF?v=2") is None


def test_a_page_addresss_slug_still_names_an_item() -> None:
    document = [
        {"date": "2031-05-10T19:00:00", "url": "https://club.example/events/jazz-night"},
        {"date": "2031-05-11T19:00:00", "url": "https://club.example/events/indie-evening"},
    ]
    assert [title for title, _ in titled(document)] == ["jazz night", "indie evening"]
    assert slug_title("https://club.example/events/jazz-night/") == "jazz night"


# --- hard negatives ----------------------------------------------------------------------------------------------------


def test_a_sessions_registrants_are_no_events() -> None:
    registrants = [
        {
            "registrantKey": 1,
            "firstName": "Ann",
            "lastName": "Berg",
            "status": "APPROVED",
            "email": "a@example.org",
            "registrationDate": "2031-05-01T18:01:00Z",
            "joinUrl": "https://webinar.example/j/1",
        },
        {
            "registrantKey": 2,
            "firstName": "Bo",
            "lastName": "Ek",
            "status": "WAITING",
            "email": "b@example.org",
            "registrationDate": "2031-05-02T18:02:00Z",
            "joinUrl": "https://webinar.example/j/2",
        },
    ]
    assert titled(registrants) == []


def test_a_free_busy_answer_with_a_slots_capacity_is_no_event() -> None:
    answer = [
        {
            "object": "free_busy",
            "email": "desk@example.org",
            "time_slots": [
                {
                    "object": "time_slot",
                    "status": "busy",
                    "start_time": 1935990000,
                    "end_time": 1935993600,
                    "capacity": {"event_id": "abc-123", "current_capacity": 2, "max_capacity": 5},
                }
            ],
        },
        {"object": "free_busy", "email": "room@example.org", "time_slots": []},
    ]
    assert titled(answer) == []
