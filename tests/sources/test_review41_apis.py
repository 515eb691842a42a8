"""review41: the rules of held-out batch 71 (apis71) probed both ways, on small documents of our own: iCalendar
parameter keys in JSON (``_json_ical_params``), weekday-first day headings under date keys (``_json_heading_dates``),
sides keyed "h" and "a" (``_json_initial_sides``), "kickoff" as a start and "ground" as a place (``_json_fields``),
and the all-day end beside moments (``_json_either``).

Misfires found and mended: a TZID written as a Windows zone's name or behind a vendor's prefix was read at the
source's zone; a TZID beside an extended-format value was dropped; a clock without seconds or a lower-case "z" lost
the event; a lone all-day item's DTEND;VALUE=DATE (the day after) was read as its last day; a plain "dtstart" day
beside a "dtend;value=date" was read as a midnight; a heading whose weekday is not its day's was read; "Tue 14
October 2031" was not; one "team" object's "h" and "a" fields were read as a game's two sides.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _json_ical_params
from sources.adapters._json_initial_sides import initial_side
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/London")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 4, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


def item(title: str, **keys: Any) -> dict[str, Any]:
    """A calendar export's event, its keys given with "__" for ";" ("dtstart__value=date")."""
    return {"summary": title, "uid": f"{title}@fest.example", "location": "Castle Street, Exeter"} | {
        key.replace("__", ";"): value for key, value in keys.items()
    }


def starts(read: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["title"], e["start"], e["end"]) for e in read]


# --- iCalendar parameter keys: real events read right ------------------------------------------------------------


@pytest.mark.parametrize(
    ("tzid", "value", "start"),
    [
        ('"Europe/Berlin"', "T190000", "T18:00:00+01:00"),  # a quoted TZID
        ("W. Europe Standard Time", "T190000", "T18:00:00+01:00"),  # Outlook's Windows name for Berlin's zone
        ("Eastern Standard Time", "T140000", "T19:00:00+01:00"),  # New York's, 14:00 there
        ("/mozilla.org/20070129_1/Europe/Berlin", "T190000", "T18:00:00+01:00"),  # a vendor's prefix
        ("Europe/Paris", "T1900", "T18:00:00+01:00"),  # no seconds
        ("Europe/Paris", "T190000z", "T20:00:00+01:00"),  # a lower-case "z" is UTC's too
        ("America/New_York", "T14:00:00", "T19:00:00+01:00"),  # an extended-format clock takes the TZID's zone
        ("utc+0", "T190000", "T19:00:00+01:00"),  # a calendar's own label: floating, the source's zone
    ],
)
def test_a_tzid_in_any_of_its_spellings_gives_the_clock_its_zone(tzid: str, value: str, start: str) -> None:
    def day(n: int) -> str:
        return f"2031-10-0{n}" if ":" in value else f"2031100{n}"

    read = events([item(f"Talk {n}", **{f"dtstart__tzid={tzid}": day(n) + value}) for n in (1, 2)])
    assert [e["start"] for e in read] == [f"2031-10-0{n}{start}" for n in (1, 2)]


def test_a_lone_all_day_items_dtend_is_the_day_after() -> None:
    read = events([item("Fair", **{"dtstart__value=date": "20311006", "dtend__value=date": "20311007"})])
    assert [(e["start"], e["end"], e["all_day"]) for e in read] == [("2031-10-06", None, True)]


def test_a_lone_two_day_items_dtend_is_the_day_after_its_last() -> None:
    read = events([item("Fair", **{"dtstart__value=date": "20311006", "dtend__value=date": "20311008"})])
    assert [(e["start"], e["end"]) for e in read] == [("2031-10-06", "2031-10-07")]


def test_a_plain_dtstart_day_beside_a_parameter_dtend_is_a_day() -> None:
    read = events(
        [item(f"Fair {n}", dtstart=f"2031100{n}", **{"dtend__value=date": f"2031100{n + 1}"}) for n in (1, 3, 5)]
    )
    assert [(e["start"], e["end"], e["all_day"]) for e in read] == [(f"2031-10-0{n}", None, True) for n in (1, 3, 5)]


