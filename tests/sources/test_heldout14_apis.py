"""The fourteenth held-out batch's misses among JSON APIs (issue #13, bench/corpus/apis/manifest-heldout14.json,
measured once before these rules), each rule on small documents of our own:

- a record's recurrence given as a list of iCalendar lines (Google Calendar's ``"recurrence": ["RRULE:…"]``, on
  the recurring records only) is the series it states, expanded in the window; a list of plain words is not;
- a record from one local midnight to a later one (a room calendar's all-day events, sent as times) is an all-day
  event on those days; midnight to a time of day is not;
- the length of what an item is an occurrence of (a TV calendar's episode and its ``"series": {"runtime": 45}``)
  is the item's length, so its end is its start plus it;
- a show's one place, in a list ("venues": [{…}]) above its performances, is where each performance is; a show
  with several places in its list names none of them;
- an "overview" (TV and film APIs' synopsis) is the description, never a timestamp beside it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_days import whole_day
from sources.adapters._json_nested import nested_items
from sources.adapters.base import FetchWindow, RawEvent
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2027, 3, 1, tzinfo=BERLIN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_events(document: object, zone: zoneinfo.ZoneInfo = BERLIN) -> list[RawEvent]:
    return parse_json(document, window=WINDOW, zone=zone)[1]  # inferred: no config


# --- 1. recurrence as a list of iCalendar lines -------------------------------------------------------------------
def room_calendar(repeat: list[str]) -> dict:
    return {
        "entries": [
            {
                "ref": "r1",
                "name": "Choir rehearsal",
                "begins": {"date": "2027-03-03"},
                "ends": {"date": "2027-03-04"},
                "repeat": repeat,
            },
            {"ref": "r2", "name": "Open day", "begins": {"date": "2027-03-10"}, "ends": {"date": "2027-03-11"}},
            {"ref": "r3", "name": "Flea market", "begins": {"date": "2027-03-20"}, "ends": {"date": "2027-03-21"}},
        ]
    }


def test_a_list_of_recurrence_lines_is_the_series_it_states() -> None:
    events = json_events(room_calendar(["RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;VALUE=DATE:20270310"]))

    rehearsals = sorted(event.start for event in events if event.title == "Choir rehearsal")
    assert rehearsals == [dt.date(2027, 3, 3), dt.date(2027, 3, 17)]  # three weeks, the 10th excepted
    assert sorted(event.title for event in events if event.title != "Choir rehearsal") == ["Flea market", "Open day"]


def test_a_list_of_plain_words_is_no_recurrence() -> None:
    events = json_events(room_calendar(["weekly", "FREQUENT visitors welcome"]))

    assert [event.start for event in events if event.title == "Choir rehearsal"] == [dt.date(2027, 3, 3)]
    assert all(event.rrule is None for event in events)


# --- 2. midnight to midnight --------------------------------------------------------------------------------------
def test_midnight_to_a_later_midnight_is_an_all_day_event() -> None:
    document = {
        "items": [
            {
                "summary": "Library closed",
                "start": {"dateTime": "2027-03-05T00:00:00+01:00"},
                "end": {"dateTime": "2027-03-06T00:00:00+01:00"},
            },
            {
                "summary": "Book fair",
                "start": {"dateTime": "2027-03-08T00:00:00+01:00"},
                "end": {"dateTime": "2027-03-10T00:00:00+01:00"},
            },
            {
                "summary": "Reading hour",
                "start": {"dateTime": "2027-03-09T10:00:00+01:00"},
                "end": {"dateTime": "2027-03-09T11:00:00+01:00"},
            },
        ]
    }

    events = {event.title: event for event in json_events(document)}

    assert (events["Library closed"].all_day, events["Library closed"].start, events["Library closed"].end) == (
        True,
        dt.date(2027, 3, 5),
        None,
    )
    assert (events["Book fair"].start, events["Book fair"].end) == (dt.date(2027, 3, 8), dt.date(2027, 3, 9))
    assert events["Reading hour"].all_day is False


def test_midnight_to_a_time_of_day_is_not_a_whole_day() -> None:
    midnight = dt.datetime(2027, 3, 5, tzinfo=BERLIN)

    assert whole_day(midnight, midnight + dt.timedelta(days=1))
    assert whole_day(midnight, midnight + dt.timedelta(days=3))
    assert not whole_day(midnight, midnight + dt.timedelta(hours=10))
    assert not whole_day(midnight, midnight)  # no length: a moment
    assert not whole_day(midnight + dt.timedelta(hours=2), midnight + dt.timedelta(days=1))
    assert not whole_day(midnight, None)
    # a midnight in another offset than the zone's is a moment there (UTC midnight is 01:00 in Berlin in March)
    utc = midnight.replace(tzinfo=dt.UTC)
    assert whole_day(utc, utc + dt.timedelta(days=1))  # no zone to read it in: its own wall time
    assert not whole_day(utc, utc + dt.timedelta(days=1), BERLIN)
    assert whole_day(midnight, midnight + dt.timedelta(days=1), BERLIN)


# --- 3. the runtime of what an item is an occurrence of ----------------------------------------------------------
def test_an_episode_lasts_its_series_runtime() -> None:
    episodes = [
        {
            "title": title,
            "airDateUtc": when,
            "episodeNumber": number,
            "series": {"title": "Harbour Lights", "runtime": 45, "network": "Coast TV"},
        }
        for number, (title, when) in enumerate(
            [("Low Tide", "2027-03-04T20:00:00Z"), ("The Lamp Room", "2027-03-11T20:00:00Z")], start=1
        )
    ]

    events = json_events(episodes)

    assert [(event.title, event.end - event.start) for event in events] == [
        ("Low Tide", dt.timedelta(minutes=45)),
        ("The Lamp Room", dt.timedelta(minutes=45)),
    ]


def test_a_recordings_duration_is_still_not_the_events() -> None:
    talks = [
        {"title": title, "start": when, "video": {"url": f"https://talks.example/{n}.mp4", "duration": 3600}}
        for n, (title, when) in enumerate(
            [("Bees in winter", "2027-03-04T18:00:00+01:00"), ("Soil", "2027-03-05T18:00:00+01:00")]
        )
    ]

    assert [event.end for event in json_events(talks)] == [None, None]


# --- 4. a show's one place in a list ------------------------------------------------------------------------------
def festival(second_venue: bool = False) -> dict:
    corn = {"title": "Corn Exchange", "address1": "2 Market Square", "postCode": "CB2 3QB"}
    hall = {"title": "St Mary's Hall", "address1": "9 Church Lane", "postCode": "CB1 1AA"}
    return {
        "shows": [
            {
                "title": "Puppet Parade",
                "venues": [corn, hall] if second_venue else [corn],
                "performances": [
                    {"id": 11, "dateTime": "2027-03-04T18:00:00Z"},
                    {"id": 12, "dateTime": "2027-03-05T18:00:00Z"},
                ],
            },
            {
                "title": "Choir Night",
                "venues": [hall],
                "performances": [{"id": 21, "dateTime": "2027-03-06T19:30:00Z"}],
            },
        ]
    }


def test_a_shows_one_venue_in_a_list_is_where_its_performances_are() -> None:
    events = json_events(festival(), zone=LONDON)

    assert sorted((event.title, event.start.day, event.venue_name) for event in events) == [
        ("Choir Night", 6, "St Mary's Hall"),
        ("Puppet Parade", 4, "Corn Exchange"),
        ("Puppet Parade", 5, "Corn Exchange"),
    ]
    assert all("2 Market Square" in (event.address or "") for event in events if event.title == "Puppet Parade")
    # "postCode" names the postcode as "postalCode" would: the address carries it
    assert all("CB2 3QB" in (event.address or "") for event in events if event.title == "Puppet Parade")


def test_a_list_of_several_places_is_not_one_venue() -> None:
    items = nested_items(festival(second_venue=True), "shows.performances")

    assert "venues" not in items[0]["^shows"]  # two places: which performance is where is not said
    assert items[2]["^shows"]["venues"] == [
        {"title": "St Mary's Hall", "address1": "9 Church Lane", "postCode": "CB1 1AA"}
    ]


# --- 5. an "overview" is the description ---------------------------------------------------------------------------
def test_an_episodes_overview_is_its_description_not_a_sync_stamp() -> None:
    episodes = [
        {
            "title": title,
            "airDateUtc": when,
            "overview": overview,
            "series": {"title": "Harbour Lights", "lastInfoSync": "2027-02-28T19:25:55.455594Z"},
        }
        for title, when, overview in [
            ("Low Tide", "2027-03-04T20:00:00Z", "The harbour master finds a boat nobody owns."),
            ("The Lamp Room", "2027-03-11T20:00:00Z", "A storm keeps the keeper's daughter in the lighthouse."),
        ]
    ]

    assert [event.description for event in json_events(episodes)] == [
        "The harbour master finds a boat nobody owns.",
        "A storm keeps the keeper's daughter in the lighthouse.",
    ]
