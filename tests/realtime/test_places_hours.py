"""Open or closed from Google's weekday descriptions (realtime/places/hours.py), on the venue's own clock."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from realtime.places.hours import next_local_midnight, open_state, weekly_ranges
from tests.clock import days_ahead

RECORDED = Path(__file__).resolve().parent.parent / "sources" / "recorded" / "google_places"
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def recorded_hours(name: str, index: int = 0) -> list[str]:
    """weekdayDescriptions exactly as Google sent them (narrow no-break and thin spaces, en dashes)."""
    places = json.loads((RECORDED / name).read_text())["places"]
    return places[index]["regularOpeningHours"]["weekdayDescriptions"]


BLUE_NOTE = recorded_hours("search_blue_note.json")  # Mon–Thu 6 PM – 12:30 AM, Fri 6 PM – 2 AM, …


def next_weekday(weekday: int, zone: zoneinfo.ZoneInfo) -> dt.date:
    """The next date (from tomorrow) with that weekday, on the zone's calendar."""
    start = days_ahead(1, tz=zone)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def at(day: dt.date, hour: int, minute: int = 0, zone: zoneinfo.ZoneInfo = NEW_YORK) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


def test_reads_googles_recorded_lines():
    ranges = weekly_ranges(BLUE_NOTE)
    assert ranges is not None
    assert (4, dt.time(18, 0), dt.time(2, 0)) in ranges  # Friday, closing after midnight
    assert (6, dt.time(11, 30), dt.time(0, 30)) in ranges  # Sunday 11:30 AM – 12:30 AM
    # "Sunday: 2:00 – 10:00 PM": the opening time takes the closing time's PM.
    assert (6, dt.time(14, 0), dt.time(22, 0)) in weekly_ranges(recorded_hours("search_midway.json", 1))


def test_open_across_midnight_until_the_closing_time_on_the_venues_clock():
    saturday = next_weekday(5, NEW_YORK)
    # Friday's 6 PM – 2 AM is still running at 01:15 on Saturday morning.
    state = open_state(BLUE_NOTE, now=at(saturday, 1, 15), zone=NEW_YORK)
    assert state is not None
    assert state.open_now is True
    assert state.until == at(saturday, 2, 0).astimezone(dt.UTC)
    # At 02:15 it has closed; it opens again at 11:30 that morning (Saturday: 11:30 AM – 2:00 AM).
    state = open_state(BLUE_NOTE, now=at(saturday, 2, 15), zone=NEW_YORK)
    assert state is not None
    assert state.open_now is False
    assert state.until == at(saturday, 11, 30).astimezone(dt.UTC)


def test_the_same_instant_differs_by_zone():
    saturday = next_weekday(5, NEW_YORK)
    instant = at(saturday, 2, 30)  # 02:30 in New York is 01:30 in Chicago: Friday's range still runs there
    new_york = open_state(BLUE_NOTE, now=instant, zone=NEW_YORK)
    chicago = open_state(BLUE_NOTE, now=instant, zone=CHICAGO)
    assert new_york is not None
    assert chicago is not None
    assert new_york.open_now is False
    assert chicago.open_now is True
    assert chicago.until == at(saturday, 2, 0, CHICAGO).astimezone(dt.UTC)


def test_closed_days_lead_to_the_next_opening():
    hours = recorded_hours("search_midway.json", 1)  # Mon–Wed closed, Thu 6 PM – 2 AM
    monday = next_weekday(0, NEW_YORK)
    state = open_state(hours, now=at(monday, 12, 0), zone=NEW_YORK)
    assert state is not None
    assert state.open_now is False
    assert state.until == at(monday + dt.timedelta(days=3), 18, 0).astimezone(dt.UTC)


def test_open_around_the_clock_has_no_boundary():
    hours = [
        f"{day}: Open 24 hours"
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    ]
    state = open_state(hours, now=at(next_weekday(2, NEW_YORK), 4, 0), zone=NEW_YORK)
    assert state is not None
    assert state.open_now is True


def test_several_ranges_and_24_hour_times():
    tuesday = next_weekday(1, CHICAGO)
    split = ["Tuesday: 11:00 AM – 2:00 PM, 5:00 – 10:00 PM"]
    between = open_state(split, now=at(tuesday, 15, 0, CHICAGO), zone=CHICAGO)
    assert between is not None
    assert between.open_now is False
    assert between.until == at(tuesday, 17, 0, CHICAGO).astimezone(dt.UTC)
    assert weekly_ranges(["Monday: 09:00–17:30"]) == [(0, dt.time(9, 0), dt.time(17, 30))]
    assert weekly_ranges(["Every day: 9 AM – 5 PM"]) == [(day, dt.time(9), dt.time(17)) for day in range(7)]


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["Montag: 09:00–17:00"],  # another language: unknown, not "closed"
        ["Monday: 9:00 AM – 5:00 PM", "Tuesday: by appointment"],
        ["Monday: 25:00 – 26:00"],
        ["Monday: 13:00 PM – 2:00 PM"],
        [42],
    ],
)
def test_unreadable_hours_are_unknown(lines):
    assert weekly_ranges(lines) is None
    assert open_state(lines, now=dt.datetime.now(dt.UTC), zone=NEW_YORK) is None


def test_next_local_midnight():
    day = next_weekday(3, NEW_YORK)
    assert next_local_midnight(at(day, 23, 59), NEW_YORK) == at(day + dt.timedelta(days=1), 0, 0).astimezone(dt.UTC)