def test_several_multi_day_items_end_the_day_before_their_dtend() -> None:
    read = events([item(f"Fair {n}", **{"dtstart__value=date": f"2031100{n}", "dtend__value=date": f"2031100{n + 3}"})
                   for n in (1, 3, 5)])  # fmt: skip
    assert [(e["start"], e["end"]) for e in read] == [(f"2031-10-0{n}", f"2031-10-0{n + 2}") for n in (1, 3, 5)]


def test_two_one_day_items_keep_no_end() -> None:
    read = events([item(f"Fair {n}", **{"dtstart__value=date": f"2031100{n}", "dtend__value=date": f"2031100{n + 1}"})
                   for n in (1, 3)])  # fmt: skip
    assert [(e["start"], e["end"]) for e in read] == [("2031-10-01", None), ("2031-10-03", None)]


@pytest.mark.parametrize(
    ("key", "field", "text"),
    [
        ("summary;language=en", "title", "Bellhouse"),  # a title with a language: still the title
        ('description;altrep="cid:part1"', "description", "About the talk"),
        ('location;altrep="https://hall.example/"', "venue_name", "Town Hall"),
    ],
)
def test_a_text_property_with_a_parameter_keeps_its_text(key: str, field: str, text: str) -> None:
    documents = [{"uid": f"{n}@x", "dtstart;tzid=Europe/London": f"2031100{n}T190000", key: text,
                  **({} if field == "title" else {"summary": f"Talk {n}"})} for n in (1, 2)]  # fmt: skip
    assert [e[field] for e in events(documents)] == [text, text]


def test_days_with_dashes_under_value_date_stay_days() -> None:
    read = events([item(f"Fair {n}", **{"dtstart__value=date": f"2031-10-0{n}"}) for n in (1, 3)])
    assert [(e["start"], e["all_day"]) for e in read] == [("2031-10-01", True), ("2031-10-03", True)]


def test_a_value_date_time_and_a_tzid_together() -> None:
    read = events([item(f"Talk {n}", **{"dtstart__value=date-time;tzid=Europe/London": f"2031100{n}T190000"})
                   for n in (1, 2)])  # fmt: skip
    assert [e["start"] for e in read] == ["2031-10-01T19:00:00+01:00", "2031-10-02T19:00:00+01:00"]


# --- iCalendar parameter keys: what they must leave alone ------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"dtid;scheme=ref": "20311312"}, {"dtid": "20311312"}),  # no day (month 13): kept as written
        ({"dtcode;type=x": "12345678"}, {"dtcode": "12345678"}),  # eight digits, no date
        ({"zip;type=de": "20311006"}, {"zip": "20311006"}),  # a postcode's digits: no date property
        ({"style;color=red": "x"}, {"style": "x"}),
        ({"dtstart;tzid=Europe/Paris": "2031-10-07T19:00:00+05:00"}, {"dtstart": "2031-10-07T19:00:00+05:00"}),
        ({"dtstart;tzid=Nowhere/Land": "2031-10-07T19:00:00"}, {"dtstart": "2031-10-07T19:00:00"}),
        ({"dtstart;tzid=Europe/Paris": "2031-10-07"}, {"dtstart": "2031-10-07"}),  # a day has no clock to zone
        # no dated key split: the plain DT key beside it is left as written
        ({"dtstamp": "20311006", "tel;type=cell": "0123"}, {"dtstamp": "20311006", "tel": "0123"}),
    ],
)
def test_values_that_are_no_dated_property_are_kept(document: dict[str, Any], expected: dict[str, Any]) -> None:
    assert _json_ical_params.plain_properties(document) == expected


def test_a_plain_dt_key_beside_a_parameter_key_reads_alike() -> None:
    assert _json_ical_params.plain_properties({"dtstart": "20311001", "dtend;value=date": "20311002"}) == {
        "dtstart": "2031-10-01",
        "dtend": "2031-10-02",
    }


