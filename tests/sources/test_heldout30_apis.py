"""The thirtieth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout30.json, each file
measured once before these rules): 42/42 found, fields 15/17. The misses, on small documents of our own:

- a calendar client's events carry a top-level ``location`` only when they have one (one event in seven: a
  stand-up in a room, the rest nowhere in particular). Such a column is too sparse for the share a place column
  needs (0.3), yet its key says plainly what it is: a top-level key that is itself a place word ("location",
  "venue", "place", "where") is the event's place however few events write it. A sparse key that only holds a
  place word among others ("location_id", "organizer.location") still needs the share;
- an object keyed by each event's page ({"https://tickets.example/e/101": {...}, ...}: records under names that
  are their own addresses) gives each record its page: the key is the record's URL when the record writes none.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.sources.helpers import make_adapter

LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))


def events(document: Any) -> list[RawEvent]:
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=LISBON)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


# --- a sparse top-level place ------------------------------------------------------------------------------------


def calendar(**located: Any) -> list[dict[str, Any]]:
    """Eight events of a team's calendar, the third one with the given extra fields."""
    titles = ("Planning", "Review", "Stand-up", "Retro", "Lunch talk", "Demo", "Pairing", "Offsite prep")
    return [
        {
            "id": 40 + n,
            "title": title,
            "start_time": f"2031-03-{10 + n:02d}T09:00:00Z",
            "end_time": f"2031-03-{10 + n:02d}T10:00:00Z",
            "all_day": False,
            **(located if n == 2 else {}),
        }
        for n, title in enumerate(titles)
    ]


def test_a_location_written_by_one_event_in_eight_is_its_place() -> None:
    read = events(calendar(location="Sala 3, Rua das Flores 12, Porto"))
    assert [(e.title, e.venue_name) for e in read if e.venue_name] == [("Stand-up", "Sala 3, Rua das Flores 12, Porto")]


def test_a_sparse_venue_key_is_read_too() -> None:
    read = events(calendar(venue="Casa da Música"))
    assert [e.venue_name for e in read if e.venue_name] == ["Casa da Música"]


def test_a_sparse_key_that_only_holds_a_place_word_still_needs_its_share() -> None:
    # "location_code" is an internal room code, and "organizer.location" is where the organiser sits: written by one
    # event in eight, neither is taken for the event's place.
    read = events(calendar(location_code="R-2.14", organizer={"name": "Ops", "location": "Head office"}))
    assert [e.venue_name for e in read if e.venue_name] == []


def test_a_sparse_location_that_is_a_web_address_is_not_a_place() -> None:
    read = events(calendar(location="https://meet.example.org/standup"))
    assert [e.venue_name for e in read if e.venue_name] == []


# --- records keyed by their own pages ----------------------------------------------------------------------------


def keyed(pages: list[str], **extra: Any) -> dict[str, Any]:
    return {
        page: {
            "@type": "http://schema.org/Event",
            "name": f"Lunchtime lecture {n + 1}",
            "startDate": f"2031-05-{2 + 7 * n:02d}T13:00:00+00:00",
            "endDate": f"2031-05-{2 + 7 * n:02d}T13:45:00+00:00",
            "location": {"@type": "http://schema.org/Place", "name": "Lecture theatre"},
            **extra,
        }
        for n, page in enumerate(pages)
    }


PAGES = [
    "https://tickets.example.org/event/6190416703",
    "https://tickets.example.org/event/6154358853",
    "https://tickets.example.org/event/6208221959",
]


def test_records_keyed_by_their_pages_take_the_key_as_their_url() -> None:
    read = events(keyed(PAGES))
    assert [(e.title, e.url) for e in read] == [
        ("Lunchtime lecture 1", "https://tickets.example.org/event/6190416703"),
        ("Lunchtime lecture 2", "https://tickets.example.org/event/6154358853"),
        ("Lunchtime lecture 3", "https://tickets.example.org/event/6208221959"),
    ]


def test_a_record_s_own_url_wins_over_its_key() -> None:
    read = events(keyed(PAGES, url="https://www.example.org/lectures"))
    assert {e.url for e in read} == {"https://www.example.org/lectures"}


def test_records_keyed_by_ids_get_no_url_from_their_keys() -> None:
    read = events(keyed(["6190416703", "6154358853", "6208221959"]))
    assert [e.url for e in read] == [None, None, None]
