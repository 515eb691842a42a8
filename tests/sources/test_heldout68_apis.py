"""The sixty-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout68.json: two Google
Calendar API v3 event lists, one of weekly series with a moved occurrence; a Contentful answer; a CMS page's event
entries; an API-Football fixtures mock; hard negative: an OpenWeather forecast; all measured only), on small
documents of our own.

The cold measure found 23 of 26 events (12 of 15 spelled out), no extra, and refused the forecast. Two rules:

- A calendar API's exception replaces its series' occurrence (``_json_moved``): Google's ``recurringEventId`` and
  ``originalStartTime``, Graph's ``seriesMasterId`` and ``originalStart``. The series' occurrence at the original
  start is left out; the exception stands at its new time (an occurrence moved from 20:00 to 18:00 was read twice).
- An ISO date whose clock cannot be read keeps its day (``_json_broken_clock``): ``"2025-08-05T190:00:00Z"`` among
  well-formed dates dropped its match as having no start. A clock past midnight ("T25:30") is the next day's.

Left: two series the calendar marks ``"visibility": "private"`` are kept from the public by design (``_json_gone``);
a match with no name is titled "<away> at <home>" (``_json_sides``), where the batch's own wording was "home vs away".
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_broken_clock import broken_clock_day
from sources.adapters._json_moved import moved_starts
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("America/Sao_Paulo")
NOW = dt.datetime(2031, 8, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=60))
events = functools.partial(json_events, window=WINDOW, zone=ZONE)


def google_item(ident: str, summary: str, start: str, end: str, **more: Any) -> dict[str, Any]:
    return {
        "kind": "calendar#event", "id": ident, "status": "confirmed", "summary": summary,
        "htmlLink": f"https://www.google.com/calendar/event?eid={ident}",
        "start": {"dateTime": start, "timeZone": "America/Sao_Paulo"},
        "end": {"dateTime": end, "timeZone": "America/Sao_Paulo"},
        "iCalUID": f"{ident}@google.com", **more,
    }  # fmt: skip


def calendar(*items: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "calendar#events", "summary": "Community hall", "timeZone": "America/Sao_Paulo",
            "items": list(items)}  # fmt: skip


SERIES = google_item(
    "choir01", "Choir rehearsal", "2031-08-04T20:00:00-03:00", "2031-08-04T22:00:00-03:00",
    recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4"],
)  # fmt: skip


def moved(new_start: str, original: str = "2031-08-11T20:00:00-03:00", **more: Any) -> dict[str, Any]:
    return google_item(
        "choir01_20310811T230000Z", "Choir rehearsal", new_start, new_start.replace("T18:", "T20:"),
        recurringEventId="choir01", originalStartTime={"dateTime": original, "timeZone": "America/Sao_Paulo"}, **more,
    )  # fmt: skip


def starts(read: list[dict[str, Any]]) -> list[str]:
    return sorted(event["start"] for event in read)


# --- a series' moved occurrence -----------------------------------------------------------------------------


def test_a_moved_occurrence_is_one_event_at_its_new_time() -> None:
    read = events(calendar(SERIES, moved("2031-08-11T18:00:00-03:00")))
    assert starts(read) == [
        "2031-08-04T20:00:00-03:00", "2031-08-11T18:00:00-03:00", "2031-08-18T20:00:00-03:00",
        "2031-08-25T20:00:00-03:00",
    ]  # fmt: skip


def test_the_exception_before_its_series_counts_too() -> None:
    read = events(calendar(moved("2031-08-11T18:00:00-03:00"), SERIES))
    assert "2031-08-11T20:00:00-03:00" not in starts(read)
    assert len(read) == 4


def test_a_cancelled_occurrence_is_shown_once_as_cancelled() -> None:
    cancelled = moved("2031-08-11T20:00:00-03:00", status="cancelled")
    read = events(calendar(SERIES, cancelled))
    on_the_day = [event for event in read if event["start"].startswith("2031-08-11")]
    assert [event["status"] for event in on_the_day] == ["cancelled"]


def test_graph_exceptions_name_their_series_master() -> None:
    found = moved_starts([{"type": "exception", "seriesMasterId": "AAMk1", "originalStart": "2031-08-11T23:00:00Z"}])
    assert found == {"AAMk1": {dt.datetime(2031, 8, 11, 23, 0, tzinfo=dt.UTC)}}


# hard negatives: what names no occurrence replaces none


def test_an_exception_of_another_series_or_another_time_changes_nothing() -> None:
    elsewhere = moved("2031-08-11T18:00:00-03:00") | {"recurringEventId": "orchestra9"}
    assert len(events(calendar(SERIES, elsewhere))) == 5  # four rehearsals and the other series' one
    not_an_occurrence = moved("2031-08-12T18:00:00-03:00", original="2031-08-12T20:00:00-03:00")
    assert "2031-08-11T20:00:00-03:00" in starts(events(calendar(SERIES, not_an_occurrence)))


def test_an_item_without_its_original_start_replaces_nothing() -> None:
    bare = moved("2031-08-11T18:00:00-03:00")
    del bare["originalStartTime"]
    assert len(events(calendar(SERIES, bare))) == 5


def test_one_off_events_with_at_signs_in_their_ids_stay() -> None:
    # no rule: the one event each states, whatever its id looks like
    items = [
        google_item(f"talk{i}@example.org", f"Talk {i}", f"2031-08-1{i}T19:00:00-03:00", f"2031-08-1{i}T20:00:00-03:00")
        for i in range(1, 4)
    ]  # fmt: skip
    exception = {
        "recurringEventId": "talk1@example.org",
        "originalStartTime": {"dateTime": "2031-08-11T19:00:00-03:00"},
    }
    assert len(events(calendar(*items, exception))) == 3


# --- a date whose clock cannot be read ------------------------------------------------------------------------


def fixture(number: int, date: str, home: str, away: str) -> dict[str, Any]:
    return {
        "fixture": {"id": 190000 + number, "date": date, "venue": {"name": f"Arena {home}", "city": "Recife"},
                    "status": {"short": "NS"}},
        "teams": {"home": {"name": home}, "away": {"name": away}},
        "goals": {"home": None, "away": None},
    }  # fmt: skip


def test_a_fixture_with_a_broken_clock_keeps_its_day() -> None:
    matches = [
        fixture(1, "2031-08-02T19:00:00Z", "Sport", "Náutico"),
        fixture(2, "2031-08-03T190:00:00Z", "Santa Cruz", "Central"),
        fixture(3, "2031-08-04T21:30:00Z", "Retrô", "Salgueiro"),
    ]
    read = {event["title"]: event for event in events({"response": matches})}
    assert len(read) == 3
    assert read["Santa Cruz vs Central"]["start"] == "2031-08-03"
    assert read["Sport vs Náutico"]["start"] == "2031-08-02T16:00:00-03:00"


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("2025-08-05T190:00:00Z", dt.date(2025, 8, 5)),
        ("2031-08-05T19:75", dt.date(2031, 8, 5)),
        ("2031-08-05 7:000", dt.date(2031, 8, 5)),
        ("2031-08-05T25:30:00Z", dt.datetime(2031, 8, 6, 1, 30, tzinfo=dt.UTC)),
        ("2031-08-05T24:00", dt.datetime(2031, 8, 6, 0, 0, tzinfo=ZONE)),
        ("2031-08-05T26:15-03:00", dt.datetime(2031, 8, 6, 5, 15, tzinfo=dt.UTC)),
        # hard negatives: not a clock made of digits, not a calendar day, no clock at all, out of range
        ("2031-08-05Tnoon", None),
        ("2031-08-05T19h30", None),
        ("2031-02-30T19:00", None),
        ("2031-08-05", None),
        ("1899-08-05T190:00", None),
        ("Doors 2031-08-05T190:00", None),
        (20310805, None),
    ],
)  # fmt: skip
def test_broken_clock_day(value: object, read: dt.date | None) -> None:
    assert broken_clock_day(value, ZONE) == read


def test_well_formed_moments_are_read_as_before() -> None:
    # the rule reads only what ISO 8601 refuses: a readable start is never replaced by its day
    gigs = [{"title": f"Gig {i}", "start": f"2031-08-1{i}T20:00:00-03:00", "venue": "Hall"} for i in range(1, 4)]
    assert starts(events({"events": gigs})) == [f"2031-08-1{i}T20:00:00-03:00" for i in range(1, 4)]


def test_a_forecast_stays_no_list_of_events() -> None:
    # hard negative (the batch's): a weather forecast's days with sunrise, moonrise and temperatures
    days = [
        {"dt": 1943000000 + 86400 * i, "sunrise": 1942980000 + 86400 * i, "sunset": 1943030000 + 86400 * i,
         "temp": {"day": 23.1, "min": 13.8, "max": 24.0}, "weather": [{"main": "Rain", "description": "light rain"}]}
        for i in range(5)
    ]  # fmt: skip
    assert events({"lat": -8.05, "lon": -34.9, "timezone": "America/Recife", "daily": days}) == []
