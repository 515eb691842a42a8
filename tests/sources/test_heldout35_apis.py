"""The thirty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout35.json, each file
measured once before these rules), on small documents of our own.

Its files were all counted (17/17; neither project's tests assert a field), but reading what the extractor printed
showed three faults, each a rule now:

- a broadcast that carries the event it airs (PredictHQ: the airing's ``dates`` and ``location`` outside, the game's
  inside ``event``) was read with the game's local start in the airing's zone, an hour out, and placed where it is
  watched: a zone written beside the start is the start's, and a wrapped event's own place, coordinates and country
  win over its wrapper's (``_json_core``);
- an event's dates titled "Day 1", "Day 2" under the event's name are now "<name> – Day 1" (``_json_part_titles``);
- ``"location": [151.2, -33.9]`` pairs are read as coordinates when the numbers say which is which
  (``_json_pairs``).

A file added after the first measure (football-data.org's answer as a PHP client's tests recorded it, measured once
before its rule: unreadable) taught a fourth: a recorded exchange whose body is the answer as a JSON string is read
as that answer (``_json_embedded``).

And hard negatives: an order history, a user list and a changelog hold dates and no events.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._json_embedded import with_embedded_json
from sources.adapters._json_part_titles import part_label
from sources.adapters.base import AdapterError
from tests.sources.helpers import parse_json

UTC = dt.UTC
ZULU = zoneinfo.ZoneInfo("UTC")
LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=UTC)


def window(now: dt.datetime = NOW):
    from sources.adapters.base import FetchWindow

    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))


def read(document: object, zone: dt.tzinfo = LONDON) -> list:
    return parse_json(document, window=window(), zone=zone)[1]


# --- a zone written beside the start; a wrapped event's own place -------------------------------------------------


def airing(day: int, title: str) -> dict:
    """A broadcast of a game: the airing's own dates and place outside, the game's inside "event"."""
    return {
        "broadcast_id": f"b{day}",
        "dates": {
            "start": f"2031-03-0{day}T23:00:00Z",
            "start_local": f"2031-03-0{day}T17:00:00",
            "timezone": "America/Chicago",
        },
        "location": {
            "geopoint": {"lat": 46.8, "lon": -100.8},
            "places": [{"name": "Burleigh County", "country": "US"}],
        },
        "viewers": 900 + day,
        "event": {
            "event_id": f"e{day}",
            "title": title,
            "dates": {"start_local": f"2031-03-0{day}T18:00:00", "timezone": "America/New_York"},
            "location": {"geopoint": {"lat": 40.81, "lon": -74.07}, "country": "US"},
            "entities": [{"name": "Meadow Stadium", "formatted_address": "1 Meadow Way, East Rutherford, NJ"}],
        },
    }


def test_a_wrapped_events_local_start_is_read_in_the_zone_beside_it():
    events = read({"count": 2, "results": [airing(1, "Hawks at Owls"), airing(2, "Owls at Bears")]})
    assert [event.title for event in events] == ["Hawks at Owls", "Owls at Bears"]
    # 18:00 in New York is 23:00Z; read in the airing's Chicago zone it would be 00:00Z, an hour late
    assert [event.start.astimezone(UTC).hour for event in events] == [23, 23]


def test_a_wrapped_events_place_and_coordinates_are_its_own_not_the_wrappers():
    events = read({"results": [airing(1, "Hawks at Owls"), airing(2, "Owls at Bears")]})
    assert {event.venue_name for event in events} == {"Meadow Stadium"}
    assert {(event.latitude, event.longitude) for event in events} == {(40.81, -74.07)}


def test_the_zone_beside_the_start_wins_over_an_organisers_named_first():
    document = [
        {
            "organizer": {"name": "Harbour Arts", "timezone": "Europe/London"},
            "title": title,
            "schedule": {"start": f"2031-03-0{day}T19:00:00", "tz": "Europe/Berlin"},
        }
        for day, title in ((1, "Quartet"), (2, "Trio"), (3, "Duo"))
    ]
    events = read(document)
    assert [event.start.astimezone(UTC).hour for event in events] == [18, 18, 18]  # 19:00 in Berlin


def test_a_zone_written_elsewhere_is_still_read_when_none_is_beside_the_start():
    document = [
        {
            "title": title,
            "start": f"2031-03-0{day}T19:00:00",
            "venue": {"name": "Kaisersaal", "timezone": "Europe/Berlin"},
        }
        for day, title in ((1, "Quartet"), (2, "Trio"))
    ]
    assert [event.start.astimezone(UTC).hour for event in read(document)] == [18, 18]


def test_a_listings_venue_outside_its_event_stays_when_the_event_names_no_place():
    document = {
        "listings": [
            {
                "price": 12,
                "event": {"name": f"Night {day} revue", "start": f"2031-03-0{day}T20:00:00"},
                "venue": {"name": "Quay Hall"},
            }
            for day in (1, 2, 3)
        ]
    }
    assert {event.venue_name for event in read(document)} == {"Quay Hall"}


# --- dates titled only by which part they are -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Day 1", "day 2", "Session 12", "Part II", "Night three", "Tag 3", "Día 2", "Week #4"]
)
def test_part_labels(text):
    assert part_label(text)


@pytest.mark.parametrize("text", ["Day 1: keynotes", "Dayton 5", "Opening night", "Day", "Session", "Part of it", 1])
def test_not_part_labels(text):
    assert not part_label(text)


def test_an_events_days_are_titled_by_the_event_and_the_day():
    document = {
        "id": "evt_9",
        "name": "Harbour Con",
        "eventDates": [
            {
                "id": "d1",
                "name": "Day 1",
                "startDate": "2031-03-01T09:00:00+00:00",
                "endDate": "2031-03-01T17:00:00+00:00",
            },
            {
                "id": "d2",
                "name": "Day 2",
                "startDate": "2031-03-02T09:00:00+00:00",
                "endDate": "2031-03-02T17:00:00+00:00",
            },
        ],
    }
    assert [event.title for event in read(document)] == ["Harbour Con – Day 1", "Harbour Con – Day 2"]


def test_a_title_with_words_of_its_own_is_kept():
    document = {
        "name": "Summer Series",
        "sessions": [
            {"name": "Opening night", "start": "2031-03-01T19:00:00+00:00"},
            {"name": "Day 2", "start": "2031-03-02T19:00:00+00:00"},
        ],
    }
    assert [event.title for event in read(document)] == ["Opening night", "Day 2"]


def test_a_places_name_above_the_days_is_not_the_events():
    document = {
        "venue": {
            "name": "Quay Hall",
            "days": [
                {"name": "Day 1", "start": "2031-03-01T19:00:00+00:00"},
                {"name": "Day 2", "start": "2031-03-02T19:00:00+00:00"},
            ],
        }
    }
    assert [event.title for event in read(document)] == ["Day 1", "Day 2"]


# --- coordinates as one pair of numbers --------------------------------------------------------------------------


def located(pairs: list, key: str = "location") -> list[dict]:
    return [
        {"title": f"Gig {index}", "start": f"2031-03-0{index + 1}T20:00:00+10:00", key: pair}
        for index, pair in enumerate(pairs)
    ]


def test_a_pair_with_a_number_beyond_ninety_reads_as_longitude_then_latitude():
    events = read(located([[151.2066, -33.8758], [144.948, -37.8166]]))
    assert [(event.latitude, event.longitude) for event in events] == [(-33.8758, 151.2066), (-37.8166, 144.948)]


def test_a_key_that_says_the_order_is_believed():
    events = read(located([[48.8566, 2.3522], [45.764, 4.8357]], key="latlng"))
    assert [(event.latitude, event.longitude) for event in events] == [(48.8566, 2.3522), (45.764, 4.8357)]


@pytest.mark.parametrize(
    "pairs",
    [
        [[2.3522, 48.8566], [4.8357, 45.764]],  # Paris and Lyon: either way round is a place
        [[151.2, -33.9], [-33.9, 151.2]],  # the pairs disagree
        [[151.2, -33.9], [1, 2, 3]],  # not all pairs
        [[0, 0], [0, 0]],  # no place
    ],
)
def test_pairs_that_do_not_tell_are_not_read(pairs):
    assert {(event.latitude, event.longitude) for event in read(located(pairs))} == {(None, None)}


# --- an answer recorded as a string ---------------------------------------------------------------------------------


def answer() -> dict:
    return {
        "resultSet": {"count": 2},
        "matches": [
            {
                "id": 1,
                "utcDate": "2031-03-01T15:00:00Z",
                "homeTeam": {"name": "Porthaven Town"},
                "awayTeam": {"name": "Quay United"},
            },
            {
                "id": 2,
                "utcDate": "2031-03-02T15:00:00Z",
                "homeTeam": {"name": "Harbour Rovers"},
                "awayTeam": {"name": "Mill Athletic"},
            },
        ],
    }


def test_a_recorded_responses_string_body_is_read_as_the_answer():
    recorded = {"status": 200, "headers": {"date": ["Sat, 01 Mar 2031 09:00:00 GMT"]}, "body": json.dumps(answer())}
    events = read(recorded, zone=ZULU)
    assert [(event.title, event.start.isoformat()) for event in events] == [
        ("Porthaven Town vs Quay United", "2031-03-01T15:00:00+00:00"),
        ("Harbour Rovers vs Mill Athletic", "2031-03-02T15:00:00+00:00"),
    ]


def test_a_cassette_inside_a_message_is_read_two_strings_deep():
    cassette = {"interactions": [{"response": {"status": {"code": 200}, "body": {"string": json.dumps(answer())}}}]}
    message = {"topic": "recordings", "payload": json.dumps(cassette)}
    assert len(read(message, zone=ZULU)) == 2


def test_a_configured_source_reaches_into_the_recorded_body():
    recorded = {"status": 200, "body": json.dumps(answer())}
    config = {"items": "body.matches", "mapping": {"title": "homeTeam.name", "start": "utcDate"}}
    events = parse_json(recorded, config, window=window(), zone=ZULU)[1]
    assert [event.title for event in events] == ["Porthaven Town", "Harbour Rovers"]


def test_strings_that_are_not_documents_stay():
    document = {"a": "[Live] Jazz", "b": "{name} presents", "c": "[]", "d": "{}", "e": "[1, 2", "f": "42", "g": 7}
    assert with_embedded_json(document) is document


def test_a_string_holding_a_user_list_still_holds_no_events():
    users = [{"id": n, "name": f"User {n}", "createdAt": f"2031-03-0{n}T10:00:00Z"} for n in (1, 2, 3)]
    try:
        events = read({"status": 200, "body": json.dumps({"users": users})})
    except AdapterError:
        return
    assert events == []


# --- hard negatives: dates, and no events -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        {
            "orders": [
                {"_id": f"o{n}", "eventId": "e1", "status": "complete", "currency": "NZD", "financialStatus": "paid",
                 "location": "NZ", "createdAt": f"2031-03-0{n}T10:00:00.000Z", "updatedAt": f"2031-03-0{n}T11:00:00.000Z"}
                for n in (1, 2, 3)
            ],
            "total": 3,
        },
        {"users": [{"id": n, "name": f"User {n}", "email": f"u{n}@example.org", "createdAt": f"2031-03-0{n}T10:00:00Z",
                    "lastLogin": f"2031-03-0{n}T12:00:00Z", "city": "Leeds"} for n in (1, 2, 3)]},
        [{"name": f"v1.{n}.0", "tag_name": f"v1.{n}.0", "published_at": f"2031-03-0{n}T10:00:00Z", "body": "Fixes"}
         for n in (1, 2, 3)],
    ],
    ids=["order history", "user list", "changelog"],
)  # fmt: skip
def test_records_with_dates_that_are_not_events(document):
    try:
        events = read(document)
    except AdapterError:
        return
    assert events == []
