"""The seventy-first held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout71.json: a festival's
calendar export turned into JSON with iCalendar's parameters left in its keys; a league app's fixtures grouped by
day, the sides keyed "h" and "a"; a WordPress events plugin's answer; a hard negative, a shop's order history), on
small documents of our own.

The cold measure found 14 of 24 events, fields 69.7%, and refused the negative. The rules:

- A key written as an iCalendar content line's name and parameters ("dtstart;value=date", "dtstart;tzid=utc+0")
  is read as the property's name, its parameters applied to the value (``_json_ical_params``): the all-day items
  were read as midnights, the timed ones as UTC clocks (the word "utc" inside the key).
- Days beside moments in one "dtstart" key leave the all-day end to the reading of both forms
  (``_json_either.nested_day_after`` gives way to ``mixed_day_after``): the timed items' ends were lost.
- A day heading written weekday first ("Tuesday 30 January 2018") is a date (``_json_shapes.DATE_FORMATS``); a
  "kickoff" is a game's start time (``_json_fields.START_WORDS``); a "ground" is where a match is played
  (``PLACE_WORDS``, never a title); sides keyed "h" and "a" under "teams" are the home and the away side
  (``_json_initial_sides``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _json_ical_params
from sources.adapters._json_fields import Sample
from sources.adapters._json_initial_sides import initial_side, initial_sides
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/London")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 4, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


# --- iCalendar parameters left in the keys ----------------------------------------------------------------------


def all_day(title: str, first: str, last: str) -> dict[str, Any]:
    return {"categories": "Art", "dtend;value=date": last, "dtstamp": "20310726T111104",
            "dtstart;value=date": first, "location": "Castle Street, Exeter", "summary": title, "type": "event",
            "uid": f"{title}@festival.example", "url": f"https://festival.example/event/{title.lower()}/"}  # fmt: skip


def timed(title: str, first: str, last: str, zone: str = "utc+0") -> dict[str, Any]:
    return {"categories": "Tech", f"dtend;tzid={zone}": last, "dtstamp": "20310726T111104",
            f"dtstart;tzid={zone}": first, "location": "Queen St, Exeter", "summary": title, "type": "event",
            "uid": f"{title}@festival.example", "url": f"https://festival.example/event/{title.lower()}/"}  # fmt: skip


def test_days_and_clocks_under_parameter_keys_read_as_days_and_wall_clocks() -> None:
    read = events({"eventList": [
        all_day("Bellhouse", "20311006", "20311008"),
        all_day("Buoyed", "20311006", "20311007"),
        timed("Salon", "20311007T090000", "20311007T130000"),
        timed("Showcase", "20311007T110000", "20311007T133000"),
    ]})  # fmt: skip
    assert [(e["title"], e["start"], e["end"], e["all_day"]) for e in read] == [
        ("Bellhouse", "2031-10-06", "2031-10-07", True),  # an iCalendar all-day end is the day after the last
        ("Buoyed", "2031-10-06", None, True),
        # "utc+0" names no zone a tz database knows: the clock is read at the source's, as ics.py reads such a TZID
        ("Salon", "2031-10-07T09:00:00+01:00", "2031-10-07T13:00:00+01:00", False),
        ("Showcase", "2031-10-07T11:00:00+01:00", "2031-10-07T13:30:00+01:00", False),
    ]


def test_a_tzid_naming_a_zone_gives_the_clock_that_zone() -> None:
    read = events([timed(f"Talk {n}", f"2031100{n}T190000", f"2031100{n}T210000", "Europe/Berlin") for n in (1, 2)])
    assert [e["start"] for e in read] == ["2031-10-01T18:00:00+01:00", "2031-10-02T18:00:00+01:00"]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("dtstart;value=date", "20311006", "2031-10-06"),
        ("dtstart;tzid=Europe/Paris", "20311007T090000", "2031-10-07T09:00:00+02:00"),
        ("dtstart;tzid=america/new_york", "20311007T090000", "2031-10-07T09:00:00-04:00"),  # a lower-cased name
        ("dtstart;tzid=UTC+0", "20311007T090000", "2031-10-07T09:00:00"),  # floating: no zone by that name
        ("dtstart;tzid=Europe/Paris", "20311007T090000Z", "2031-10-07T09:00:00+00:00"),  # "Z" is UTC's
        ("dtstart;value=date", "20311332", "20311332"),  # month 13: no day, kept as written
        ("dtstart;value=date", 20311006, 20311006),  # a number is not a basic-format day
    ],
)
def test_a_parameter_applies_to_its_value(key: str, value: object, expected: object) -> None:
    name = key.partition(";")[0]
    assert _json_ical_params.plain_properties({key: value}) == {name: expected}


@pytest.mark.parametrize(
    "document",
    [
        {"tel;type=cell": "20311006"},  # a telephone's parameter: no date property, the value is a number's
        {"a;b": "20311006"},  # no parameter: a semicolon in a key is someone's field name
        {"price=1;tax=2": "3"},  # "=" before the first semicolon: no content line's name
        {"dtstart": "2031-10-06", "dtstart;value=date": "20311007"},  # the plain name is already there: both kept
        {"1dtstart;value=date": "20311006"},  # a name starts with a letter
        {"events": [{"title": "Quiz night", "start": "2031-10-06T19:00:00"}]},  # no parameter keys: untouched
    ],
)
def test_keys_that_are_no_content_line_keep_their_value(document: dict[str, Any]) -> None:
    expected = {"tel": "20311006"} if "tel;type=cell" in document else document
    assert _json_ical_params.plain_properties(document) == expected


def test_a_document_without_parameter_keys_is_the_same_object() -> None:
    document = {"events": [{"title": "Quiz night", "start": "2031-10-06T19:00:00"}]}
    assert _json_ical_params.plain_properties(document) is document


# --- a league's fixtures grouped by day, sides keyed "h" and "a" ------------------------------------------------


def match(day: str, kickoff: str, home: str, away: str, ground: str, city: str) -> dict[str, Any]:
    return {"ground": {"name": ground, "city": city, "id": len(ground)}, "kickoff": kickoff, "matchDate": day,
            "teams": {"h": {"name": home, "shortName": home.split()[0], "abbr": home[:3].upper()},
                      "a": {"name": away, "shortName": away.split()[0], "abbr": away[:3].upper()}}}  # fmt: skip


FIXTURES = [
    {"matchDate": "Tuesday 14 October 2031", "matchList": [
        match("Tuesday 14 October 2031", "19:45", "Harbour Town", "Riverside United", "Quay Park", "Harbour"),
        match("Tuesday 14 October 2031", "20:00", "Millford City", "Old Bridge Rovers", "Mill Lane", "Millford"),
    ]},
    {"matchDate": "Saturday 18 October 2031", "matchList": [
        match("Saturday 18 October 2031", "15:00", "Riverside United", "Millford City", "Riverside Ground", "Riverside"),
    ]},
]  # fmt: skip


def test_fixtures_by_day_read_with_their_kickoff_sides_and_ground() -> None:
    read = events(FIXTURES)
    assert [(e["title"], e["start"], e["venue_name"], e["city"]) for e in read] == [
        ("Harbour Town vs Riverside United", "2031-10-14T19:45:00+01:00", "Quay Park", "Harbour"),
        ("Millford City vs Old Bridge Rovers", "2031-10-14T20:00:00+01:00", "Mill Lane", "Millford"),
        ("Riverside United vs Millford City", "2031-10-18T15:00:00+01:00", "Riverside Ground", "Riverside"),
    ]


@pytest.mark.parametrize("text", ["Tuesday 14 October 2031", "Tue 14 Oct 2031", "Tuesday, 14 October 2031"])
def test_a_weekday_first_day_heading_is_a_date(text: str) -> None:
    read = events([{"title": f"Quiz {n}", "date": text, "time": f"1{n}:00"} for n in (8, 9)])
    assert [e["start"] for e in read] == ["2031-10-14T18:00:00+01:00", "2031-10-14T19:00:00+01:00"]


def test_a_weekday_first_label_is_no_date_outside_a_date_key() -> None:
    # a parliament's sittings: the day's label ("activity_label") is each sitting's display name, not a second date
    sittings = [{"id": f"MTG-PL-2031-07-{day:02d}", "activity_date": f"2031-07-{day:02d}",
                 "activity_label": {"en": f"{weekday} {day} July 2031"}}
                for day, weekday in ((7, "Monday"), (8, "Tuesday"), (9, "Wednesday"))]  # fmt: skip
    read = events({"data": sittings})
    assert [e["start"] for e in read] == ["2031-07-07", "2031-07-08", "2031-07-09"]


def test_a_weekday_first_heading_in_a_date_key_with_other_text_is_no_date() -> None:
    read = events(
        [{"title": f"Quiz {n}", "date": f"Tuesday 14 October 2031 (week {n})", "time": "18:00"} for n in (1, 2)]
    )
    assert all(e["start"] != "2031-10-14T18:00:00+01:00" for e in read)


def test_letters_under_a_key_naming_no_sides_are_no_sides() -> None:
    # a poster's size ("h" and "a": height and area) beside its own title: the title stays, no game is named
    items = [{"title": f"Poster {n}", "start": f"2031-10-1{n}T19:00:00", "size": {"h": {"name": f"Tall {n}"},
              "a": {"name": f"Wide {n}"}}} for n in (1, 2)]  # fmt: skip
    assert [e["title"] for e in events(items)] == ["Poster 1", "Poster 2"]
    columns = Sample("", items).columns
    assert initial_sides(columns, lambda column: True) is None
    assert not initial_side("size.h.name")
    assert initial_side("teams.h.name")
    assert initial_side("clubs.a.id")


def test_a_and_b_sides_are_first_and_second_not_home_and_away() -> None:
    items = [{"date": f"2031-10-1{n}T15:00:00", "teams": {"a": {"name": f"Alpha {n}"}, "b": {"name": f"Beta {n}"}}}
             for n in (1, 2)]  # fmt: skip
    assert initial_sides(Sample("", items).columns, lambda column: True) is None


# --- hard negative: a shop's order history --------------------------------------------------------------------


def test_an_order_history_with_dated_orders_reads_no_events() -> None:
    orders = [
        {"orderNumber": str(1874 + n), "customerName": "Ana Popescu", "orderDate": f"{10 + n}/05/2031 16:45",
         "orderTotal": f"{100 + n},50$", "orderStatus": "Fulfilled" if n % 2 else "In Progress"}
        for n in range(6)
    ]  # fmt: skip
    assert events(orders) == []


def test_a_kickoff_in_an_order_list_makes_no_event() -> None:
    # a delivery slot called "kickoff" beside order records is no game: the orders stay no events
    orders = [{"orderNumber": str(n), "customerName": "Ana Popescu", "orderDate": f"1{n}/05/2031",
               "kickoff": "09:00", "orderTotal": "12$", "orderStatus": "Fulfilled"} for n in range(4)]  # fmt: skip
    assert events(orders) == []
