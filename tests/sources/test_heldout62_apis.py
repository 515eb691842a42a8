"""The sixty-second held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout62.json: Microsoft Graph
calendar answers -- the calendar-event sample of Zapier's example Exchange app and its mocked created-contact answer,
the hard negative; two Graph events a Perl Office 365 backup client's tests pair with their VEVENTs, measured only;
measured once before anything was written for it: found 3/3, fields 11/11, extra 0, the contact refused), on small
documents of our own.

Nothing was missed, so no rule was written. What the batch showed is pinned here, so that a later rule cannot undo
it unseen:

- a Graph event (``subject``, ``start``/``end`` as ``{"dateTime": "...T15:00:00.0000000", "timeZone": "UTC"}``,
  ``location.displayName``) is one event with its title, start, end and place, bare or under ``value``;
- its attendees (names and addresses with a response ``time`` of year 1) and organizer are no events;
- an empty ``location.displayName`` gives no place;
- a Graph contact (``displayName``, postal addresses, ``createdDateTime``/``lastModifiedDateTime`` stamps, a null
  ``birthday``) is no event.

What is NOT changed, checked beside them: the event's ``timeZone`` still sets its offset (an IANA name or a Windows
zone name).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

UTC = zoneinfo.ZoneInfo("UTC")
NOW = dt.datetime(2031, 6, 1, tzinfo=UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=UTC)


def graph_event(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "@odata.etag": 'W/"PP69QQ=="',
        "id": "AAMk1",
        "createdDateTime": "2031-05-02T19:20:46.1071979Z",
        "lastModifiedDateTime": "2031-05-02T21:57:57.1384495Z",
        "subject": "Quarterly planning",
        "bodyPreview": "",
        "isAllDay": False,
        "isCancelled": False,
        "showAs": "busy",
        "type": "singleInstance",
        "responseStatus": {"response": "organizer", "time": "0001-01-01T00:00:00Z"},
        "start": {"dateTime": "2031-06-16T15:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2031-06-16T16:00:00.0000000", "timeZone": "UTC"},
        "location": {"displayName": "Conference Room 12"},
        "attendees": [
            {
                "type": "required",
                "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
                "emailAddress": {"name": name, "address": f"{name[3:].lower()}@example.org"},
            }
            for name in ("S. Ito", "P. Cook", "A. Weiler")
        ],
        "organizer": {"emailAddress": {"name": "Ada Martin", "address": "ada@example.org"}},
    }
    event.update(changes)
    return event


CONTACT = {
    "@odata.context": "https://graph.example/v1.0/$metadata#users('me')/contacts/$entity",
    "id": "AQMk2",
    "createdDateTime": "2031-04-04T04:08:03Z",
    "lastModifiedDateTime": "2031-04-04T04:08:03Z",
    "birthday": None,
    "displayName": "Ada Martin",
    "givenName": "Ada",
    "surname": "Martin",
    "jobTitle": "Owner",
    "companyName": "Martin Ltd",
    "businessPhones": ["555-0100"],
    "emailAddresses": [{"name": "Ada Martin", "address": "ada@example.org"}],
    "homeAddress": {"street": "1 High St.", "city": "Austin", "state": "tx", "postalCode": "78701"},
    "businessAddress": {"street": "2 Mill Rd.", "city": "Austin", "state": "tx", "postalCode": "78702"},
}


def summary(document: object) -> list[tuple[Any, ...]]:
    return [(e["title"], e["start"], e["end"], e["venue_name"]) for e in events(document)]


def test_a_graph_event_is_one_event_with_its_place() -> None:
    assert summary(graph_event()) == [
        ("Quarterly planning", "2031-06-16T15:00:00+00:00", "2031-06-16T16:00:00+00:00", "Conference Room 12")
    ]


def test_graph_events_under_value_are_read_and_attendees_are_not_events() -> None:
    second = graph_event(id="AAMk3", subject="Release review", location={"displayName": "Room 4"},
                         start={"dateTime": "2031-06-19T17:00:00.0000000", "timeZone": "UTC"},
                         end={"dateTime": "2031-06-19T18:00:00.0000000", "timeZone": "UTC"})  # fmt: skip
    answer = {
        "@odata.context": "https://graph.example/v1.0/$metadata#users('me')/events",
        "value": [graph_event(), second],
    }
    assert summary(answer) == [
        ("Quarterly planning", "2031-06-16T15:00:00+00:00", "2031-06-16T16:00:00+00:00", "Conference Room 12"),
        ("Release review", "2031-06-19T17:00:00+00:00", "2031-06-19T18:00:00+00:00", "Room 4"),
    ]


def test_an_empty_display_name_gives_no_place() -> None:
    assert [e["venue_name"] for e in events(graph_event(location={"displayName": ""}))] == [None]


def test_a_graph_contact_is_no_event() -> None:
    assert events(CONTACT) == []
    assert events({"@odata.context": "https://graph.example/v1.0/$metadata#contacts", "value": [CONTACT]}) == []


def test_the_events_zone_still_sets_its_offset() -> None:
    paris = {"dateTime": "2031-06-16T15:00:00.0000000", "timeZone": "Europe/Paris"}
    assert [e["start"] for e in events(graph_event(start=paris, end=dict(paris, dateTime="2031-06-16T16:00:00")))] == [
        "2031-06-16T15:00:00+02:00"
    ]
    windows = {"dateTime": "2031-06-16T15:00:00.0000000", "timeZone": "W. Europe Standard Time"}
    assert [
        e["start"] for e in events(graph_event(start=windows, end=dict(windows, dateTime="2031-06-16T16:00:00")))
    ] == ["2031-06-16T15:00:00+02:00"]
