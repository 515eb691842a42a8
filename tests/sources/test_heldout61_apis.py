"""The sixty-first held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout61.json, each file
measured once before these rules), on small documents of our own.

A sports federation's public events API as a Dart app's tests keep it (a page of events ``{"event_title",
"event_venue", "event_date", "event_finish_date", "event_edit_date", "event_flag", "event_listing"}``, one event
in detail, an empty search) and a cultural agenda platform's event answer. The cold measure found 1 of 5: every
federation event started on the day its record was last edited. Two rules:

- "event_edit_date" named the start: when a record was last edited ("edit", "edited": "event_edit_date",
  "lastEdited", "editedAt") is a record's stamp, as "changed" and "modified" are, never the event's start
  (``_json_fields.NOT_DATE``). The events start on "event_date" now. Not: an "edition" (a festival's twelfth)
  beside its own start, nor a list of pages that were only edited (no start: nothing read).
- the event's link was its country's flag ("event_flag": a .png icon, chosen over "event_listing" as both say
  "event"): a flag is an icon beside a country, never the event's page (``_json_field_scores.NOT_URL``). Not: a
  page's own "url" beside the flag (kept), an event with only a flag (no link at all).

Left: a one-day event whose finish day is its start day prints no end (as batch 40's all-day holiday).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

UTC = zoneinfo.ZoneInfo("UTC")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=UTC)


def _race(number: int, title: str, day: str, venue: str) -> dict[str, object]:
    return {
        "event_id": number,
        "event_title": title,
        "event_edit_date": "2031-03-01T07:52:12+00:00",
        "event_venue": venue,
        "event_country": "Norway",
        "event_date": day,
        "event_finish_date": day,
        "event_status": "Scheduled",
        "event_flag": "https://images.example.org/icons/no.png",
        "event_listing": f"https://federation.example.org/events/{number}",
    }


PAGE = {
    "status": "success",
    "current_page": 1,
    "data": [
        _race(1, "Bergen Sprint Triathlon", "2031-06-08", "Bergen"),
        _race(2, "Oslo Relay Championships", "2031-07-27", "Oslo"),
    ],
    "per_page": "2",
    "total": 2,
}


def test_the_events_start_on_their_day_not_on_the_day_their_record_was_edited() -> None:
    assert [(event["title"], event["start"]) for event in events(PAGE)] == [
        ("Bergen Sprint Triathlon", "2031-06-08"),
        ("Oslo Relay Championships", "2031-07-27"),
    ]


def test_an_edited_stamp_is_no_start_in_other_spellings() -> None:
    shows = [
        {"title": "Spring concert", "lastEdited": "2031-03-02T10:00:00Z", "date": "2031-04-02T19:00:00Z"},
        {"title": "Summer concert", "editedAt": "2031-03-03T10:00:00Z", "date": "2031-06-02T19:00:00Z"},
    ]
    assert [event["start"] for event in events(shows)] == ["2031-04-02T19:00:00+00:00", "2031-06-02T19:00:00+00:00"]


def test_not_pages_that_were_only_edited() -> None:
    pages = [
        {"title": "Opening hours", "edited_at": "2031-03-02T10:00:00Z", "url": "https://example.org/hours"},
        {"title": "How to find us", "edited_at": "2031-03-04T09:00:00Z", "url": "https://example.org/map"},
    ]
    assert events(pages) == []


def test_a_festivals_edition_is_not_an_edit_and_its_start_stays() -> None:
    festivals = [
        {"name": "Harbour Jazz", "edition": 12, "edition_start_date": "2031-07-01", "place": "Quay"},
        {"name": "Fjord Folk", "edition": 3, "edition_start_date": "2031-08-01", "place": "Pier"},
    ]
    assert [event["start"] for event in events(festivals)] == ["2031-07-01", "2031-08-01"]


def test_the_events_link_is_its_listing_not_its_countrys_flag() -> None:
    assert [event["url"] for event in events(PAGE)] == [
        "https://federation.example.org/events/1",
        "https://federation.example.org/events/2",
    ]


def test_a_page_url_beside_a_flag_is_kept_and_a_flag_alone_is_no_link() -> None:
    with_url = [
        {"title": "Cup day", "date": "2031-05-01", "flagUrl": "https://img.example.org/se.svg",
         "url": "https://cup.example.org/day"},
        {"title": "Cup night", "date": "2031-05-02", "flagUrl": "https://img.example.org/se.svg",
         "url": "https://cup.example.org/night"},
    ]  # fmt: skip
    flag_only = [{key: value for key, value in item.items() if key != "url"} for item in with_url]
    assert [event["url"] for event in events(with_url)] == [
        "https://cup.example.org/day",
        "https://cup.example.org/night",
    ]
    assert [event.get("url") for event in events(flag_only)] == [None, None]
