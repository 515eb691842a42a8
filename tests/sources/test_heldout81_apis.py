"""The eighty-first held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout81.json: a
proof-of-concept events API's list and one event answered alone, each moment spelled as epoch milliseconds, a
JavaScript date string and its parts; a cinema's GraphQL programme; a church's online service times; an
association's events; hard negatives, two parcel-tracking answers), on small documents of our own.

The cold measure found 9 of 10 events, fields 100%, one extra. By cause:

- One event answered alone ("data": {"title", "times": [{"milliseconds", "fullFormat", "year", "month", "date",
  "day"}]}) was not read: the record's start runs through its list, which a single object may not take as its own,
  and the items were not taken for dates ("milliseconds", "fullFormat" and "year" name no date the way "start" does).
  A moment spelled several ways is still only a date (``_json_moment_parts``).
- A parcel-tracking answer printed the tracked shipment as an event, titled by its carrier through
  "track_info.tracking.providers.0.provider.name" and dated by its estimated delivery window: a record named or
  dated through its tracking is a shipment (``_json_tracked_records``).
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from sources.adapters._json_moment_parts import moment_parts_item
from sources.adapters._json_tracked_records import tracked_record
from tests.sources.test_heldout80_apis import events as events_over_2031
from tests.sources.test_heldout80_apis import seen

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")


def events(document: object, zone: zoneinfo.ZoneInfo = JAKARTA) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in ``zone``, over 2031."""
    return events_over_2031(document, zone)


def moment(epoch_ms: int, written: str, month: int, date: int) -> dict[str, Any]:
    """One moment as a JavaScript Date spells it: its epoch, its string and its getters (the month from 0)."""
    return {"milliseconds": epoch_ms, "fullFormat": written, "year": 2031, "month": month, "date": date, "day": 3}


MARCH_12 = moment(1931085000000, "Wed Mar 12 2031 19:30:00 GMT+0700 (WIB)", 2, 12)
MARCH_19 = moment(1931689800000, "Wed Mar 19 2031 19:30:00 GMT+0700 (WIB)", 2, 19)


# --- one event answered alone, its moments spelled several ways ------------------------------------------------------


def test_one_event_answered_alone_is_read_at_each_of_its_moments() -> None:
    answer = {"url": "http://localhost/event/7", "data": {
        "_id": 7, "title": "Kelas Batik", "shortDescription": "Belajar membatik", "times": [MARCH_12, MARCH_19],
        "isPassed": False, "rating": 4, "lastUpdated": 1930000000000, "timestamp": 1930000000000,
    }}  # fmt: skip
    assert seen(events(answer), "title", "start") == [
        ("Kelas Batik", "2031-03-12T19:30:00+07:00"),
        ("Kelas Batik", "2031-03-19T19:30:00+07:00"),
    ]


def test_the_list_of_such_events_still_reads_each_at_its_moment() -> None:
    answer = {"url": "http://localhost/events", "data": [
        {"_id": 1, "title": "Kelas Batik", "times": [MARCH_12], "lastUpdated": 1930000000000},
        {"_id": 2, "title": "Malam Puisi", "times": [MARCH_19], "lastUpdated": 193000000000},
    ]}  # fmt: skip
    assert seen(events(answer), "title", "start") == [
        ("Kelas Batik", "2031-03-12T19:30:00+07:00"),
        ("Malam Puisi", "2031-03-19T19:30:00+07:00"),
    ]


def test_readings_spelled_as_moments_under_another_key_are_no_dates_of_the_record() -> None:
    # a sensor's readings, each stamped the same way: the list's key names no dates, the record is no event
    answer = {"data": {"name": "Sensor Utara", "readings": [
        {**MARCH_12, "value": 31.5}, {**MARCH_19, "value": 30.1},
    ]}}  # fmt: skip
    assert events(answer) == []


