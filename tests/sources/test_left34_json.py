"""left34, JSON answers: the items left33 left (issue #13), each tried both ways (dates 2031).

1. A CMS answer with several events pages ("Events" and "Fixtures"), or a page whose sections hold one titled as
   events, read only its first events page: every events page and events section is read now, each at its own link,
   one event listed twice kept once; a section titled otherwise ("Opening hours") is not read
   (``_json_page_bodies.events_pages``, ``_json_page_read.page_reading``).
6. ``_json_page_read.or_page`` wrote an already loaded answer out as JSON to look for its events page: the loaded
   document is looked at as it is (``page_reading`` loads bytes once, and only bytes).
2. A day written as its midnight's stamp with no day beside it (``"date": {"timestamp": …}``) and the clock in another
   field (``"times": {"starts_at": "20:30"}``) started every show at midnight: the stamp's day at the clock
   (``_json_day_stamps.stamp_alone``, ``_json_days.MIDNIGHT_DAY``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _json_day_stamps, _json_fields, _json_page_bodies, _json_page_read
from sources.adapters._json_days import midnight_of
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from tests.sources.helpers import json_events
from tests.sources.test_left32 import HALL_EVENTS, _wp

LONDON = zoneinfo.ZoneInfo("Europe/London")
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2031, 5, 1, tzinfo=LONDON), end=dt.datetime(2032, 5, 1, tzinfo=LONDON))
read = functools.partial(json_events, window=WINDOW, zone=LONDON)

FIXTURES = (
    "<h2>Fixtures</h2><p>Saturday 5 July 2031, 3pm — Cricket: Hall XI v Stoke</p>"
    "<p>Saturday 12 July 2031, 2pm — Cricket: Hall XI v Leek</p>"
)
HOURS = "<p>Monday 23 June 2031, 9am — the office opens late</p><p>Open 9am to 5pm on weekdays.</p>"


def _starts(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:16]) for event in events]


HALL = [
    ("Quiz night", "2031-06-20T19:00"),
    ("Summer fete", "2031-06-28T10:00"),
    ("Film night", "2031-07-04T19:30"),
]
CRICKET = [("Cricket: Hall XI v Stoke", "2031-07-05T15:00"), ("Cricket: Hall XI v Leek", "2031-07-12T14:00")]


# --- 1. every events page and events section of an answer -----------------------------------------------------------


def _home(*sections: dict[str, Any]) -> dict[str, Any]:
    return {**_wp(2, "Home", "home", "<p>Welcome to the hall.</p>"), "sections": list(sections)}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ([_wp(12, "Events", "events", HALL_EVENTS), _wp(13, "Fixtures", "fixtures", FIXTURES)], HALL + CRICKET),
        (
            {"pages": [_wp(13, "Fixtures", "fixtures", FIXTURES), _wp(12, "Diary", "diary", HALL_EVENTS)]},
            CRICKET + HALL,
        ),
        (  # a headless CMS's page: its "Upcoming events" section read, its opening hours not
            [_home({"heading": "Opening hours", "html": HOURS}, {"heading": "Upcoming events", "html": HALL_EVENTS})],
            HALL,
        ),
        (  # an item of the answer and a section of another
            [_wp(13, "Fixtures", "fixtures", FIXTURES), _home({"title": "Events", "body": {"value": HALL_EVENTS}})],
            CRICKET + HALL,
        ),
    ],
)
def test_every_events_page_and_section_of_an_answer_is_read(document: object, expected: list) -> None:
    assert _starts(read(document)) == expected


def test_without_the_rule_only_the_first_events_page_was_read(monkeypatch: pytest.MonkeyPatch) -> None:
    every = _json_page_read.events_pages
    monkeypatch.setattr(_json_page_read, "events_pages", lambda document: every(document)[:1])
    document = [_wp(12, "Events", "events", HALL_EVENTS), _wp(13, "Fixtures", "fixtures", FIXTURES)]
    assert _starts(read(document)) == HALL


def test_a_sections_link_and_last_edit_are_its_pages() -> None:
    page = {**_home({"heading": "Events", "html": HALL_EVENTS}), "modified": "2031-06-25T10:00:00"}
    (section,) = _json_page_bodies.events_pages([page])
    assert (section.link, section.edited) == ("https://hall.example/home/", dt.date(2031, 6, 25))
    assert _starts(read([page])) == HALL[1:]  # the quiz on the 20th was before the page's last edit


@pytest.mark.parametrize(
    "document",
    [
        [_home({"heading": "Opening hours", "html": HOURS}, {"heading": "Our menu", "html": "<p>Soup 4.50</p>"})],
        [_home({"heading": "News", "html": "<p>Friday 16 May 2031: we held our AGM.</p>"})],  # a section of news
        [_wp(14, "Hire the hall", "hire", HOURS), _wp(15, "About us", "about", HALL_EVENTS)],  # pages of other kinds
        [{**_wp(2, "Home", "home", "<p>Hi</p>"), "sections": "Upcoming events"}],  # no list of sections
    ],
)
def test_hard_negative_no_events_section_reads_nothing(document: object) -> None:
    assert read(document) == []


def test_hard_negative_one_event_on_two_pages_is_kept_once() -> None:
    document = [_wp(12, "Events", "events", HALL_EVENTS), _home({"heading": "What's on", "html": HALL_EVENTS})]
    assert _starts(read(document)) == HALL


def test_hard_negative_pages_are_bounded() -> None:
    document = [_wp(number, "Events", f"events-{number}", HALL_EVENTS) for number in range(40)]
    assert len(_json_page_bodies.events_pages(document)) == _json_page_bodies.MAX_PAGES


# --- 6. a loaded answer is not written out again --------------------------------------------------------------------


def _context() -> AdapterContext:
    return AdapterContext(source="json_api", window=WINDOW, default_timezone=LONDON)


def test_a_loaded_document_is_looked_at_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(payload: bytes) -> None:
        raise AssertionError("a loaded document was loaded again")

    monkeypatch.setattr(_json_page_read, "loaded", refused)
    monkeypatch.setattr(json, "dumps", refused)
    reading = _json_page_read.page_reading([_wp(12, "Events", "events", HALL_EVENTS)], _context())
    assert reading is not None
    assert [(record.title, record.start.isoformat()[:16]) for record in reading.records] == HALL


def test_bytes_are_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = _json_page_bodies.loaded
    monkeypatch.setattr(_json_page_read, "loaded", lambda payload: calls.append(1) or real(payload))
    payload = json.dumps([_wp(12, "Events", "events", HALL_EVENTS)]).encode()
    reading = _json_page_read.page_reading(payload, _context())
    assert reading is not None
    assert len(reading.records) == 3
    assert calls == [1]
    assert reading.notes[0] == _json_page_read.PAGE_BODY


@pytest.mark.parametrize("payload", [b"", b"not json", b"[" * 5000, b"{}" + b" " * _json_page_bodies.MAX_PAYLOAD])
def test_hard_negative_unreadable_bytes_hold_no_page(payload: bytes) -> None:
    assert _json_page_read.page_reading(payload, _context()) is None


# --- 2. a midnight stamp with no day beside it, the clock in another field ------------------------------------------

SHOWS = [(21, "20:30", "Band A"), (22, "19:00", "Band B"), (24, "21:15", "Band C"), (28, "20:00", "Band D")]


def _venue(zone: zoneinfo.ZoneInfo, shows: list[tuple[int, str, str]], *, stamp_at_clock: bool = False) -> dict:
    items = []
    for number, (day, clock, title) in enumerate(shows):
        hour, minute = (int(part) for part in clock.split(":"))
        moment = dt.datetime(2031, 8, day, hour, minute, tzinfo=zone) if stamp_at_clock else None
        stamp = int((moment or dt.datetime(2031, 8, day, tzinfo=zone)).timestamp())
        items.append({"id": number, "title": title, "date": {"timestamp": stamp}, "times": {"starts_at": clock}})
    return {"events": items}


def _read_in(document: object, zone: zoneinfo.ZoneInfo) -> list[tuple[str, str]]:
    return _starts(json_events(document, window=WINDOW, zone=zone))


def test_a_midnight_stamp_alone_is_its_day_at_the_clock() -> None:
    assert _read_in(_venue(AMSTERDAM, SHOWS), AMSTERDAM) == [
        ("Band A", "2031-08-21T20:30"),
        ("Band B", "2031-08-22T19:00"),
        ("Band C", "2031-08-24T21:15"),
        ("Band D", "2031-08-28T20:00"),
    ]


def test_milliseconds_west_of_greenwich_and_a_twelve_hour_clock() -> None:
    items = [
        {"title": title, "startDate": int(dt.datetime(2031, 8, day, tzinfo=NEW_YORK).timestamp()) * 1000,
         "startTime": clock, "venue": "The Hall"}
        for day, clock, title in [(21, "8:30 PM", "Band A"), (22, "7:00 PM", "Band B"), (24, "9:15 PM", "Band C")]
    ]  # fmt: skip
    expected = [("Band A", "2031-08-21T20:30"), ("Band B", "2031-08-22T19:00"), ("Band C", "2031-08-24T21:15")]
    assert _read_in({"events": items}, NEW_YORK) == expected
    assert (
        _read_in({"events": items}, zoneinfo.ZoneInfo("UTC")) == expected
    )  # the day is the stamp's, whatever the source's zone


def test_without_the_rule_every_show_started_at_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_fields, "stamp_alone", lambda whole, days, times: (whole, days))
    assert [start for _, start in _read_in(_venue(AMSTERDAM, SHOWS), AMSTERDAM)] == [
        "2031-08-21T00:00",
        "2031-08-22T00:00",
        "2031-08-24T00:00",
        "2031-08-28T00:00",
    ]


def test_hard_negative_a_stamp_that_is_the_clocks_moment_stays() -> None:
    expected = [("Band A", "2031-08-21T20:30"), ("Band B", "2031-08-22T19:00"), ("Band C", "2031-08-24T21:15")]
    assert _read_in(_venue(AMSTERDAM, SHOWS[:3], stamp_at_clock=True), AMSTERDAM) == expected


def test_hard_negative_one_clock_on_every_item_keeps_the_stamp() -> None:
    """Stamps at one UTC hour beside one clock: the stamp may be that clock in another zone; read as on main."""
    shows = [(day, "20:00", f"Quiz {day}") for day in (21, 22, 24)]
    starts = [start for _, start in _read_in(_venue(AMSTERDAM, shows), AMSTERDAM)]
    assert starts == ["2031-08-21T00:00", "2031-08-22T00:00", "2031-08-24T00:00"]


def test_hard_negative_stamps_at_varying_hours_are_moments() -> None:
    items = [
        {"title": f"Talk {day}", "date": {"timestamp": int(dt.datetime(2031, 8, day, hour, tzinfo=AMSTERDAM).timestamp())},
         "times": {"starts_at": clock}}
        for day, hour, clock in [(21, 18, "20:30"), (22, 9, "19:00"), (24, 14, "21:15")]
    ]  # fmt: skip
    assert [start for _, start in _read_in({"events": items}, AMSTERDAM)] == [
        "2031-08-21T18:00",
        "2031-08-22T09:00",
        "2031-08-24T14:00",
    ]


@pytest.mark.parametrize(
    ("moment", "day", "hours"),
    [
        (dt.datetime(2031, 8, 20, 22, tzinfo=dt.UTC), dt.date(2031, 8, 21), 2),  # Amsterdam's midnight in summer
        (dt.datetime(2031, 8, 21, 4, tzinfo=dt.UTC), dt.date(2031, 8, 21), -4),  # New York's
        (dt.datetime(2031, 8, 21, 0, tzinfo=dt.UTC), dt.date(2031, 8, 21), 0),
        (dt.datetime(2031, 8, 20, 12, 30, tzinfo=dt.UTC), dt.date(2031, 8, 21), 11.5),
    ],
)
def test_the_day_a_stamp_is_the_midnight_of(moment: dt.datetime, day: dt.date, hours: float) -> None:
    assert midnight_of(moment) == (day, dt.timedelta(hours=hours))


def test_hard_negative_the_stamp_rule_needs_a_clock_and_no_day() -> None:
    assert _json_day_stamps.stamp_alone([], [], []) == ([], [])
    entry = (object(), object(), 1.0)
    assert _json_day_stamps.stamp_alone([entry], [entry], [entry]) == ([entry], [entry])  # a day beside: left33's
    assert _json_day_stamps.stamp_alone([entry], [], []) == ([entry], [])  # no clock


def test_records_are_raw_events() -> None:  # the page's records are what any reader gives
    reading = _json_page_read.page_reading([_wp(12, "Events", "events", HALL_EVENTS)], _context())
    assert reading is not None
    assert all(isinstance(record, RawEvent) for record in reading.records)
