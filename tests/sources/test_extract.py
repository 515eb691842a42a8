"""`manage.py extract` on calendars written to exercise each hard case of iCalendar."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from sources import extraction
from sources.adapters.base import FetchWindow
from tests.sources.helpers import run_extract as extract

CALENDARS = Path(__file__).parent / "calendars"
WINDOW = ["--from", "2026-10-01", "--to", "2027-04-01"]


def by_id(events: list[dict]) -> dict[str, dict]:
    return {event["external_id"]: event for event in events}


def test_weekly_series_keeps_local_time_across_the_dst_change():
    events, _ = extract(str(CALENDARS / "dst_series.ics"), *WINDOW)
    jazz = [event for event in events if event["external_id"].startswith("jazz-night@")]
    starts = [event["start"] for event in jazz]
    assert starts == [
        "2026-10-24T19:00:00-04:00",
        "2026-10-31T19:00:00-04:00",
        "2026-11-07T19:00:00-05:00",  # clocks went back on 1 November: still 19:00 local
        "2026-11-22T18:00:00-05:00",  # the moved occurrence (RECURRENCE-ID 21 Nov)
        "2026-11-28T19:00:00-05:00",
        "2026-12-02T19:00:00-05:00",  # the RDATE
    ]
    assert all(event["timezone"] == "America/New_York" for event in jazz)
    assert all(event["rrule"] == "FREQ=WEEKLY;COUNT=6" for event in jazz)


def test_exdate_removes_an_occurrence():
    events, _ = extract(str(CALENDARS / "dst_series.ics"), *WINDOW)
    assert not any(event["start"].startswith("2026-11-14") for event in events)


def test_moved_occurrence_keeps_the_id_of_its_original_slot():
    events = by_id(extract(str(CALENDARS / "dst_series.ics"), *WINDOW)[0])
    moved = events["jazz-night@riverside.example@2026-11-22T00:00:00Z"]  # 21 Nov 19:00 EST in UTC
    assert moved["title"] == "Riverside Jazz Night (moved to Sunday)"
    assert moved["start"] == "2026-11-22T18:00:00-05:00"
    assert not any(event["start"].startswith("2026-11-21") for event in events.values())


def test_event_tzid_wins_over_the_calendar_x_wr_timezone():
    events = by_id(extract(str(CALENDARS / "dst_series.ics"), *WINDOW)[0])
    talk = events["london-talk@riverside.example"]
    assert talk["timezone"] == "Europe/London"
    assert talk["start"] == "2026-11-05T18:00:00+00:00"
    assert talk["online"] is True


def test_fields_are_mapped_and_html_is_stripped():
    first = extract(str(CALENDARS / "dst_series.ics"), *WINDOW)[0][0]
    assert first["description"] == "Live jazz every Saturday."
    assert "alert" not in json.dumps(first)
    assert "<" not in first["description"]
    assert first["venue_name"] == "Riverside Club"
    assert first["address"] == "12 River St, New York"
    assert (first["latitude"], first["longitude"]) == (40.7128, -74.006)
    assert first["url"] == "https://riverside.example/jazz"
    assert first["organizer"] == "Riverside Club"
    assert first["source_category"] == "Music, Jazz"
    assert first["tags"] == ["music", "jazz"]
    assert first["source"] == "ics"
    assert first["cost_type"] == "unknown"
    assert first["status"] == "scheduled"


def test_all_day_events_are_dates_with_an_inclusive_last_day():
    events = by_id(extract(str(CALENDARS / "allday.ics"), *WINDOW)[0])
    fair = events["book-fair@fairs.example"]
    assert (fair["start"], fair["end"], fair["all_day"]) == ("2026-12-05", None, True)
    assert fair["timezone"] == "Asia/Kolkata"
    week = events["craft-week@fairs.example"]
    assert (week["start"], week["end"]) == ("2026-12-10", "2026-12-12")
    markets = sorted(key for key in events if key.startswith("sunday-market@"))
    assert markets == [
        "sunday-market@fairs.example@2026-12-06",
        "sunday-market@fairs.example@2026-12-13",
        "sunday-market@fairs.example@2026-12-20",
    ]


def test_calendar_with_only_x_wr_timezone_reads_utc_and_floating_times_as_local():
    events = by_id(extract(str(CALENDARS / "xwr_only.ics"), *WINDOW)[0])
    python_night = events["python-night@meetups.example"]
    assert python_night["start"] == "2026-12-04T19:00:00-08:00"  # 03:00Z on the 5th
    assert python_night["timezone"] == "America/Los_Angeles"
    assert events["floating-brunch@meetups.example"]["start"] == "2026-12-06T10:00:00-08:00"
    demo = [event["start"] for key, event in sorted(events.items()) if key.startswith("weekly-demo@")]
    # Google writes series in UTC but means the calendar's wall clock: 19:00 before and after DST (14 Mar 2027).
    assert demo == ["2027-03-03T19:00:00-08:00", "2027-03-10T19:00:00-08:00", "2027-03-17T19:00:00-07:00"]


def test_tz_option_reads_floating_times():
    (event,), _ = extract(str(CALENDARS / "floating.ics"), *WINDOW, "--tz", "Asia/Kolkata")
    assert event["start"] == "2026-12-05T20:00:00+05:30"
    assert event["end"] == "2026-12-05T22:00:00+05:30"
    assert event["timezone"] == "Asia/Kolkata"
    (utc_event,), _ = extract(str(CALENDARS / "floating.ics"), *WINDOW)
    assert utc_event["start"] == "2026-12-05T20:00:00+00:00"


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        (["--from", "2026-12-04", "--to", "2026-12-05"], True),  # the day in Los Angeles, not in UTC
        (["--from", "2026-12-04T20:00", "--to", "2026-12-05T00:00"], True),  # overlaps the running event
        (["--from", "2026-12-04T21:00", "--to", "2026-12-05T00:00"], False),  # it ended exactly at --from
        (["--from", "2026-12-04T12:00", "--to", "2026-12-04T19:00"], False),  # it starts exactly at --to
        (["--from", "2026-12-05T03:30+00:00", "--to", "2026-12-05T04:00+00:00"], True),  # explicit offsets
    ],
)
def test_window_is_half_open_and_naive_bounds_use_the_feed_timezone(bounds, expected):
    events = by_id(extract(str(CALENDARS / "xwr_only.ics"), *bounds)[0])
    assert ("python-night@meetups.example" in events) is expected


def test_calendar_without_events_prints_nothing_and_succeeds():
    events, errors = extract(str(CALENDARS / "no_events.ics"), *WINDOW)
    assert events == []
    assert errors == ""


def test_bad_records_are_skipped_with_reasons_and_the_rest_printed():
    events, errors = extract(str(CALENDARS / "mixed_bad.ics"), *WINDOW)
    assert [event["external_id"] for event in events] == ["good@mixed.example"]
    assert events[0]["end"] is None
    assert "skipped bad-rule@mixed.example: Cannot expand this series" in errors
    assert "skipped untitled@mixed.example: The event has no SUMMARY" in errors


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("corrupt.ics", "no complete VCALENDAR"),
        ("missing.ics", "No such file or directory"),
    ],
)
def test_unreadable_input_exits_2_with_a_reason(target, reason):
    with pytest.raises(CommandError, match=reason) as raised:
        extract(str(CALENDARS / target))
    assert raised.value.returncode == 2


def test_html_without_events_prints_nothing_and_succeeds(tmp_path):
    # Any HTML document is readable (#13): a page with no events is no lines and exit 0, not "cannot tell".
    events, errors = extract(str(CALENDARS / "not_a_calendar.html"))
    assert (events, errors) == ([], "")
    prose = tmp_path / "notes.txt"
    prose.write_bytes(b"Just some words, no markup and no calendar.")
    with pytest.raises(CommandError, match="cannot tell what kind of content") as raised:
        extract(str(prose))
    assert raised.value.returncode == 2


def test_empty_file_and_forced_kind(tmp_path):
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="is empty") as raised:
        extract(str(empty))
    assert raised.value.returncode == 2
    with pytest.raises(CommandError, match="Not an iCalendar file") as forced:
        extract(str(CALENDARS / "not_a_calendar.html"), "--kind", "ics")
    assert forced.value.returncode == 2


def test_bad_options_exit_2():
    for args, message in (
        (["--kind", "nope"], "unknown --kind"),
        (["--tz", "Mars/Olympus"], "unknown timezone"),
        (["--from", "next tuesday"], "cannot read --from"),
        (["--from", "2027-01-02", "--to", "2027-01-01"], "--to must be after --from"),
    ):
        with pytest.raises(CommandError, match=message) as raised:
            extract(str(CALENDARS / "floating.ics"), *args)
        assert raised.value.returncode == 2


def test_extract_runs_as_a_process_and_touches_no_database(tmp_path):
    """The real command line: exit codes and stderr as an operator sees them, with no database reachable."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:1/{tmp_path.name}",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    ok = subprocess.run(
        [sys.executable, "manage.py", "extract", str(CALENDARS / "floating.ics"), *WINDOW],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["title"] == "Open Mic"
    bad = subprocess.run(
        [sys.executable, "manage.py", "extract", str(CALENDARS / "corrupt.ics")],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1


def test_without_bounds_the_window_is_the_shared_default(monkeypatch):
    # extract reads over sources.extraction.default_window, like the draft page and bench/eval.
    october = FetchWindow(start=dt.datetime(2026, 10, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    monkeypatch.setattr(extraction, "default_window", lambda now: october)

    events, _ = extract(str(CALENDARS / "dst_series.ics"))

    jazz = [event["start"] for event in events if event["external_id"].startswith("jazz-night@")]
    assert jazz == ["2026-10-24T19:00:00-04:00", "2026-10-31T19:00:00-04:00"]
