"""Two misreadings of unknown JSON APIs (issue #13), on small documents of our own:

- a year-less weekday date whose range writes its am or pm only after the end ("Sat, Sep 7, 8 – 11 PM") read the
  day but no time: the end's meridiem is the bare start hour's when that puts the start before the end
  (``_json_dayless_meridiem``);
- Eventful-style records writing ``start_time`` and ``stop_time`` (filled in some records, empty in others) lost
  their end: "stop" is the end word a start's "start" pairs with, as "end" is (``_json_fields.PARTNER_WORDS``,
  ``MOMENT_STEMS``). A bus stop ("stop", "stop_name", "stop_id") is never an end, nor a "stop" that is no date.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from tests.sources.helpers import parse_json

DENVER = zoneinfo.ZoneInfo("America/Denver")
NOW = dt.datetime(2031, 8, 31, 12, 0, tzinfo=dt.UTC)  # 2031: 6 September is a Saturday


def window():
    from sources.adapters.base import FetchWindow

    return FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: object) -> list:
    return parse_json(document, window=window(), zone=DENVER)[1]


def moments(events: list) -> list[tuple[str, str | None]]:
    return [(event.start.isoformat(), event.end.isoformat() if event.end is not None else None) for event in events]


# --- a range whose am or pm is written after its end only ------------------------------------------------------


def results(*whens: str) -> dict:
    titles = ["Late Show", "Brunch Set", "Noon Talk", "Night Run"]
    return {
        "events_results": [
            {
                "title": titles[index],
                "date": {"start_date": when.split(", ", 1)[1].rsplit(",", 1)[0], "when": when},
                "link": f"https://tickets.example.org/{index}",
                "address": ["Bluebird Hall, 3317 E Colfax Ave, Denver"],
            }
            for index, when in enumerate(whens)
        ]
    }


def test_the_meridiem_after_the_end_is_the_bare_start_hours_too():
    events = read(results("Sat, Sep 6, 8 – 11 PM", "Sun, Sep 7, 11 – 2 PM", "Mon, Sep 8, 7:30 – 9 pm"))
    assert moments(events) == [
        ("2031-09-06T20:00:00-06:00", "2031-09-06T23:00:00-06:00"),
        ("2031-09-07T11:00:00-06:00", "2031-09-07T14:00:00-06:00"),
        ("2031-09-08T19:30:00-06:00", "2031-09-08T21:00:00-06:00"),
    ]


def test_a_start_with_its_own_meridiem_keeps_it():
    events = read(results("Sat, Sep 6, 11 AM – 1 PM", "Sun, Sep 7, 7 PM – 11 PM"))
    assert moments(events) == [
        ("2031-09-06T11:00:00-06:00", "2031-09-06T13:00:00-06:00"),
        ("2031-09-07T19:00:00-06:00", "2031-09-07T23:00:00-06:00"),
    ]


def test_a_range_with_no_meridiem_anywhere_has_no_clock():
    events = read(results("Sat, Sep 6, 8 – 11", "Sun, Sep 7, 9 – 10"))
    assert [event.start for event in events] == [dt.date(2031, 9, 6), dt.date(2031, 9, 7)]
    assert all(event.end is None for event in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sat, Sep 6, 8 – 11 PM", ("20:00", "23:00")),
        ("Sat, Sep 6, 11 – 2 PM", ("11:00", "14:00")),
        ("Sat, Sep 6, 12 – 3 AM", ("00:00", "03:00")),
        ("Sat, Sep 6, 8 – 11", None),  # no meridiem anywhere
        ("Sat, Sep 6, 08 – 11 PM", None),  # a 24-hour clock's padded hour is not bare
        ("Sat, Sep 6, 11 – 1 AM", None),  # past midnight either way: not read as one half's range
        ("Sat, Sep 6, 8 – 11 PM at the Bluebird", None),  # the end must close the text
    ],
)
def test_shared_meridiem(text, expected):
    from sources.adapters._json_dayless import _START
    from sources.adapters._json_dayless_meridiem import shared_meridiem

    match = _START.match(text)
    assert match is not None
    found = shared_meridiem(match, text[match.end() :])
    assert (None if found is None else tuple(time.strftime("%H:%M") for time in found)) == expected


# --- start_time and stop_time ------------------------------------------------------------------------------------


def eventful(start_key: str = "start_time", stop_key: str = "stop_time") -> dict:
    stops = ["2031-09-12 22:00:00", "", None, None]
    return {
        "total_items": 4,
        "events": {
            "event": [
                {
                    "id": f"E0-001-{index}",
                    "title": title,
                    "url": f"https://listings.example.org/e/{index}",
                    start_key: f"2031-09-1{2 + index} 19:00:00",
                    stop_key: stops[index],
                    "venue_name": "Clay Hall",
                    "city_name": "Denver",
                }
                for index, title in enumerate(["Jazz on the Patio", "Pottery Night", "Winter Market", "Book Swap"])
            ]
        },
    }


@pytest.mark.parametrize(
    ("start_key", "stop_key"), [("start_time", "stop_time"), ("startTime", "stopTime"), ("starts_at", "stops_at")]
)
def test_a_filled_stop_time_is_the_end(start_key, stop_key):
    events = read(eventful(start_key, stop_key))
    assert moments(events) == [
        ("2031-09-12T19:00:00-06:00", "2031-09-12T22:00:00-06:00"),
        ("2031-09-13T19:00:00-06:00", None),
        ("2031-09-14T19:00:00-06:00", None),
        ("2031-09-15T19:00:00-06:00", None),
    ]


def test_a_bus_stop_is_never_an_end():
    trips = {
        "trips": [
            {
                "title": f"Shuttle to the {name}",
                "start_time": f"2031-09-1{2 + index}T18:00:00-06:00",
                "stop": f"{name} & Broadway",
                "stop_name": f"{name} Station",
                "stop_id": f"{4100 + index}",
                "url": f"https://transit.example.org/t/{index}",
            }
            for index, name in enumerate(["Colfax", "Union", "Market"])
        ]
    }
    events = read(trips)
    assert [event.end for event in events] == [None, None, None]
    assert [event.start.isoformat() for event in events][0] == "2031-09-12T18:00:00-06:00"


def test_a_date_less_stop_beside_a_start_is_no_end():
    document = {
        "events": [
            {"title": f"Walk {index}", "start": f"2031-09-1{2 + index}T10:00:00-06:00", "stop": "Trailhead"}
            for index in range(3)
        ]
    }
    events = read(document)
    assert len(events) == 3
    assert all(event.end is None for event in events)
