"""Real feeds and XML calendars (bench/corpus/feeds: other projects' files, with provenance and licence in its
manifest) read with ``--kind auto`` and no per-site code: what their projects' own tests expect, and what the
readers add (times written beside a date, a series given as recurrence lines, xCal's overrides). Each file is
read in a fixed window starting at its manifest's "now", so the result is the same every day this runs."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from sources.adapters import rss
from sources.extraction import Extraction, default_window, extract_document

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "feeds"
CASES = {case["id"]: case for case in json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["cases"]}


def read(case_id: str) -> Extraction:
    case = CASES[case_id]
    zone = zoneinfo.ZoneInfo(case["tz"])
    now = dt.datetime.fromisoformat(case["now"]).replace(tzinfo=zone)
    payload = (CORPUS / case["file"]).read_bytes()
    return extract_document(payload, window=default_window(now), page_url=case["page_url"], zone=zone)


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_every_event_a_project_s_test_spells_out_is_read_on_its_day(case_id):
    extraction = read(case_id)
    zone = zoneinfo.ZoneInfo(CASES[case_id]["tz"])
    starts = {_local(event["start"], zone) for event in extraction.events}
    for expected in CASES[case_id]["expected"]["events"]:
        assert expected["start"] in starts
    # Every record the test counts is read, or quarantined with its reason (gdata's untitled entry, below).
    assert len(extraction.events) + len(extraction.skipped) >= (CASES[case_id]["expected"]["count"] or 0)


def _local(value: str, zone: zoneinfo.ZoneInfo) -> str:
    if len(value) == 10:
        return value
    return dt.datetime.fromisoformat(value).astimezone(zone).replace(tzinfo=None).isoformat()


def test_google_calendar_feed_entries_and_a_series_given_only_as_recurrence_lines():
    extraction = read("gdata-calendar-full-event-feed")
    assert extraction.adapter == "rss"
    deleted = next(event for event in extraction.events if event["title"] == "test deleted")
    assert (deleted["start"], deleted["end"], deleted["status"]) == (
        "2007-03-23T12:00:00-07:00",
        "2007-03-23T13:00:00-07:00",
        "cancelled",
    )
    park = next(event for event in extraction.events if event["title"] == "Afternoon at Dolores Park with Kim")
    assert park["venue_name"] == "Dolores Park with Kim"
    # "Team meeting" has no gd:when: its gd:recurrence (DTSTART;TZID=…, RRULE weekly on Fridays until
    # 17 August) is every Friday at 9:00 Pacific, each occurrence with its own stable id and the rule.
    team = [event for event in extraction.events if event["title"] == "Team meeting"]
    assert len(team) == 22
    assert team[0]["start"] == "2007-03-23T09:00:00-07:00"
    assert team[-1]["start"] == "2007-08-17T09:00:00-07:00"
    assert len({event["external_id"] for event in team}) == 22
    assert all(event["rrule"].startswith("FREQ=WEEKLY") for event in team)
    # The entry with an empty title is quarantined, as any untitled item is, with its reason.
    assert [reason for _, reason in extraction.skipped] == [rss.NO_TITLE]
    assert len(extraction.events) == 9 + 22


def test_boarddocs_records_take_the_time_their_description_states_for_their_date():
    extraction = read("chi-teacherpension-boarddocs")
    assert extraction.adapter == "xml"
    assert extraction.inferred is not None
    assert extraction.inferred["items"] == "meetings.meeting"
    investment, trustees, communications, pension_laws = extraction.events
    assert (investment["start"], investment["all_day"]) == ("2018-10-25", True)  # the file gives no time
    assert investment["url"] == "http://www.boarddocs.com/il/ctpf/Board.nsf/goto?open&id=B55S995DF24B"
    assert investment["external_id"] == "B55S995DF24B"
    assert trustees["start"] == "2018-10-18T09:30:00-05:00"  # "… on Thursday, October 18, 2018 at 9:30 A.M."
    assert any("description" in note for note in trustees["evidence"])
    assert trustees["confidence"] <= 0.8
    # A description with an address and no time leaves the date alone.
    assert (communications["start"], pension_laws["start"]) == ("2018-11-01", "2018-10-30")


def test_boarddocs_names_ending_in_a_time_give_the_start_and_a_clean_title():
    events = read("cle-metro-school-district-boarddocs").events
    assert [(event["start"], event["title"]) for event in events] == [
        ("2017-01-24T18:30:00-05:00", "Cleveland Municipal School District Board Business Meeting"),
        ("2011-05-24T18:30:00-04:00", "Cleveland Municipal School District Board Business Meeting"),  # "6:30 P.M"
        ("2011-08-18T18:00:00-04:00", "Cleveland Municipal School District Special Board Meeting"),
    ]
    assert events[0]["source_title"] == "Cleveland Municipal School District Board Business Meeting - 6:30 PM"


def test_xcal_examples_of_rfc_6321():
    (planning,) = read("xcal-rfc6321-example1").events
    assert (planning["title"], planning["start"], planning["all_day"]) == ("Planning meeting", "2008-10-06", True)
    events = read("xcal-rfc6321-example2").events
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Event #2", "2006-01-02T12:00:00-05:00", "2006-01-02T13:00:00-05:00"),
        ("Event #2", "2006-01-02T15:00:00-05:00", "2006-01-02T17:00:00-05:00"),  # the RDATE period, 2 hours
        ("Event #2", "2006-01-03T12:00:00-05:00", "2006-01-03T13:00:00-05:00"),
        ("Event #2 bis", "2006-01-04T14:00:00-05:00", "2006-01-04T15:00:00-05:00"),  # RECURRENCE-ID moved it
        ("Event #2", "2006-01-05T12:00:00-05:00", "2006-01-05T13:00:00-05:00"),
        ("Event #2", "2006-01-06T12:00:00-05:00", "2006-01-06T13:00:00-05:00"),
    ]
    assert len({event["external_id"] for event in events}) == 6


def test_reading_twice_gives_the_same_ids():
    for case_id in CASES:
        first = [event["external_id"] for event in read(case_id).events]
        assert first == [event["external_id"] for event in read(case_id).events]
