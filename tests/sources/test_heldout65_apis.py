"""The sixty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout65.json, all measured
only: a training company's course schedule in a Scala project's test resources, a jazz-gig API's getgigs answer as
its README documents it and, the hard negative, that API's API Gateway request sample), on small documents of ours.

The cold measure found 7 of 7 events (3 of 3 spelled out, every field right) and refused the request. No rule was
written; these tests keep the shapes read as they were measured:

- month-name bare days ("Nov 15, 2031") under "date", the title under "eventName", the place under "city", the
  link under "bookingUrl", the list under "schedule";
- a bare day ("performance_date") with the show's clock time apart in a 12-hour form ("music_starts": "8:30 PM")
  beside the doors' ("doors_open": "8:00 PM"): the start is the day at the music's time;
- an HTTP request mapping (headers, querystring, a context with "http-method" and "resource-path") names no event.

Left: nothing scored.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

MELBOURNE = zoneinfo.ZoneInfo("Australia/Melbourne")
NOW = dt.datetime(2031, 5, 1, tzinfo=MELBOURNE)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
_events = functools.partial(json_events, window=WINDOW, zone=MELBOURNE)


def course(city: str, date: str, name: str, code: str) -> dict[str, str]:
    return {
        "country": "AUSTRALIA", "city": city, "date": date, "instructor": "A. Trainer", "eventName": name,
        "pricing": "$1,850", "bookingPrompt": "Book Online&nbsp;&raquo;",
        "bookingUrl": f"https://training.example/schedule/{code}",
    }  # fmt: skip


def test_a_course_schedule_with_month_name_days_is_read() -> None:
    schedule = {"schedule": [
        course("Melbourne", "Nov 15, 2031", "Design Overview", "DO-MEL"),
        course("Sydney", "Dec 03, 2031", "Strategic Design", "SD-SYD"),
    ]}  # fmt: skip
    found = sorted(_events(schedule), key=lambda e: e["start"])
    assert [e["title"] for e in found] == ["Design Overview", "Strategic Design"]
    assert found[0]["start"].startswith("2031-11-15")
    assert found[0]["url"] == "https://training.example/schedule/DO-MEL"


def gig(title: str, day: str) -> dict[str, Any]:
    return {
        "title": title, "venue": "jazzclub", "description": "A quartet plays.", "performance_date": day,
        "doors_open": "8:00 PM", "music_starts": "8:30 PM", "price": 20, "url": f"https://jazz.example/{day}",
    }  # fmt: skip


def test_gigs_start_on_their_day_at_the_musics_time() -> None:
    found = sorted(_events([gig("Trio night", "2031-05-15"), gig("Big band", "2031-05-29")]), key=lambda e: e["start"])
    assert [e["title"] for e in found] == ["Trio night", "Big band"]
    assert found[0]["start"].startswith("2031-05-15T20:30")


def test_an_http_request_mapping_is_no_event() -> None:
    request = {
        "body-json": {}, "params": {"path": {}, "querystring": {"venue": "jazzclub"},
                                    "header": {"Accept": "*/*", "Host": "api.example", "User-Agent": "curl/8"}},
        "stage-variables": {},
        "context": {"http-method": "GET", "stage": "dev", "request-id": "5f0e", "resource-path": "/gigs"},
    }  # fmt: skip
    assert _events(request) == []
