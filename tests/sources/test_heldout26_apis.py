"""The twenty-sixth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout26.json, each file
measured once before these rules): 3/4 found, fields 4/4. A Discord scheduled event fetched alone was unreadable,
and Strava's running race lost its city. On small documents of our own:

- a list under a key whose name only qualifies its head noun ("guild_scheduled_event_exceptions": the exceptions
  to an event's repetitions; "event_ids") is not the object's list of events: the object holding it is still one
  event. A key whose last word names items ("upcoming_events", "eventList") still holds the object's events;
- a record's own "city" with its own "country" (or "state") beside it, at the record's top level, is where the
  event is, even with no venue: an address written as separate keys. A lone "city" far from any place, or one
  inside an organiser, stays unread;
- a time under a key naming the local time ("start_date_local") is the event's wall clock even when written with a
  "Z" (Strava writes 5:30 in Orlando as "2018-01-05T05:30:00Z"): the Z is not read as UTC. A real offset on such
  a value, and a "Z" under any other key, still count;
- a title whose date is taken off after a double slash ("Monthly Update // July 1, 2021", Twitch's schedule) loses
  the slashes too, as it loses a dash or a bar: they separated the date, not the name. Slashes inside a name stay.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from events.pipeline import titles
from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from tests.hostile import superlinear_shape
from tests.sources.helpers import parse_json

LONDON = zoneinfo.ZoneInfo("Europe/London")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))


def mapping(document: Any) -> dict[str, Any] | None:
    inference = infer(document, zone_name="Europe/London")
    return inference.config["mapping"] if inference is not None else None


def one_session(**more: Any) -> dict[str, Any]:
    return {
        "id": "77",
        "name": "Board Games Night",
        "scheduled_start_time": "2031-03-05T18:00:00+00:00",
        "scheduled_end_time": "2031-03-05T21:00:00+00:00",
        "entity_metadata": {"location": "The Old Library"},
        **more,
    }


def test_a_list_named_for_a_part_of_the_event_does_not_hide_it() -> None:
    for key in ("guild_scheduled_event_exceptions", "eventIds", "event_exceptions"):
        found = mapping(one_session(**{key: []}))
        assert found is not None, key
        assert found["title"] == "name"
        assert found["start"] == "scheduled_start_time"
        assert found["venue_name"] == "entity_metadata.location"


def test_a_list_of_the_objects_events_still_makes_it_their_holder() -> None:
    for key in ("upcoming_events", "eventList", "events"):
        holder = one_session(**{key: []})
        found = infer(holder, zone_name="Europe/London")
        assert found is None or found.config["items"] != "", key


def races(**more: Any) -> list[dict[str, Any]]:
    return [
        {"id": day, "name": f"Riverside {day}0k", "start_date_local": f"2031-04-0{day}T09:00:00", **more}
        for day in range(1, 4)
    ]


def test_a_records_own_city_and_country_are_its_place() -> None:
    found = mapping(races(city="Cambridge", state="", country="United Kingdom"))
    assert found is not None
    assert found["city"] == "city"
    assert found["country"] == "country"
    found = mapping(races(city="Bristol", region="England"))
    assert found is not None
    assert found["city"] == "city"


def test_a_lone_city_or_an_organisers_stays_unread() -> None:
    found = mapping(races(city="Cambridge"))
    assert found is not None
    assert "city" not in found
    found = mapping(races(organizer={"name": "Running Club", "city": "Leeds", "country": "United Kingdom"}))
    assert found is not None
    assert "city" not in found
    assert "country" not in found


def starts(document: Any) -> list[dt.datetime]:
    return [event.start for event in parse_json(document, window=WINDOW, zone=LONDON)[1]]  # type: ignore[misc]


def test_a_local_time_written_with_a_z_is_the_wall_clock() -> None:
    document = [{**race, "start_date_local": race["start_date_local"] + "Z"} for race in races()]
    assert [start.astimezone(LONDON).hour for start in starts(document)] == [9, 9, 9]  # BST: not 10:00
    with_offset = [{**race, "start_date_local": race["start_date_local"] + "+02:00"} for race in races()]
    assert [start.astimezone(LONDON).hour for start in starts(with_offset)] == [8, 8, 8]
    zulu = [{"id": race["id"], "name": race["name"], "start_date": race["start_date_local"] + "Z"} for race in races()]
    assert [start.astimezone(LONDON).hour for start in starts(zulu)] == [10, 10, 10]


def test_a_double_slash_left_by_a_dropped_date_goes_with_it() -> None:
    start = dt.datetime(2031, 7, 1, 18, 0, tzinfo=dt.UTC)
    assert titles.clean_title("Monthly Update // July 1, 2031", start=start).title == "Monthly Update"
    assert titles.clean_title("Monthly Update //", start=start).title == "Monthly Update"
    assert titles.clean_title("Rock // Roll Night", start=start).title == "Rock // Roll Night"
    assert titles.clean_title("AC/DC Tribute", start=start).title == "AC/DC Tribute"
    assert superlinear_shape(titles.EDGE_DECORATION) is None
