"""The seventy-second held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout72.json: a calendar
platform's events answer whose items carry their own zone written with its display label; an events API's answers
cached under category ids, its runs' last days written as midnights its own date labels name; an esports API's
previous and next match, each under a key of its own; a hard negative, a code host's commits), on small documents
of our own.

The cold measure found 31 of 32 events, fields 90.8%, and refused the negative. The rules:

- A zone written with its display label ("PST8PDT - Pacific Time") is the zone (``_json_zone_labels``): the column
  of such labels was no zone column, and every item's clock was read at the source's zone (one event missed).
- A midnight end that the item's own date label names as the last day ("Fri 19 Apr - Thu 25 Apr") is that day,
  and a record from a midnight to a later day's 23:59 with such a label is a run of days (``_json_day_labels``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_day_labels import labelled_run
from sources.adapters._json_zone_labels import labelled_zone
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("America/Vancouver")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 4, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)
LONDON = zoneinfo.ZoneInfo("Europe/London")
london_events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 4, 1, tzinfo=LONDON), end=dt.datetime(2031, 12, 30, tzinfo=LONDON)),
    zone=LONDON,
)


# --- an item's own zone, written with its display label --------------------------------------------------------


def item(title: str, start: str, end: str, zone: str) -> dict[str, Any]:
    return {"allday": False, "start_datetime": start, "end_datetime": end, "timezone": zone, "title": title,
            "event_status": "confirmed", "url": f"https://calendar.example/event/{title.lower().replace(' ', '-')}"}  # fmt: skip


def test_labelled_zones_give_each_item_its_own_clock() -> None:
    read = events({"data": {"items": [
        item("Farmers Market", "2031-06-07 08:00:00", "2031-06-07 12:00:00", "CST6CDT - Central Time"),
        item("RSVP Evening", "2031-06-10 11:00:00", "2031-06-10 19:00:00", "PST8PDT - Pacific Time"),
        item("Turkic Festival", "2031-06-14 19:00:00", "2031-06-15 03:00:00", "UTC"),
        item("Women's Conference", "2031-06-17 16:30:00", "2031-06-17 19:00:00", "America/New_York"),
        item("Awake Yoga", "2031-06-18 06:00:00", "2031-06-18 07:00:00", "America/Los_Angeles"),
    ]}})  # fmt: skip
    assert [(e["title"], e["start"], e["end"]) for e in read] == [
        # each at its own zone (the source's is Vancouver's, -07:00): 08:00 in Texas, noon to 8 pm there for "UTC"
        ("Farmers Market", "2031-06-07T08:00:00-05:00", "2031-06-07T12:00:00-05:00"),
        ("RSVP Evening", "2031-06-10T11:00:00-07:00", "2031-06-10T19:00:00-07:00"),
        ("Turkic Festival", "2031-06-14T19:00:00+00:00", "2031-06-15T03:00:00+00:00"),
        ("Women's Conference", "2031-06-17T16:30:00-04:00", "2031-06-17T19:00:00-04:00"),
        ("Awake Yoga", "2031-06-18T06:00:00-07:00", "2031-06-18T07:00:00-07:00"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PST8PDT - Pacific Time", "PST8PDT"),
        ("CST6CDT – Central Time", "CST6CDT"),  # an en dash
        ("America/Chicago - Central Time (US & Canada)", "America/Chicago"),
        ("UTC - Coordinated Universal Time", "UTC"),
        ("Central Time - US", None),  # the label first: no zone before the dash
        ("Main Hall - Room Two", None),  # a room, not a zone
        ("Europe/Paris - 2031 season", None),  # a digit after the dash: no label
        ("UTC - 5", None),  # an offset written after the dash, not a label
        ("EST - Eastern", None),  # an abbreviation the tz database keeps for old data only
        ("America/Chicago", None),  # no label: read as before
        ("America/Nowhere - Central Time", None),  # no such zone
    ],
)
def test_a_zone_with_its_label_is_the_zone(value: str, expected: str | None) -> None:
    assert labelled_zone(value) == expected


def test_labels_that_name_no_zone_leave_the_source_zone() -> None:
    read = events([item(f"Talk {n}", f"2031-06-1{n} 19:00:00", f"2031-06-1{n} 21:00:00", "Central Time - US")
                   for n in (1, 2, 3)])  # fmt: skip
    assert [e["start"] for e in read] == [f"2031-06-1{n}T19:00:00-07:00" for n in (1, 2, 3)]


# --- a run's last day, as its own date label writes it ---------------------------------------------------------


def listing(title: str, start: str, end: str, label: str) -> dict[str, Any]:
    return {"end_date": end, "title": title, "url": f"https://listings.example/event/{title.replace(' ', '-')}",
            "venue": {"short_address": "Barbican Centre", "address": "Silk St, City of London"},
            "start_date": start, "long_date_string": label}  # fmt: skip


def test_a_run_ends_on_the_day_its_label_names() -> None:
    read = london_events({"3": {"data": [
        listing("Film Season", "2031-04-19T00:00:00", "2031-04-25T00:00:00", "Sat 19 Apr - Fri 25 Apr"),
        listing("Cooking Week", "2031-04-24T00:00:00", "2031-04-27T00:00:00", "Thu 24 Apr - Sun 27 Apr"),
        listing("Opera Live", "2031-04-13T00:00:00", "2031-04-27T23:59:00", "Sun 13 Apr - Sun 27 Apr"),
        listing("Quiz Night", "2031-04-23T00:00:00", "2031-04-24T00:00:00", "Wed 23 Apr"),
        listing("Screening", "2031-04-23T18:30:00", "2031-04-24T00:00:00", "18:30, Wed 23 Apr"),
    ]}})  # fmt: skip
    assert [(e["title"], e["start"], e["end"]) for e in read] == [
        ("Film Season", "2031-04-19", "2031-04-25"),
        ("Cooking Week", "2031-04-24", "2031-04-27"),
        ("Opera Live", "2031-04-13", "2031-04-27"),  # 00:00 to 23:59 days later, the label naming the 27th
        ("Quiz Night", "2031-04-23", None),  # one day: its next midnight is no second day
        ("Screening", "2031-04-23T18:30:00+01:00", "2031-04-24T00:00:00+01:00"),  # timed: left as written
    ]


def test_a_midnight_to_23_59_run_with_no_label_stays_timed() -> None:
    # a competition API's events from their first to their last moment (FIRST's): no label, no days
    read = london_events([{"name": f"Regional {n}", "dateStart": f"2031-05-0{n}T00:00:00",
                           "dateEnd": f"2031-05-0{n + 3}T23:59:00", "venue": "Arena"} for n in (1, 2)])  # fmt: skip
    assert [(e["start"], e["end"]) for e in read] == [
        ("2031-05-01T00:00:00+01:00", "2031-05-04T23:59:00+01:00"),
        ("2031-05-02T00:00:00+01:00", "2031-05-05T23:59:00+01:00"),
    ]


START, END = dt.datetime(2031, 4, 19, tzinfo=LONDON), dt.datetime(2031, 4, 25, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Sat 19 Apr - Fri 25 Apr", True),
        ("Until Fri 25 Apr", True),
        ("19 April to 25 April 2031", True),
        ("Sat 19 Apr – Fri 25th Apr", True),
        ("Sat 19 Apr - Thu 24 Apr", False),  # the day before: the calendars' reading already gives it
        ("Sat 19 Apr", False),  # no joint
        ("Sat 19 Apr - Fri 25 Apr tickets", False),  # more than a date after the joint
        ("Runs to 25 Apr at the Hall", False),
        ("Sat 19 Apr - Fri 25 May", False),  # the day with another month
        ("Sat 19 Apr - Fri 25 Apr 2030", False),  # another year
    ],
)
def test_a_label_names_the_last_day(label: str, expected: bool) -> None:
    assert (labelled_run({"label": label}, START, END, all_day=True) is not None) is expected


def test_only_midnights_and_last_minutes_are_runs() -> None:
    label = {"label": "Sat 19 Apr - Fri 25 Apr"}
    assert labelled_run(label, START, END.replace(hour=21), all_day=True) is None  # an end with a clock
    assert labelled_run(label, START.replace(hour=18), END, all_day=False) is None  # a timed start
    assert labelled_run(label, START, END.replace(hour=23, minute=59), all_day=False) == (START.date(), END.date())
    assert labelled_run(label, END, END, all_day=True) is None  # no later day


# --- hard negative: a code host's commits ------------------------------------------------------------------------


def test_commits_with_titles_moments_and_pages_read_no_events() -> None:
    commits = [
        {"id": f"{n:040x}", "short_id": f"{n:08x}", "created_at": f"2031-10-10T1{n}:27:12.000+00:00",
         "title": f"Merge branch 'fix-{n}' into 'master'", "message": f"Merge branch 'fix-{n}'\n\nSee merge request !{n}",
         "author_name": "Ana Popescu", "authored_date": f"2031-10-10T1{n}:27:12.000+00:00",
         "committed_date": f"2031-10-10T1{n}:27:12.000+00:00", "web_url": f"https://code.example/-/commit/{n:040x}"}
        for n in range(5)
    ]  # fmt: skip
    assert events(commits) == []


def test_commits_with_a_labelled_zone_read_no_events() -> None:
    # a zone column beside commit records is no sign of events: the commits stay none
    commits = [{"id": f"{n:040x}", "title": f"Fix build {n}", "created_at": f"2031-10-1{n} 10:27:12",
                "timezone": "PST8PDT - Pacific Time", "web_url": f"https://code.example/-/commit/{n:040x}"}
               for n in range(5)]  # fmt: skip
    assert events(commits) == []
