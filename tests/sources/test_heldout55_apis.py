"""The fifty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout55.json, each file
measured once before these rules), on small documents of our own.

Calendar JSON kept as test fixtures: iCal4j's JSCalendar events (read right cold), RFC 7265's jCal example as
ical.js keeps it, a church's Elvanto events whose times are UTC without an offset; a JSCalendar task and an empty
jCal calendar as the hard negatives. The cold measure (found 7/20) taught:

- a jCal document (``["vcalendar", [properties], [components]]``) is the iCalendar file it stands for: its
  VEVENTs are read by the iCalendar adapter, with their zones and series (``_jcal``);
- starts written without an offset whose records' descriptions state the clock they give read as UTC ("Our
  services start at 9:30am" beside 23:30 the day before, in Tasmania) are UTC clocks (``_json_utc_said``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters._jcal import jcal_text, looks_like_jcal
from sources.adapters._json_utc_said import clocks_said_utc
from sources.adapters.base import FetchWindow
from sources.adapters.ics import ICalendarAdapter
from sources.extraction import ExtractionError, extract_document
from tests.sources.helpers import json_events

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def _read(document: object) -> list[dict[str, object]]:
    return extract_document(json.dumps(document).encode(), window=WINDOW, zone=BERLIN).events


def _calendar(*components: list[object]) -> list[object]:
    head = [["prodid", {}, "text", "-//Example//Club calendar//EN"], ["version", {}, "text", "2.0"]]
    return ["vcalendar", head, list(components)]


def _event(uid: str, summary: str, *properties: list[object]) -> list[object]:
    return ["vevent", [["uid", {}, "text", uid], ["summary", {}, "text", summary], *properties], []]


TIMED = _event(
    "choir-1",
    "Spring choir concert",
    ["dtstart", {"tzid": "Europe/Berlin"}, "date-time", "2031-04-12T19:30:00"],
    ["dtend", {"tzid": "Europe/Berlin"}, "date-time", "2031-04-12T21:00:00"],
    ["location", {}, "text", "St. Marien, Hauptstraße 4"],
    ["url", {}, "uri", "https://club.example.org/concert"],
)
ALL_DAY = _event("fair-1", "Flea market", ["dtstart", {}, "date", "2031-05-03"], ["dtend", {}, "date", "2031-05-04"])
SERIES = _event(
    "run-1",
    "Parkrun",
    ["dtstart", {}, "date-time", "2031-03-07T08:00:00Z"],
    ["duration", {}, "duration", "PT1H"],
    ["rrule", {}, "recur", {"freq": "WEEKLY", "count": 3}],
)


def test_a_jcal_calendar_is_read_as_the_icalendar_file_it_stands_for() -> None:
    found = _read(_calendar(TIMED, ALL_DAY, SERIES))
    by_title = {event["title"]: event for event in found if event["title"] != "Parkrun"}
    concert = by_title["Spring choir concert"]
    assert (concert["start"], concert["end"]) == ("2031-04-12T19:30:00+02:00", "2031-04-12T21:00:00+02:00")
    assert concert["venue_name"] == "St. Marien"
    assert concert["url"] == "https://club.example.org/concert"
    assert by_title["Flea market"]["start"] == "2031-05-03"
    assert by_title["Flea market"]["all_day"] is True
    runs = sorted(event["start"] for event in found if event["title"] == "Parkrun")
    assert runs == ["2031-03-07T09:00:00+01:00", "2031-03-14T09:00:00+01:00", "2031-03-21T09:00:00+01:00"]
    assert {event["source"] for event in found} == {"ics"}


def test_a_list_of_jcal_calendars_is_read_as_one_file_holding_them() -> None:
    found = _read([_calendar(TIMED), _calendar(ALL_DAY)])
    assert sorted(event["title"] for event in found) == ["Flea market", "Spring choir concert"]


def test_a_jcal_calendar_without_components_holds_no_event() -> None:
    assert _read(_calendar()) == []


def test_a_jcal_sniff_parses_only_what_opens_as_one() -> None:
    assert looks_like_jcal('  [ "VCALENDAR", [], [] ]')
    assert looks_like_jcal('[["vcalendar", [], []]]')
    assert not looks_like_jcal('{"vcalendar": []}')
    assert ICalendarAdapter.sniff(json.dumps(_calendar(TIMED)).encode())


# --- hard negatives: look alike, are not jCal ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "document",
    [
        ["vcalendar", "vevent", "vtodo"],  # a list of words (tags) that starts with the name
        ["vcard", [["fn", {}, "text", "Ada Example"], ["version", {}, "text", "4.0"]], []],  # a jCard
        ["vcalendar", [["summary", {}]], []],  # a property without its type and value
        ["vcalendar", [], [["vevent", "not a property list", []]]],  # a component of the wrong outline
        {"vcalendar": [{"summary": "Choir", "start": "2031-04-12"}]},  # an object keyed by the word
    ],
    ids=["words", "jcard", "short-property", "bad-component", "object"],
)
def test_what_only_looks_like_jcal_is_not_read_as_a_calendar(document: object) -> None:
    payload = json.dumps(document).encode()
    assert jcal_text(payload.decode()) is None
    assert not ICalendarAdapter.sniff(payload)


def test_jcal_components_nested_deeper_than_a_calendar_are_refused() -> None:
    node: list[object] = ["vevent", [["summary", {}, "text", "Deep"]], []]
    for _ in range(20):
        node = ["x-nest", [], [node]]
    assert jcal_text(json.dumps(["vcalendar", [], [node]])) is None


def test_a_broken_jcal_value_is_not_read_rather_than_raised() -> None:
    bad = _calendar(_event("x", "Bad date", ["dtstart", {}, "date-time", "not a moment"]))
    assert jcal_text(json.dumps(bad)) is None
    with pytest.raises(ExtractionError):
        extract_document(json.dumps(bad).encode(), window=WINDOW, zone=BERLIN)


# --- naive clocks the descriptions say are UTC ---------------------------------------------------------------------
HOBART = zoneinfo.ZoneInfo("Australia/Hobart")
SUNDAY = dt.datetime(2031, 6, 1, 0, 0, tzinfo=HOBART)
church_events = functools.partial(
    json_events,
    window=FetchWindow(start=SUNDAY - dt.timedelta(days=2), end=SUNDAY + dt.timedelta(days=60)),
    zone=HOBART,
)
SERVICE = "<p>Our services start at 9:30am. We sing, pray and share morning tea.</p>"


def _church(name: str, start: str, end: str, description: str) -> dict[str, object]:
    return {"name": name, "description": description, "where": "Church hall", "start_date": start, "end_date": end}


UTC_LIST = [
    _church("6:18 Prayer Meeting", "2031-05-31 23:00:00", "2031-05-31 23:15:00", ""),
    _church("Sunday Service", "2031-05-31 23:30:00", "2031-06-01 01:00:00", SERVICE),
    _church("Sunday Service", "2031-06-07 23:30:00", "2031-06-08 01:00:00", SERVICE),
    _church("Youth night", "2031-06-11 08:30:00", "2031-06-11 09:45:00", "<p>Games and pizza</p>"),
]


def test_naive_starts_the_descriptions_state_in_utc_are_read_as_utc() -> None:
    found = church_events(UTC_LIST)
    starts = [(event["title"], event["start"]) for event in found]
    assert starts == [
        ("6:18 Prayer Meeting", "2031-06-01T09:00:00+10:00"),  # "6:18" in a title names a verse: no vote either way
        ("Sunday Service", "2031-06-01T09:30:00+10:00"),
        ("Sunday Service", "2031-06-08T09:30:00+10:00"),
        ("Youth night", "2031-06-11T18:30:00+10:00"),
    ]
    assert found[1]["end"] == "2031-06-01T11:00:00+10:00"


def _starts(document: list[dict[str, object]]) -> list[object]:
    return [event["start"] for event in church_events(document)]


def test_descriptions_stating_the_clock_as_written_keep_it_local() -> None:
    local = [
        _church("Sunday Service", f"2031-06-0{day} 09:30:00", f"2031-06-0{day} 11:00:00", SERVICE) for day in (1, 8)
    ]
    assert _starts(local) == ["2031-06-01T09:30:00+10:00", "2031-06-08T09:30:00+10:00"]


def test_one_record_alone_or_one_against_proves_nothing() -> None:
    alone = [UTC_LIST[1], _church("Choir", "2031-06-03 09:00:00", "2031-06-03 10:00:00", "Rehearsal")]
    assert _starts(alone)[0] == "2031-05-31T23:30:00+10:00"
    against = [
        *UTC_LIST[1:3],
        _church("Morning tea", "2031-06-04 10:00:00", "2031-06-04 11:00:00", "From 10:00 in the hall"),
    ]
    assert _starts(against)[0] == "2031-05-31T23:30:00+10:00"


def test_starts_with_an_offset_or_a_zone_at_utc_are_left_as_they_are() -> None:
    mapping = {"start": "start_date", "description": "description"}
    stated = [_church("Sunday Service", "2031-05-31T23:30:00+10:00", "", SERVICE)] * 3
    assert not clocks_said_utc(stated, mapping, HOBART)
    assert not clocks_said_utc(UTC_LIST, mapping, zoneinfo.ZoneInfo("UTC"))
    assert not clocks_said_utc(UTC_LIST, {"start": "start_date"}, HOBART)  # no description read
    assert clocks_said_utc(UTC_LIST, mapping, HOBART)