def test_events_with_eight_digit_ids_under_parameter_keys_keep_their_start() -> None:
    read = events([{"title": f"Concert {n}", "start": f"2031-10-0{n}T19:30:00", "dtid;scheme=ref": "20311312",
                    "zip;type=de": "20311006"} for n in (1, 2)])  # fmt: skip
    assert starts(read) == [(f"Concert {n}", f"2031-10-0{n}T19:30:00+01:00", None) for n in (1, 2)]


# --- weekday-first day headings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "days",
    [
        ("Tue 14 October 2031", "Wed 15 October 2031"),  # a short weekday, a month's full name
        ("Tuesday, 14 Oct 2031", "Wednesday, 15 Oct 2031"),
        ("Tuesday 14 October 2031", "Wednesday 15 October 2031"),
    ],
)
def test_a_heading_in_any_mix_of_long_and_short_names_is_a_date(days: tuple[str, str]) -> None:
    read = events([{"title": f"Quiz {n}", "date": day, "time": "19:00"} for n, day in enumerate(days)])
    assert [e["start"] for e in read] == ["2031-10-14T19:00:00+01:00", "2031-10-15T19:00:00+01:00"]


def test_a_heading_whose_weekday_is_not_its_days_is_no_date() -> None:
    # "Monday 14 October 2031": the 14th is a Tuesday; the heading contradicts itself and is not read as a day
    read = events([{"title": f"Quiz {n}", "date": f"Monday 1{n} October 2031", "time": "19:00"} for n in (4, 5)])
    assert read == []


@pytest.mark.parametrize(
    "document",
    [
        [{"name": f"Person {n}", "birthday": f"Tuesday 1{n} October 1985", "email": f"p{n}@x.example"} for n in (1, 2)],
        [{"headline": f"Council news {n}", "dateAdded": f"Tuesday 1{n} October 2031", "body": "The budget."}
         for n in (1, 2)],
        [{"shop": f"Bakery {n}", "days": "Monday to Saturday", "opens": "08:00"} for n in (1, 2)],
        [{"title": f"Menu {n}", "lastUpdatedDay": f"Tuesday 1{n} October 2031", "price": "9.50"} for n in (1, 2)],
    ],
)  # fmt: skip
def test_day_headings_in_records_that_are_no_events_make_none(document: list[dict[str, Any]]) -> None:
    assert events(document) == []


# --- sides keyed "h" and "a" ------------------------------------------------------------------------------------


def test_one_teams_h_and_a_fields_are_no_game() -> None:
    # a workshop's "team" object: its "h" and "a" (hours, assistants) are its own fields, not two sides
    read = events([{"title": f"Workshop {n}", "start": f"2031-10-0{n}T10:00:00",
                    "team": {"h": {"name": "Hours logged"}, "a": {"name": "Assistants"}}} for n in (1, 2)])  # fmt: skip
    assert [e["title"] for e in read] == ["Workshop 1", "Workshop 2"]
    assert not initial_side("team.h.name")


def test_teams_h_and_a_with_a_title_of_their_own_keep_it() -> None:
    read = events([{"title": f"Quarterly review {n}", "start": f"2031-10-0{n}T10:00:00",
                    "teams": {"h": {"name": "Human Resources"}, "a": {"name": "Accounting"}}} for n in (1, 2)])  # fmt: skip
    assert [e["title"] for e in read] == ["Quarterly review 1", "Quarterly review 2"]


def test_nameless_games_with_teams_h_and_a_are_named_by_their_sides() -> None:
    read = events([{"date": f"2031-10-0{n}T15:00:00", "teams": {"h": {"name": f"Harbour {n}", "venue": "Quay Park"},
                    "a": {"name": f"River {n}", "venue": "Mill Lane"}}} for n in (1, 2)])  # fmt: skip
    assert [(e["title"], e["venue_name"]) for e in read] == [(f"Harbour {n} vs River {n}", "Quay Park") for n in (1, 2)]


