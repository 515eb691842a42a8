"""Real calendars from other projects' test suites (bench/corpus/calendars) that we used to drop: a weekday
series whose RRULE is written "BYDAY=MO, TU, WE" (collective/icalendar issue 165, an Exchange export) and
events whose SUMMARY is misspelt (jazzband/icalevents' recurring.ics). Expected values from those projects'
tests; see the corpus manifest."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from django.conf import settings

from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

FILES = Path(settings.BASE_DIR) / "bench" / "corpus" / "calendars" / "files"
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def read(name: str, start: dt.datetime, end: dt.datetime) -> list[dict]:
    window = FetchWindow(start=start, end=end)
    return extract_document((FILES / name).read_bytes(), window=window, kind="auto", zone=BERLIN).events


def test_an_rrule_with_spaces_after_its_commas_is_read():
    events = read(
        "icalendar_issue_165_missing_event.ics",
        dt.datetime(2015, 7, 1, tzinfo=BERLIN),
        dt.datetime(2015, 8, 1, tzinfo=BERLIN),
    )
    assert {event["title"] for event in events} == {"Sprint 25 Daily Standup"}
    days = [dt.datetime.fromisoformat(event["start"]).date() for event in events]
    assert days[0] == dt.date(2015, 7, 3)
    assert all(day.weekday() < 5 for day in days)  # MO, TU, WE, TH, FR
    assert max(days) <= dt.date(2015, 7, 22)  # UNTIL


def test_an_event_without_summary_is_named_by_its_description_as_a_guess():
    """icalevents asserts the occurrences (2018-10-22 10:00 +02:00, 2018-11-05 10:00 +01:00, none on the
    EXDATE of 29 October); the events have "SUMARRY", so the title is their description's first line."""
    events = read(
        "icalevents_recurring.ics", dt.datetime(2018, 10, 15, tzinfo=BERLIN), dt.datetime(2018, 11, 15, tzinfo=BERLIN)
    )
    mondays = [event for event in events if event["title"].startswith("Event recurring on wednesday")]
    starts = [event["start"] for event in mondays]
    assert "2018-10-22T10:00:00+02:00" in starts
    assert "2018-11-05T10:00:00+01:00" in starts
    assert not any(start.startswith("2018-10-29") for start in starts)
    assert all(event["confidence"] < 0.85 and event["evidence"] for event in mondays)
