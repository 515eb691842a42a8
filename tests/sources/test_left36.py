"""left36: the feed and JSON items earlier sessions left (issue #13), each read both ways on documents of our own
(dates 2031 and later).

1. One job-ad vocabulary (``_feed_job_words``) for the two feed gates (``_feed_calls``, ``_feed_item_kinds``); a
   careers service's "Interview skills" session is an event, a post's noun after an event's word is a job's title.
2. Each event an overview item lists (``_feed_overview_events``), not only its first.
3. A room after a clock range is the item's place (``_feed_range_place``).
4. A dance class's numbered lessons are events, not a release series (``_feed_release_series.CLASS_HELD``).
5. A game named by its home and away sides is "<home> vs <away>" (``_json_sides``); a source's own title is kept.
6. A build log's stamps are no events (``_json_builds``); events that carry a version are.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters import (
    _feed_calls,
    _feed_item_kinds,
    _feed_job_words,
    _feed_overview_events,
    _feed_range_place,
    _json_builds,
)
from sources.adapters._feed_release_series import release_series
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 20, 9)  # noqa: DTZ001 (read_feed sets the zone)
BUILT = "<lastBuildDate>Mon, 20 Jan 2031 08:00:00 +0000</lastBuildDate>"
WINDOW = FetchWindow(START.replace(tzinfo=LONDON), START.replace(tzinfo=LONDON) + dt.timedelta(days=365))
read_json = functools.partial(json_events, window=WINDOW, zone=LONDON)


def rss(channel: str, items: list[str], extra: str = BUILT) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://site.example/</link><description>{channel}</description>{extra}"
        + "".join(items)
        + "</channel></rss>"
    )


def item(title: str, description: str, *, when: str | None = None, pub: str | None = None, link: bool = True) -> str:
    slug = "-".join(title.lower().split())[:40]
    return (
        f"<item><title>{title}</title>"
        + (f"<link>https://site.example/{slug}</link>" if link else "")
        + f"<description>{description}</description>"
        + (f"<when>{when}</when>" if when else "")
        + (f"<pubDate>{pub}</pubDate>" if pub else "")
        + "</item>"
    )


def read(document: str, zone: zoneinfo.ZoneInfo = LONDON) -> list[tuple[Any, ...]]:
    return [
        (event["title"], str(event["start"])[:16], event.get("venue_name"))
        for event in read_feed(document, zone=zone, start=START)
    ]


# --- 1. one job-ad vocabulary ---------------------------------------------------------------------------------------


def test_both_gates_read_one_vocabulary() -> None:
    assert _feed_item_kinds.JOB_WORD is _feed_job_words.JOB_WORD
    assert _feed_job_words.JOB_CALLS in _feed_calls.CALL_TITLE.pattern
    # a call added once is read by both: at a title's start as a call, in an item's words as a job ad's
    assert _feed_calls.call_notice("Help wanted: bar staff") is not None
    assert _feed_item_kinds.item_kind_note("Bar staff", "Help wanted. Part-time, evenings.", "The Crown") is not None


CAREERS = "Practise answers to common questions. Roles with salaries from £25k discussed. Apply now."


@pytest.mark.parametrize("title", ["Interview skills", "Mock interviews", "CV clinic", "Interview practice"])
def test_a_session_on_a_job_seekers_skill_is_an_event(title: str) -> None:
    document = rss("Careers service", [item(title, CAREERS, when="Tuesday 4 March 2031, 14:00-16:00")])
    assert read(document) == [(title, "2031-03-04T14:00", None)]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Interview skills trainer (part-time)", "Salary £22,000 per annum. Apply by 1 March."),
        ("Workshop leader", "Salary £24k, full-time. Closing date 1 March 2031."),
        ("Events manager", "A permanent role. Salary £30,000."),
        ("Training officer", "Full-time, salary £28k. We are hiring now."),
    ],
)
def test_hard_negative_a_jobs_title_holding_an_events_word_is_a_job_ad(title: str, text: str) -> None:
    assert _feed_item_kinds.item_kind_note(title, text, "Acme") is not None
    assert read(rss("Acme", [item(title, text, when="Start: 1 March 2031")])) == []


def test_an_events_word_before_a_posts_noun_names_no_event() -> None:
    assert _feed_job_words.names_event("Careers fair") == "fair"
    assert _feed_job_words.names_event("Workshop leader") is None
    assert _feed_job_words.names_event("Workshop for leaders") == "Workshop"
    assert _feed_job_words.names_event("x" * 10_000 + " workshop") is None  # a bounded title


# --- 2. each event of an overview item ------------------------------------------------------------------------------

PUB = "Mon, 06 Jan 2031 10:00:00 +0000"


def section(name: str, day: str, tag: str = "p") -> str:
    return f"&lt;h3&gt;{name}&lt;/h3&gt;&lt;{tag}&gt;{day}&lt;/{tag}&gt;"


PROGRAMME = (
    section("Neujahrsempfang", "Samstag, 11.01.2031, 18:00 Uhr")
    + section("Jahreshauptversammlung", "Donnerstag, 10.04.2031, 19:00 Uhr", "h4")
    + section("Sommerfest", "Samstag, 12.07.2031, 15:00 Uhr")
)


def test_an_overview_item_gives_each_event_it_lists() -> None:
    assert read(rss("Termine", [item("Jahresprogramm 2031", PROGRAMME, pub=PUB)]), BERLIN) == [
        ("Neujahrsempfang", "2031-01-11T18:00", None),
        ("Jahreshauptversammlung", "2031-04-10T19:00", None),
        ("Sommerfest", "2031-07-12T15:00", None),
    ]


def test_an_overview_event_with_an_item_of_its_own_is_read_once() -> None:
    own = item("Sommerfest", "Am Samstag, 12.07.2031, 15:00 Uhr im Vereinsgarten.", pub=PUB)
    found = read(rss("Termine", [item("Jahresprogramm", PROGRAMME, pub=PUB), own]), BERLIN)
    assert [title for title, _, _ in found] == ["Neujahrsempfang", "Jahreshauptversammlung", "Sommerfest"]


def test_hard_negative_an_item_not_titled_as_an_overview_is_one_event() -> None:
    body = section("Aufbau", "Freitag, 11.07.2031, 16:00 Uhr") + section("Fest", "Samstag, 12.07.2031, 15:00 Uhr")
    assert len(read(rss("Termine", [item("Sommerfest", body, pub=PUB)]), BERLIN)) == 1


def test_hard_negative_days_under_months_or_one_section_are_not_each_read() -> None:
    months = section("April", "Donnerstag, 10.04.2031, 19:00 Uhr") + section("Juli", "Samstag, 12.07.2031, 15:00")
    assert _feed_overview_events.overview_whens("Jahresprogramm", months.replace("&lt;", "<").replace("&gt;", ">"),
                                                BERLIN, START.replace(tzinfo=BERLIN)) == []  # fmt: skip
    one = section("Sommerfest", "Samstag, 12.07.2031, 15:00 Uhr").replace("&lt;", "<").replace("&gt;", ">")
    assert _feed_overview_events.overview_whens("Programm", one, BERLIN, START.replace(tzinfo=BERLIN)) == []


# --- 3. a room after a clock range ----------------------------------------------------------------------------------


def test_a_room_after_a_clock_range_is_the_place() -> None:
    document = rss(
        "Room calendar",
        [
            item("Board meeting", "19:00–21:00 Room 4B", pub="Tue, 04 Mar 2031 19:00:00 +0000", link=False),
            item("Budget", "11:30 AM - 05:00 PM - Board Room 252", pub="Wed, 05 Mar 2031 11:30:00 +0000", link=False),
        ],
        extra="",
    )
    assert read(document) == [
        ("Board meeting", "2031-03-04T19:00", "Room 4B"),
        ("Budget", "2031-03-05T11:30", "Board Room 252"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("<p>Tuesday 4 March 2031</p><p>19:00 - 21:00 (Main Hall)</p>", "Main Hall"),
        ("Doors 19:00-21:00 in Studio 2", "Studio 2"),
        ("7pm to 9pm Salle 3", "Salle 3"),
        ("19:00–21:00 Room for everyone to chat", None),
        ("10:00–12:00 Office hours", None),
        ("9:00 AM - 11:00 AM - Yoga for beginners", None),
        ("19:00 Room 4B", None),
        ("From 19:00 to 21:00 in the main hall of the school, bring a friend.", None),
    ],
)
def test_range_place_both_ways(text: str, place: str | None) -> None:
    assert _feed_range_place.range_place(text) == place


def test_hard_negative_a_live_blogs_update_stays_refused() -> None:
    document = rss(
        "Live", [item("Markets", "10:15 AM - Fed holds rates", pub="Tue, 04 Mar 2031 10:15:00 +0000", link=False)], ""
    )
    assert read(document) == []


# --- 4. a dance class's lessons -------------------------------------------------------------------------------------


def lessons(channel: str, titles: list[str]) -> str:
    days = ("06", "13", "20", "27")
    return rss(
        channel,
        [
            item(title, "Bring comfy shoes.", pub=f"Thu, {day} Mar 2031 19:00:00 +0000")
            for title, day in zip(titles, days, strict=True)
        ],
    )


def test_a_dance_classs_lessons_are_events() -> None:
    titles = [f"Lesson {n} – Beginners' salsa" for n in (1, 2, 3, 4)]
    assert not release_series([{"title": title} for title in titles])
    assert [start for _, start, _ in read(lessons("Dance school events", titles))] == [
        "2031-03-06T19:00",
        "2031-03-13T19:00",
        "2031-03-20T19:00",
        "2031-03-27T19:00",
    ]


def test_hard_negative_an_email_courses_lessons_stay_a_release_series() -> None:
    titles = ["Lesson 1: Class and power", "Lesson 2: The state", "Lesson 3: Markets", "Lesson 4: Work"]
    assert release_series([{"title": title} for title in titles])
    assert read(lessons("Course events", titles)) == []


# --- 5. home vs away ------------------------------------------------------------------------------------------------


def fixture(day: int, home: str, away: str, **extra: object) -> dict[str, object]:
    return {"utcDate": f"2031-06-{day:02d}T15:00:00Z", "homeTeam": {"name": home}, "awayTeam": {"name": away}, **extra}


def test_a_game_named_by_its_sides_is_home_vs_away() -> None:
    found = read_json({"matches": [fixture(14, "Russia", "Saudi Arabia"), fixture(15, "Egypt", "Uruguay")]})
    assert [event["title"] for event in found] == ["Russia vs Saudi Arabia", "Egypt vs Uruguay"]


def test_a_sources_own_title_is_kept_as_written() -> None:
    games = [
        fixture(
            14, "Kansas City Royals", "Texas Rangers", title="Spring Training: Texas Rangers at Kansas City Royals"
        ),
        fixture(15, "Kansas City Royals", "Seattle Mariners", title="Seattle Mariners at Kansas City Royals"),
    ]
    assert [event["title"] for event in read_json({"games": games})] == [
        "Spring Training: Texas Rangers at Kansas City Royals",
        "Seattle Mariners at Kansas City Royals",
    ]


# --- 6. build stamps ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "builds",
    [
        [{"name": f"build {n}", "built": f"2031-05-1{n}-0930"} for n in range(4)],
        [{"name": f"Release 1.{n}.0", "version": f"1.{n}.0", "date": f"2031-05-1{n}T09:30:00Z", "commit": "a1b2c3"}
         for n in range(4)],
        [{"title": f"Nightly {n}", "buildNumber": 100 + n, "created": f"2031-05-1{n}T02:00:00Z"} for n in range(4)],
    ],
    ids=["built", "commit", "build-number"],
)  # fmt: skip
def test_hard_negative_build_stamps_are_no_events(builds: list[dict[str, object]]) -> None:
    assert _json_builds.build_items(builds)
    assert read_json(builds) == []


def test_events_that_carry_a_version_are_events() -> None:
    timed = [{"title": f"Spring concert {n}", "start": f"2031-05-1{n}T19:30:00Z", "venue": "Town Hall", "version": n}
             for n in range(4)]  # fmt: skip
    days = [{"title": f"Book fair day {n}", "date": f"2031-05-1{n}", "version": "2", "revision": 7} for n in range(4)]
    assert len(read_json(timed)) == 4
    assert len(read_json(days)) == 4
    assert not _json_builds.build_items(days)
    # a few builds among events do not make the list a build log
    assert not _json_builds.build_items([*days, {"title": "b", "commit": "a1b2c3"}])
