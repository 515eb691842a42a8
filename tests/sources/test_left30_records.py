"""Left30, two misreads of ordinary documents review29 left (docs/real-world-sources-log.md, review29's "Left"):

* A support desk's ticket list (``title``, ``status``, ``priority``, ``created_at``, ``resolved_at``) was read as
  events at each ticket's ``resolved_at``: when a ticket was resolved, assigned, acknowledged or escalated is the
  desk's record of its work, as ``closed`` and ``created`` already were (``_json_fields.NOT_DATE``). Not: an event
  list whose ``starts_at`` stands beside such stamps (read at its start, as before).
* A station's departures board ("Departures from York": time, destination, platform, "On time") was read as one
  event a train. A page whose heading or title names departures or arrivals and whose text names a platform's
  column and two rows' running statuses is a board: no event (``_page_departure_boards``). Not: a tour operator's
  departures (dates, prices), an exhibition named "Arrivals and Departures", a station's events page.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_departure_boards
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
WINDOW = FetchWindow(dt.datetime(2031, 1, 1, tzinfo=dt.UTC), dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
api = functools.partial(json_events, window=WINDOW, zone=LONDON)
START = dt.datetime(2031, 5, 20, 9, tzinfo=LONDON)
read = functools.partial(read_page, url="https://rail.example/station/york/departures", zone=LONDON, start=START)


# --- a support desk's tickets ---------------------------------------------------------------------------------------
def _ticket(number: int, title: str, stamp: str, **more: object) -> dict[str, object]:
    return {"id": number, "title": title, "status": "resolved", "priority": "low", "assignee": "sam"} | {
        "created_at": f"2031-03-0{number}T09:14:00Z",
        stamp: f"2031-03-0{number + 1}T16:40:00Z",
        **more,
    }


@pytest.mark.parametrize("stamp", ["resolved_at", "assignedAt", "acknowledged_at", "escalated_at"])
def test_a_ticket_lists_handling_stamps_are_no_events(stamp: str) -> None:
    tickets = [_ticket(1, "Printer on floor 2 jams", stamp), _ticket(3, "VPN drops every hour", stamp)]
    assert api(tickets) == []
    assert api({"tickets": tickets}) == []


def test_an_event_lists_start_beside_such_stamps_is_its_start() -> None:
    events = [
        _ticket(1, "Incident response drill", "resolved_at", starts_at="2031-04-02T10:00:00Z", venue="Room 4"),
        _ticket(3, "Fire safety briefing", "resolved_at", starts_at="2031-04-09T10:00:00Z", venue="Room 4"),
    ]
    assert [(event["title"], str(event["start"])[:16]) for event in api(events)] == [
        ("Incident response drill", "2031-04-02T11:00"),
        ("Fire safety briefing", "2031-04-09T11:00"),
    ]


# --- a station's departures board -----------------------------------------------------------------------------------
ROWS = [
    ("10:02", "London Kings Cross", "3", "On time"),
    ("10:15", "Edinburgh", "5", "Expected 10:19"),
    ("10:31", "Leeds", "8", "On time"),
]


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title} | Example Rail</title></head><body><h1>{title}</h1>{body}</body></html>"


BOARDS = [
    "<h2>Saturday 14 June 2031</h2><table><tr><th>Time</th><th>Destination</th><th>Platform</th><th>Status</th></tr>"
    + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
    + "</table>",
    "<p>Saturday 14 June 2031</p><ul>" + "".join(f"<li>{a} {b} Platform {c} {d}</li>" for a, b, c, d in ROWS) + "</ul>",
]


@pytest.mark.parametrize("body", BOARDS, ids=["table", "list"])
def test_a_departures_board_is_no_events(body: str) -> None:
    assert read(_page("Departures from York", body)) == []


def test_without_the_rule_the_trains_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_departure_boards, "departure_board", lambda root, info: None)
    assert len(read(_page("Departures from York", BOARDS[0]))) == 3


@pytest.mark.parametrize(
    ("title", "body", "count"),
    [
        # a tour operator's departures: dates and prices, no platform, no running status
        (
            "Tour departures from London",
            "<ul><li>Highlands Explorer – 14 June 2031, 08:00 – £450</li>"
            "<li>Lakes and Dales – 21 June 2031, 08:00 – £380</li></ul>",
            2,
        ),
        # an exhibition named for departures, its prose with one "expected" and a "track"
        (
            "Arrivals and Departures",
            "<p>Saturday 14 June 2031, 10:00–17:00</p><p>Museum of Travel, Platform Gallery</p>"
            "<p>Photographs from a century of travel; the final room is expected to track the changes.</p>",
            1,
        ),
        # a station's own events: no departures in its heading
        (
            "Events at York station",
            "<ul><li>Christmas market – 14 June 2031, 10:00</li><li>Brass band on platform 1 – 21 June 2031, 12:00 "
            "(on time, as ever; expected to be busy)</li></ul>",
            2,
        ),
    ],
    ids=["tours", "exhibition", "station-events"],
)
def test_pages_that_are_no_boards_are_read(title: str, body: str, count: int) -> None:
    assert len(read(_page(title, body))) == count
