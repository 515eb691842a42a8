"""Read-through 58's JSON, feed and name findings, mended (helper mend58b); each test fails on main 846fa231
without its mend, with hard negatives beside it. Dates 2031+.

1. A town whose first word is a given name ("Ann Arbor", "Stanley Crook") is no person, and a hall or church named
   for a queen, a prince or a virtue ("Albert Hall", "Grace Church") is a venue (``_given_names``).
2. A schema.org Schedule's own frequency ("P2W", "P1M" with "byMonthWeek") is kept in its rule, not read as every
   week (``_json_weekday_runs``).
3. The host's address is the event's when the record names no place of its own (``_json_organiser_parts``).
4. An hour said in words ("Open Mic at Eight") is no venue (``_feed_slug_place``).
5. A series whose start has a fixed offset ("18:00+01:00", no zone) keeps it in every occurrence (``_record_series``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters._feed_slug_place import slug_place
from sources.adapters._given_names import person_or_group
from sources.adapters._json_weekday_runs import weekday_run
from sources.adapters._page_opening_places import place_sentence
from sources.adapters._page_tail_places import at_the_place
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import json_events

LONDON = zoneinfo.ZoneInfo("Europe/London")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
WINDOW = FetchWindow(start=dt.datetime(2031, 11, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 6, 1, tzinfo=dt.UTC))
read_json = functools.partial(json_events, window=WINDOW, zone=LONDON)

LINK = "https://campus.example/event/open-mic"


# 4. An hour in words ------------------------------------------------------------------------------------------------


def test_an_hour_in_words_is_no_venue() -> None:
    assert slug_place("Open Mic at Eight", LINK) == ("Open Mic at Eight", None, None, None)
    assert slug_place("Open Mic at Half Past Seven", LINK)[1] is None


def test_a_venue_named_with_a_number_word_is_still_the_venue() -> None:
    assert slug_place("Open Mic at Eight Bells", LINK)[:2] == ("Open Mic", "Eight Bells")
    assert slug_place("Open Mic at The Nine Tailors", LINK)[:2] == ("Open Mic", "The Nine Tailors")


# 2. A Schedule's own frequency --------------------------------------------------------------------------------------


def schedule(name: str, days: list[str], **said: object) -> dict:
    run = {"@type": "Schedule", "startDate": "2031-12-01", "endDate": "2032-02-29", "byDay": days, "startTime": "19:00"}
    place = {"name": "Central Library", "address": "1 Main Street, Springfield"}
    return {"name": name, "location": place, "eventSchedule": {**run, **said}}


def starts(events: list[dict], title: str) -> list[str]:
    return [str(event["start"])[:10] for event in events if event["title"] == title]


def test_a_fortnightly_or_monthly_schedule_keeps_its_frequency() -> None:
    events = read_json(
        {
            "events": [
                schedule("Knitting Circle", ["Tuesday"], repeatFrequency="P2W"),
                schedule("Book Group", ["Thursday"], repeatFrequency="P1M", byMonthWeek=1),
                schedule("Chess Club", ["Friday"]),
            ]
        }
    )
    assert starts(events, "Knitting Circle") == [
        "2031-12-02", "2031-12-16", "2031-12-30", "2032-01-13", "2032-01-27", "2032-02-10", "2032-02-24"
    ]  # fmt: skip
    assert starts(events, "Book Group") == ["2031-12-04", "2032-01-01", "2032-02-05"]
    assert len(starts(events, "Chess Club")) == 13  # no frequency stated: every Friday, as before


def test_the_stated_frequency_is_the_rules() -> None:
    run = {"startDate": "2031-12-01", "endDate": "2032-03-01", "byDay": ["Tuesday"], "startTime": "19:00"}
    assert weekday_run({**run, "repeatFrequency": "P2W"})["recurrence"] == (
        "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2;UNTIL=20320301T235959"
    )
    last = weekday_run({**run, "repeatFrequency": "P1M", "byMonthWeek": [-1]})
    assert (last["startDate"], last["recurrence"]) == ("2031-12-30", "FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20320301T235959")
    assert weekday_run({**run, "repeatFrequency": "P1W"})["recurrence"] == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20320301T235959"


def test_a_frequency_this_does_not_read_leaves_the_object_alone() -> None:
    run = {"startDate": "2031-12-01", "endDate": "2032-03-01", "byDay": ["Tuesday"], "startTime": "19:00"}
    for said in ({"repeatFrequency": "P1Y"}, {"repeatFrequency": "P1M"}, {"interval": 2}, {"repeatCount": 4},
                 {"repeatFrequency": "P1M", "byMonthWeek": True}, {"repeatFrequency": "P0W"}):  # fmt: skip
        assert weekday_run({**run, **said}) is None, said
    assert weekday_run({**run, "repeatFrequency": "P1M", "byMonthWeek": 1, "byDay": ["Tu", "Th"]}) is None
    empty = weekday_run({**run, "repeatFrequency": None})  # an empty statement says nothing: every week
    assert empty["recurrence"] == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20320301T235959"


# 3. The host's address when it is the only place --------------------------------------------------------------------


def hosted(title: str, day: int, branch: str, street: str, **own: object) -> dict:
    host = {"name": branch, "address": f"{street}, Springfield"}
    return {"title": title, "start": f"2031-12-{day:02d}T10:00:00-05:00", "host": host, **own}


def test_the_hosts_address_is_the_events_when_the_record_has_no_place_of_its_own() -> None:
    events = read_json(
        {
            "events": [
                hosted("Storytime", 10, "Central Library", "1 Main Street"),
                hosted("Lego Club", 11, "Central Library", "1 Main Street"),
                hosted("Chess Club", 12, "East Branch", "9 Elm Road"),
            ]
        }
    )
    assert [event["address"] for event in events] == [
        "1 Main Street, Springfield", "1 Main Street, Springfield", "9 Elm Road, Springfield"
    ]  # fmt: skip


def test_the_hosts_address_beside_a_venue_of_the_records_own_is_still_the_hosts() -> None:
    venue = {"name": "Riverside Hall", "address": "5 Quay Street, Springfield"}
    events = read_json(
        {
            "events": [
                hosted("Dance Night", 10, "Springfield Dance Club", "12 Club Road", venue=venue),
                hosted("Tango Night", 11, "Springfield Dance Club", "12 Club Road", venue=venue),
                hosted("Salsa Night", 12, "Springfield Dance Club", "12 Club Road", venue=venue),
            ]
        }
    )
    assert {event["address"] for event in events} == {"5 Quay Street, Springfield"}


# 1. Towns and venues whose first word is a given name ---------------------------------------------------------------


@pytest.mark.parametrize("town", ["Ann Arbor", "Rose Hill", "Stanley Crook", "Albert Lea", "Carol Stream"])
def test_a_town_whose_first_word_is_a_given_name_is_no_person(town: str) -> None:
    assert not person_or_group(town)
    assert at_the_place(f"Folk Night at the Swan, {town}") == ("Folk Night", f"Swan, {town}")


@pytest.mark.parametrize("name", ["Ben Stiller", "Joan Hickson", "Bill Smith", "José Ferrer", "Mary Jane Smith"])
def test_a_given_name_and_a_surname_are_still_a_person(name: str) -> None:
    assert person_or_group(name)
    assert at_the_place(f"Screening: Night at the Museum, {name}") is None


@pytest.mark.parametrize(
    "text", ["Albert Hall, Nottingham", "Victoria Hall, Hanley", "Grace Church, Brooklyn NY", "Jordan Hall, Boston MA"]
)
def test_a_hall_or_church_named_for_a_queen_or_a_virtue_is_a_venue(text: str) -> None:
    assert place_sentence(text) == text


@pytest.mark.parametrize("text", ["John Hall, Portland OR", "Mary Church, Leeds", "Lisa Chambers, Bristol"])
def test_a_person_whose_surname_is_a_places_word_is_still_no_venue(text: str) -> None:
    assert place_sentence(text) is None


# 5. A series whose start has a fixed offset --------------------------------------------------------------------------


def test_a_series_start_with_a_fixed_offset_keeps_it_in_every_occurrence() -> None:
    # no zone given (``extract`` without --tz): the series was expanded in UTC at the start's wall clock
    rule = "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20311210T235959"
    record = {"title": "Yoga", "location": "Park Hall", "start": "2031-12-01T18:00:00+01:00", "rrule": rule}
    other = {**record, "title": "Pilates", "start": "2031-12-02T19:00:00+01:00", "rrule": rule.replace("MO,WE", "TU")}
    events = extract_document(json.dumps({"events": [record, other]}).encode(), window=WINDOW, zone=None).events
    instants = [instant(event["start"]) for event in events if event["title"] == "Yoga"]
    assert instants == [f"2031-12-{day}T17:00:00+00:00" for day in ("01", "03", "08", "10")]


def test_a_series_start_in_its_zones_own_offset_is_still_expanded_in_the_zone() -> None:
    rule = "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=8"  # across the spring's change of clocks: the zone's wall time stays
    record = {"title": "Club Night", "location": "Park Hall", "start": "2032-01-01T19:00:00+01:00", "rrule": rule}
    events = json_events({"events": [record, {**record, "title": "Quiz"}]}, window=WINDOW, zone=PARIS)
    clocks = {str(event["start"])[10:] for event in events if event["title"] == "Club Night"}
    assert clocks == {"T19:00:00+01:00", "T19:00:00+02:00"}


def instant(start: str) -> str:
    return dt.datetime.fromisoformat(start).astimezone(dt.UTC).isoformat()
