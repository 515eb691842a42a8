"""The seventy-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout78.json: a conference
platform's meeting with its contributions and its event search; a cricket data API's fixtures; a cricket API's
match list; a conference app's sessions under their speakers; a hard negative, a postal service's tracking scans),
on small documents of our own.

The cold measure found 29 of 32 events, with 7 extra. By cause:

- A meeting holding its contributions, each dated by an object of parts (``"startDate": {"date", "tz", "time"}``):
  the meeting was read as the one event, its talks not at all. The meeting begins with its first talk: it is
  their container (``_json_spans``, which compared only a start written under one key).
- A parcel's tracking scans under "events" (a place, a status, a timed date): five events titled "Event"
  (``_json_parcel_scans``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sources.adapters._json_parcel_scans import parcel_scans
from sources.adapters._json_spans import _start_paths
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/Zurich")
YEAR = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE))


def events(document: object) -> list[dict[str, Any]]:
    """What --kind auto reads from the document, in Zurich, over 2031."""
    return json_events(document, window=YEAR, zone=ZONE)


def moment(day: str, clock: str) -> dict[str, str]:
    return {"date": day, "tz": "Europe/Zurich", "time": clock}


def talk(title: str, day: str, start: str, end: str) -> dict[str, Any]:
    return {"startDate": moment(day, start), "_type": "Contribution", "endDate": moment(day, end), "title": title,
            "duration": 20, "location": "Main Campus", "room": None, "id": title}  # fmt: skip


def meeting(start: str, talks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"count": 1, "results": [{"startDate": moment("2031-06-23", start), "_type": "Conference",
            "endDate": moment("2031-06-24", "18:00:00"), "title": "Summer Workshop", "location": "Main Campus",
            "url": "https://example.org/event/1", "contributions": talks, "id": "1"}]}  # fmt: skip


TALKS = [
    talk("Detector Status", "2031-06-23", "08:20:00", "08:40:00"),
    talk("Opening", "2031-06-23", "08:00:00", "08:20:00"),
    talk("Trigger Upgrade", "2031-06-24", "14:00:00", "14:20:00"),
]


def test_a_meeting_that_begins_with_its_first_talk_is_their_container() -> None:
    read = events(meeting("08:00:00", TALKS))
    assert [(each["title"], each["start"], each["end"]) for each in read] == [
        ("Detector Status", "2031-06-23T08:20:00+02:00", "2031-06-23T08:40:00+02:00"),
        ("Opening", "2031-06-23T08:00:00+02:00", "2031-06-23T08:20:00+02:00"),
        ("Trigger Upgrade", "2031-06-24T14:00:00+02:00", "2031-06-24T14:20:00+02:00"),
    ]
    assert {each["venue_name"] for each in read} == {"Main Campus"}


def test_a_meeting_that_begins_before_its_talks_stays_one_event() -> None:
    # hard negative: the meeting opens at 07:30 (registration), its first talk at 08:00: it is an event of its own
    read = events(meeting("07:30:00", TALKS))
    assert [(each["title"], each["start"]) for each in read] == [("Summer Workshop", "2031-06-23T07:30:00+02:00")]


def test_a_start_in_two_keys_is_not_compared_as_one_object() -> None:
    # hard negative: the day under "day" and the clock under "at.time" are two keys: no span is read through them
    assert _start_paths({"path": ["startDate.date", "startDate.time"]}) == ["startDate.date", "startDate.time"]
    assert _start_paths({"path": ["day", "at.time"]}) == []
    assert _start_paths({"path": ["when.start.date"]}) == []
    assert _start_paths("begin_at") == ["begin_at"]


def scans(key: str) -> dict[str, Any]:
    steps = [
        {"location": "HARBOUR DEPOT", "description": "Processed through facility", "date": "2031-09-17T09:30:41+10:00"},
        {"location": "NORTH SIDE", "description": "In transit", "date": "2031-09-16T15:46:58+10:00"},
        {"location": "NORTH SIDE", "description": "Delivered", "date": "2031-09-18T12:11:32+10:00"},
    ]
    return {f"{key}_results": [{"tracking_id": "X1", "status": "Delivered",
            "trackable_items": [{"article_id": "X1", "product_type": "Express", "events": steps}]}]}  # fmt: skip


def test_a_parcels_tracking_scans_are_no_events() -> None:
    assert events(scans("tracking")) == []


def test_scans_named_nothing_but_under_no_tracking_word_are_not_refused_by_this_rule() -> None:
    # hard negatives: a conference's "tracks" of sessions, a festival's "stages": "track" alone is no tracking word
    items = [{"location": "Hall A", "date": "2031-09-17T09:30:00+02:00"}] * 3
    assert not parcel_scans(items, "tracks.events")
    assert not parcel_scans(items, "stages.events")
    assert not parcel_scans(items, "track.sessions")


def test_named_items_under_a_shipment_are_not_scans() -> None:
    # hard negative: a shop's shipment lines, each with a name, are left to the other readers
    items = [{"name": "Ticket bundle", "date": "2031-09-17T09:30:00+02:00"}] * 3
    assert not parcel_scans(items, "shipments.items")
    assert parcel_scans([{"status": "In transit", "date": "2031-09-17"}] * 3, "shipmentEvents")
