"""The twenty-second held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout22.json, each file
measured once before these rules), on small documents of our own:

- showings grouped under the venue that holds them ({cinemas: [{name, address, showings: [{room, start}]}]}) name
  the screen or hall on each showing ("room": "Screen 2") and the venue once, above them: the place is the
  venue's name with the room after it, not the room alone; a room with no venue around it is still the place;
- a place given as a lookup's label ("Facility": {"Id": 47, "Description": "Harbour Opera House"}, a ticketing
  back office's way with every lookup) is the venue's name; a place's "description" that is a sentence is not;
- a length named in one lower-case word ("timeduration", an own-length word glued to "duration") is the event's
  length, and zeros beside whole minutes in seconds (a deadline's 0 beside a talk's 5400) do not hide the unit.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import parse_json

LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def showing(number: str, film: str, start: str, room: str) -> dict:
    return {"id": number, "title": film, "startsAt": start, "room": room, "price": 9.5, "format": "2D"}


def test_a_showings_room_is_inside_the_venue_around_it() -> None:
    document = [
        {
            "date": "2031-03-04",
            "cinemas": [
                {
                    "name": "Cinema Tejo",
                    "address": "Rua do Cais 12",
                    "showings": [
                        showing("s1", "Solaris", "2031-03-04T18:00:00+00:00", "Screen 2"),
                        showing("s2", "Stalker", "2031-03-04T21:00:00+00:00", "Screen 5"),
                    ],
                }
            ],
        }
    ]

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    assert [(event.title, event.venue_name, event.address) for event in events] == [
        ("Solaris", "Cinema Tejo, Screen 2", "Rua do Cais 12"),
        ("Stalker", "Cinema Tejo, Screen 5", "Rua do Cais 12"),
    ]


def test_a_room_with_no_venue_around_it_is_the_place() -> None:
    document = {
        "talks": [
            {"title": "Opening", "start": "2031-03-04T09:00:00+00:00", "room": "Hall A"},
            {"title": "Keynote", "start": "2031-03-04T10:00:00+00:00", "room": "Hall B"},
        ]
    }

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    assert [(event.title, event.venue_name) for event in events] == [("Opening", "Hall A"), ("Keynote", "Hall B")]


def performance(number: int, title: str, start: str, facility: str) -> dict:
    return {
        "PerformanceId": number,
        "PerformanceDate": start,
        "PerformanceShortName": title,
        "Facility": {"Id": 7, "Description": facility},
        "Season": {"Id": 3, "Description": "2031 Season"},
        "TimeSlot": {"Id": 1, "Description": "Evening"},
    }


def test_a_place_given_as_a_lookups_label_is_the_venue() -> None:
    document = [
        performance(1, "Tosca", "2031-05-02T19:30:00+01:00", "Harbour Opera House"),
        performance(2, "Tosca", "2031-05-04T15:00:00+01:00", "Harbour Opera House"),
    ]

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    assert [(event.title, event.venue_name) for event in events] == [
        ("Tosca", "Harbour Opera House"),
        ("Tosca", "Harbour Opera House"),
    ]


def test_a_places_description_that_is_a_sentence_names_nothing() -> None:
    course = {
        "name": "Data Carpentry",
        "startDate": "2031-05-02T09:00:00+01:00",
        "location": {"description": "The connection details are sent to participants."},
    }
    document = [course, {**course, "name": "Git Basics", "startDate": "2031-05-09T09:00:00+01:00"}]

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    assert [(event.title, event.venue_name) for event in events] == [("Data Carpentry", None), ("Git Basics", None)]


def test_a_length_glued_in_one_word_is_read_and_a_zero_beside_it_is_no_length() -> None:
    document = {
        "events": [
            {"id": 1, "name": "Essay due", "timestart": 1935000000, "timeduration": 0},
            {"id": 2, "name": "Open lecture", "timestart": 1935090000, "timeduration": 5400},
            {"id": 3, "name": "Quiz closes", "timestart": 1935180000, "timeduration": 0},
        ]
    }

    events = parse_json(document, window=WINDOW, zone=LISBON)[1]

    lecture = next(event for event in events if event.title == "Open lecture")
    assert lecture.end - lecture.start == dt.timedelta(minutes=90)