def test_a_moment_is_the_items_dates_and_their_spellings_only() -> None:
    assert moment_parts_item(MARCH_12, "data.times")
    assert moment_parts_item({"^title": "Kelas", **MARCH_12}, "data.times")  # a container's field carried down
    assert moment_parts_item({"iso": "2031-03-12T19:30:00+07:00", "epoch": 1931085000}, "event.dates")
    assert not moment_parts_item({**MARCH_12, "label": "Doors"}, "data.times")  # a name beside the moment
    assert not moment_parts_item({**MARCH_12, "price": 12}, "data.times")
    assert not moment_parts_item(MARCH_12, "data.readings")  # the list's key names no dates
    assert not moment_parts_item(MARCH_12, "data.prices")
    assert not moment_parts_item({**MARCH_12, "zone": {"name": "WIB"}}, "data.times")  # an object inside
    assert not moment_parts_item({"year": 2031, "month": 2, "hour": 19}, "data.times")  # parts, nothing written
    assert not moment_parts_item({}, "data.times")
    assert not moment_parts_item(MARCH_12, "")


# --- a tracked shipment is no event ------------------------------------------------------------------------------


def test_a_shipment_named_by_its_carrier_and_dated_by_its_delivery_is_no_event() -> None:
    answer = {"code": 0, "data": {"accepted": [{"number": "RR000000001CN", "carrier": 3011, "track_info": {
        "latest_event": {"time_iso": "2031-05-02T14:34:00-07:00", "description": "Package delivered",
                         "location": "LOS ANGELES, CA", "address": {"country": "US", "city": "LOS ANGELES"}},
        "time_metrics": {"estimated_delivery_date": {"source": "Official", "from": "2031-05-01T08:00:00-07:00",
                                                     "to": "2031-05-03T20:00:00-07:00"}},
        "tracking": {"providers": [{"provider": {"key": 3011, "name": "China Post"}, "events": [
            {"time_iso": "2031-05-02T14:34:00-07:00", "description": "Package delivered", "location": "LOS ANGELES"},
            {"time_iso": "2031-04-26T14:30:00+08:00", "description": "Package picked up", "location": "SHENZHEN"},
        ]}]},
    }}], "rejected": []}}  # fmt: skip
    assert events(answer, LOS_ANGELES) == []


def test_a_parcel_trackers_scans_are_no_events() -> None:
    answer = {"id": "trk_1", "object": "Tracker", "tracking_code": "EZ1000000001", "status": "in_transit",
              "carrier": "USPS", "est_delivery_date": "2031-05-12", "tracking_details": [
        {"object": "TrackingDetail", "message": "Pre-Shipment Info Sent", "status": "pre_transit",
         "datetime": "2031-04-09T20:40:17Z", "tracking_location": {"city": None, "state": None}},
        {"object": "TrackingDetail", "message": "Picked Up by Shipping Partner", "status": "in_transit",
         "datetime": "2031-04-10T15:22:00Z", "tracking_location": {"city": "HOUSTON", "state": "TX"}},
    ]}  # fmt: skip
    assert events(answer, LOS_ANGELES) == []


def test_a_conference_track_and_an_events_analytics_tracking_are_still_events() -> None:
    sessions = {"sessions": [
        {"title": "Keynote", "start": "2031-06-03T09:00:00-07:00", "track": {"name": "Main hall"}},
        {"title": "Lightning talks", "start": "2031-06-03T11:00:00-07:00", "track": {"name": "Room B"}},
    ]}  # fmt: skip
    assert seen(events(sessions, LOS_ANGELES), "title", "start") == [
        ("Keynote", "2031-06-03T09:00:00-07:00"),
        ("Lightning talks", "2031-06-03T11:00:00-07:00"),
    ]
    listing = {"events": [
        {"name": "Jazz Night", "starts_at": "2031-06-05T20:00:00-07:00", "tracking": {"utm_campaign": "spring"}},
        {"name": "Poetry Slam", "starts_at": "2031-06-06T19:00:00-07:00", "tracking": {"utm_campaign": "spring"}},
    ]}  # fmt: skip
    assert seen(events(listing, LOS_ANGELES), "title", "start") == [
        ("Jazz Night", "2031-06-05T20:00:00-07:00"),
        ("Poetry Slam", "2031-06-06T19:00:00-07:00"),
    ]


def test_a_path_through_tracking_names_a_shipment() -> None:
    assert tracked_record(["track_info.tracking.providers.0.provider.name"], ["track_info.latest_event.time_iso"])
    assert tracked_record(["name"], ["shipment.delivered_at"])
    assert not tracked_record(["tracks.0.title"], ["start"])  # a conference's tracks
    assert not tracked_record(["track.name"], ["start"])
    assert not tracked_record(["title"], ["starts_at"])
    assert not tracked_record([], [])
