"""The thirty-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout38.json, each file
measured once before these rules), on small documents of our own.

The cold measure (found 38/42, fields 94.7%, extra 3, nothing unreadable) taught three rules:

- a provider's answer trimmed of its ids (a Ticketmaster search whose events are ``{"name", "dates",
  "_embedded"}`` only; a SeatGeek or Eventbrite list the same) is still a list of events: each is read under a
  stable id made from its title, start and place (``_api_content_id``), not refused for having none;
- a moment whose key says it was adjusted to the event's zone (``"tz_adjusted_begin_date"`` beside a
  ``"begin_time"`` written with the server's offset) is the start: its "tz" does not make it a zone, and it ranks
  above the unadjusted one (``_json_adjusted``);
- a calendar's status markers (``"eventType": "workingLocation"``, ``"outOfOffice"``, ``"focusTime"``) are kept
  out, as items their source flags as gone are (``_json_markers``).

And hard negatives: a trimmed record with no title or no start is still refused; a bare "tz" or "timezone" key is
still no date; a key with "adjusted" but no start word is no start; an item of another type ("default",
"birthday"), a marker word in a title or under a part's key ("locationType", a nested organizer's "kind") is read.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._api_content_id import content_id
from sources.adapters._json_adjusted import adjusted, ruling_out
from sources.adapters._json_markers import status_marker
from sources.adapters.base import FetchWindow, RawEvent, RejectedRecord
from sources.adapters.eventbrite import EventbriteAdapter
from sources.adapters.seatgeek import SeatGeekAdapter
from sources.adapters.ticketmaster import TicketmasterAdapter
from sources.extraction import extract_document
from tests.sources.helpers import make_adapter, parse_json

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def records(adapter_class: type, document: object, zone: dt.tzinfo = CHICAGO) -> list:
    adapter = make_adapter(adapter_class, {}, window=WINDOW, default_timezone=zone)
    return list(adapter.parse(json.dumps(document).encode()))


def events(document: object, zone: dt.tzinfo = CHICAGO) -> list[dict]:
    return extract_document(json.dumps(document).encode(), window=WINDOW, zone=zone).events


# --- a provider's answer trimmed of its ids ----------------------------------------------------------------------

TRIMMED_SEARCH = {
    "_embedded": {
        "events": [
            {
                "name": "Harbour Lights Orchestra",
                "dates": {"start": {"localDate": "2031-06-14", "localTime": "19:30:00"}},
                "_embedded": {"venues": [{"name": "Riverside Hall"}]},
            },
            {
                "name": "Lantern Market",
                "dates": {"start": {"localDate": "2031-06-15"}},
                "_embedded": {"venues": [{"name": "Old Dock"}]},
            },
        ]
    },
    "page": {"size": 20, "totalElements": 2, "totalPages": 1, "number": 0},
}


def test_a_trimmed_search_is_read_whole_under_ids_made_from_its_events() -> None:
    found = events(TRIMMED_SEARCH)
    assert [(event["title"], event["start"]) for event in found] == [
        ("Harbour Lights Orchestra", "2031-06-14T19:30:00-05:00"),
        ("Lantern Market", "2031-06-15"),
    ]
    read = [record for record in records(TicketmasterAdapter, TRIMMED_SEARCH) if isinstance(record, RawEvent)]
    assert [record.external_id[:4] for record in read] == ["sha-", "sha-"]
    again = [record for record in records(TicketmasterAdapter, TRIMMED_SEARCH) if isinstance(record, RawEvent)]
    assert [record.external_id for record in read] == [record.external_id for record in again]  # stable


def test_an_id_made_from_the_event_tells_places_apart_and_keeps_a_stated_id() -> None:
    day = dt.datetime(2031, 6, 14, 19, 30, tzinfo=CHICAGO)
    assert content_id("Quiz Night", day, "North Hall") == content_id("Quiz Night ", day, " North Hall")
    assert content_id("Quiz Night", day, "North Hall") != content_id("Quiz Night", day, "South Hall")
    assert content_id("Quiz Night", day) != content_id("Quiz Night", day + dt.timedelta(days=7))
    stated = json.loads(json.dumps(TRIMMED_SEARCH))
    stated["_embedded"]["events"][0]["id"] = "Z7r9jZ1Ae0aaa"
    first = records(TicketmasterAdapter, stated)[0]
    assert isinstance(first, RawEvent)
    assert first.external_id == "Z7r9jZ1Ae0aaa"


def test_a_trimmed_record_with_no_title_or_no_start_is_still_refused() -> None:
    document = {
        "_embedded": {
            "events": [
                {"name": "", "dates": {"start": {"localDate": "2031-06-14", "localTime": "19:30:00"}}},
                {"name": "Date to be announced", "dates": {"start": {}}},
            ]
        },
        "page": {"size": 20, "totalElements": 2, "totalPages": 1, "number": 0},
    }
    found = records(TicketmasterAdapter, document)
    assert all(isinstance(record, RejectedRecord) for record in found)
    assert len(found) == 2
    assert events(document) == []


def test_a_trimmed_seatgeek_or_eventbrite_list_is_read_too() -> None:
    seatgeek = {
        "events": [
            {
                "title": "Harbour Hawks at River Foxes",
                "datetime_local": "2031-06-20T19:05:00",
                "datetime_utc": "2031-06-21T00:05:00",
                "venue": {"name": "Foxes Park", "timezone": "America/Chicago"},
            }
        ],
        "meta": {"total": 1, "page": 1, "per_page": 10},
    }
    eventbrite = {
        "pagination": {"object_count": 1, "has_more_items": False},
        "events": [
            {
                "name": {"text": "Pottery for Beginners"},
                "start": {"timezone": "America/Chicago", "local": "2031-06-21T10:00:00", "utc": "2031-06-21T15:00:00Z"},
                "end": {"timezone": "America/Chicago", "local": "2031-06-21T12:00:00", "utc": "2031-06-21T17:00:00Z"},
                "status": "live",
            }
        ],
    }
    for adapter_class, document, title in (
        (SeatGeekAdapter, seatgeek, "Harbour Hawks at River Foxes"),
        (EventbriteAdapter, eventbrite, "Pottery for Beginners"),
    ):
        [record] = records(adapter_class, document)
        assert isinstance(record, RawEvent), adapter_class
        assert record.title == title
        assert record.external_id.startswith("sha-")


# --- a moment adjusted to the event's zone -----------------------------------------------------------------------

DAY_LISTING = {
    "events": [
        {
            "id": 501,
            "title": "The Tidewater Band",
            "begin_time": "2031-07-04T19:00:00-05:00",
            "tz_adjusted_begin_date": "2031-07-04T19:00:00-07:00",
            "tz_adjusted_end_date": "2031-07-04T22:00:00-07:00",
            "venue": {"title": "Bayview Amphitheatre", "city": "Oakland"},
        },
        {
            "id": 502,
            "title": "Night Market",
            "begin_time": "2031-07-05T17:30:00-05:00",
            "tz_adjusted_begin_date": "2031-07-05T17:30:00-07:00",
            "tz_adjusted_end_date": "2031-07-05T23:00:00-07:00",
            "venue": {"title": "Pier 9", "city": "San Francisco"},
        },
    ]
}


def test_the_start_adjusted_to_the_zone_is_read_over_the_server_offset() -> None:
    found = parse_json(DAY_LISTING, window=WINDOW, zone=PACIFIC)[1]
    assert [(event.title, event.start.isoformat()) for event in found] == [
        ("The Tidewater Band", "2031-07-04T19:00:00-07:00"),
        ("Night Market", "2031-07-05T17:30:00-07:00"),
    ]
    assert found[0].end is not None
    assert found[0].end.isoformat() == "2031-07-04T22:00:00-07:00"


def test_without_an_adjusted_twin_the_plain_start_is_read_as_before() -> None:
    plain = {
        "events": [
            {key: value for key, value in item.items() if "adjusted" not in key} for item in DAY_LISTING["events"]
        ]
    }
    found = parse_json(plain, window=WINDOW, zone=PACIFIC)[1]
    server = dt.timezone(dt.timedelta(hours=-5))  # the same instants, two hours earlier on the Pacific clock
    assert [event.start for event in found] == [
        dt.datetime(2031, 7, 4, 19, 0, tzinfo=server),
        dt.datetime(2031, 7, 5, 17, 30, tzinfo=server),
    ]
    assert found[0].start.astimezone(PACIFIC).hour == 17


def test_a_zone_key_is_still_no_date_and_adjusted_alone_is_no_start() -> None:
    not_date = frozenset({"tz", "timezone", "zone", "created"})
    assert ruling_out({"tz", "adjusted", "begin", "date"}, not_date) == set()
    assert ruling_out({"tz"}, not_date) == {"tz"}
    assert ruling_out({"timezone", "name"}, not_date) == {"timezone"}
    assert ruling_out({"created", "adjusted", "date"}, not_date) == {"created"}  # a record's date stays one
    assert adjusted(["tz", "converted", "start"])
    assert not adjusted(["start", "time"])
    zoned = {
        "events": [
            {"id": 1, "title": "Dawn Chorus Walk", "start": "2031-07-06T06:00:00", "tz": "America/Los_Angeles",
             "tz_adjusted": "2031-07-06T09:00:00"},
            {"id": 2, "title": "Book Swap", "start": "2031-07-07T11:00:00", "tz": "America/Los_Angeles",
             "tz_adjusted": "2031-07-07T14:00:00"},
        ]
    }  # fmt: skip
    found = parse_json(zoned, window=WINDOW, zone=PACIFIC)[1]
    assert [event.start.isoformat() for event in found] == ["2031-07-06T06:00:00-07:00", "2031-07-07T11:00:00-07:00"]


# --- a calendar's status markers -------------------------------------------------------------------------------


def day(hour: int) -> dict:
    return {"dateTime": f"2031-06-05T{hour:02d}:00:00-05:00", "timeZone": "America/Chicago"}


WORK_CALENDAR = {
    "events": [
        {"id": "a1", "summary": "Planning Review", "eventType": "default", "start": day(9), "end": day(10)},
        {"id": "a2", "summary": "Working Location", "eventType": "workingLocation",
         "start": {"date": "2031-06-05"}, "end": {"date": "2031-06-06"}},
        {"id": "a3", "summary": "Out of office", "eventType": "outOfOffice", "start": day(12), "end": day(17)},
        {"id": "a4", "summary": "Deep work", "eventType": "focusTime", "start": day(10), "end": day(12)},
        {"id": "a5", "summary": "Out of office", "eventType": "default", "start": day(17), "end": day(18)},
        {"id": "a6", "summary": "Mia's birthday", "eventType": "birthday", "start": {"date": "2031-06-06"},
         "end": {"date": "2031-06-07"}},
    ]
}  # fmt: skip


def test_a_calendars_status_markers_are_kept_out() -> None:
    adapter, found = parse_json(WORK_CALENDAR, window=WINDOW, zone=CHICAGO)
    assert [event.title for event in found] == ["Planning Review", "Out of office", "Mia's birthday"]
    assert any("workingLocation" in note for note in adapter.notes)


def test_a_marker_word_under_another_key_or_in_a_part_is_read() -> None:
    assert status_marker({"event", "type"}, "workingLocation")
    assert status_marker({"type"}, "out_of_office")
    assert status_marker({"kind"}, "Focus time")
    assert not status_marker({"location", "type"}, "workingLocation")  # a part's type
    assert not status_marker({"summary"}, "Out of office")
    assert not status_marker({"event", "type"}, "default")
    assert not status_marker({"type"}, 3)
    nested = {
        "events": [
            {"id": "b1", "summary": "Supplier Visit", "locationType": "focusTime", "start": day(9), "end": day(10),
             "organizer": {"kind": "outOfOffice", "email": "desk@example.org"}},
            {"id": "b2", "summary": "Quarterly Close", "locationType": "default", "start": day(13), "end": day(14)},
        ]
    }  # fmt: skip
    assert [event.title for event in parse_json(nested, window=WINDOW, zone=CHICAGO)[1]] == [
        "Supplier Visit",
        "Quarterly Close",
    ]