def test_a_chess_final_with_participants_keeps_its_title() -> None:
    read = events([{"title": f"Chess final {n}", "date": f"2031-10-0{n}T15:00:00",
                    "participants": {"h": {"name": f"Anna {n}"}, "a": {"name": f"Bo {n}"}}} for n in (1, 2)])  # fmt: skip
    assert [e["title"] for e in read] == ["Chess final 1", "Chess final 2"]


# --- "kickoff" and "ground" -------------------------------------------------------------------------------------


def test_a_kickoff_clock_beside_a_match_day_is_its_start() -> None:
    read = events([{"matchDate": f"2031-10-1{n}", "kickoff": "15:00", "homeTeam": f"Home {n}", "awayTeam": f"Away {n}"}
                   for n in (1, 3)])  # fmt: skip
    assert [e["start"] for e in read] == ["2031-10-11T15:00:00+01:00", "2031-10-13T15:00:00+01:00"]


def test_kickoff_as_a_title_word_is_the_title() -> None:
    read = events([{"title": "Project kickoff meeting", "start": "2031-10-01T10:00:00", "room": "Meeting room 2"},
                   {"title": "Kickoff: autumn league", "start": "2031-10-02T10:00:00", "room": "Hall"}])  # fmt: skip
    assert starts(read) == [("Project kickoff meeting", "2031-10-01T10:00:00+01:00", None),
                            ("Kickoff: autumn league", "2031-10-02T10:00:00+01:00", None)]  # fmt: skip


def test_a_kickoff_beside_a_start_leaves_the_start() -> None:
    read = events([{"title": f"Season launch {n}", "start": f"2031-10-0{n}T18:00:00",
                    "kickoff": f"2031-10-0{n}T19:30:00"} for n in (1, 2)])  # fmt: skip
    assert [e["start"] for e in read] == ["2031-10-01T18:00:00+01:00", "2031-10-02T18:00:00+01:00"]


def test_projects_with_kickoff_dates_are_no_events() -> None:
    projects = [{"project": f"Website redesign {n}", "owner": "Ana", "kickoff": f"2031-10-0{n}",
                 "deadline": f"2031-12-0{n}", "budget": 1200} for n in (1, 2, 3)]  # fmt: skip
    assert events(projects) == []


def test_faceoff_statistics_are_no_start() -> None:
    read = events([{"game": f"Game {n}", "date": f"2031-10-1{n}T19:00:00", "faceoffWins": 30 + n, "faceoffPct": 51.5}
                   for n in (1, 2)])  # fmt: skip
    assert [e["start"] for e in read] == ["2031-10-11T19:00:00+01:00", "2031-10-12T19:00:00+01:00"]


@pytest.mark.parametrize(
    "extra",
    [
        {"ground_floor": "Yes"},  # a floor, not a place
        {"floor": "Ground", "room": "Seminar room 2"},
        {"groundTransportation": "Shuttle bus from the airport every 30 minutes"},
        {"ground_colour": "#ffffff", "ground_type": "grass"},
        {"ground_level": "Level 0 (street level)"},
    ],
)
def test_ground_words_beside_a_venue_leave_the_venue(extra: dict[str, Any]) -> None:
    read = events([{"title": f"Book club {n}", "start": f"2031-10-0{n}T18:00:00", "venue": "Central Library"} | extra
                   for n in (1, 2)])  # fmt: skip
    assert [(e["title"], e["venue_name"]) for e in read] == [(f"Book club {n}", "Central Library") for n in (1, 2)]


def test_a_showground_is_the_place_and_never_the_title() -> None:
    read = events([{"name": f"Harvest Fair {n}", "date": f"2031-10-0{n}",
                    "ground": {"name": "County Showground", "town": "Exeter"}} for n in (1, 2)])  # fmt: skip
    assert [(e["title"], e["venue_name"], e["city"]) for e in read] == [
        (f"Harvest Fair {n}", "County Showground", "Exeter") for n in (1, 2)
    ]
