"""Ordinary pages the session's new page rules misread (helper review1, second review), each on a small document
of our own, with the look-alikes the narrowed rule must still read:

1. a post or a newsletter whose <h1> carries its publication date, beside two or three event cards of other days:
   the heading dates no meeting (no hour after its date, no body's or gathering's name), so the cards are the
   page's events (_page_heading_day);
2. a list of posts or agenda items whose ids end with their ISO day is no month grid: a month's grid has days with
   nothing on them (_page_grid_cells);
3. a timetable's sentence about all its classes that names a language, a term, a month or an hour ("All classes run
   in English and Spanish", "All classes at 6pm") states no place for them (_page_weekly_place);
4. a venue's cards titled "Friday" and "Saturday", each with its own line, are nights of their own, not the page's
   one subject's sessions (_page_day_label_titles).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _page_heading_day, _page_weekly_place
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2027, 3, 1, tzinfo=CHICAGO)


def read(body: str, *, url: str = "https://hall.example.org/posts/12") -> list:
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=CHICAGO).events


def titles(events: list) -> list[str]:
    return [event["title"] for event in events]


# --- 1. a post's dated heading beside event cards ----------------------------------------------------------------
CARDS = (
    "<div class='event'><h3>Jazz Night</h3><p>April 7, 2027 7:00 PM</p></div>"
    "<div class='event'><h3>Poetry Slam</h3><p>April 14, 2027 7:00 PM</p></div>"
    "<div class='event'><h3>Open Mic</h3><p>April 21, 2027 7:00 PM</p></div>"
)


@pytest.mark.parametrize(
    "heading",
    ["Our Spring Recap – March 3, 2027", "Newsletter March 3, 2027", "Council approves budget, March 3, 2027"],
)
def test_a_posts_dated_heading_leaves_the_cards_beside_it_the_pages_events(heading: str) -> None:
    body = (
        f"<html lang='en'><head><title>Blog</title></head><body><h1>{heading}</h1>"
        f"<p>We had a great season. Here is what is coming up.</p>{CARDS}</body></html>"
    )

    assert titles(read(body)) == ["Jazz Night", "Poetry Slam", "Open Mic"]


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Our Spring Recap – March 3, 2027", None),
        ("Newsletter March 3, 2027", None),
        ("Board Meeting – March 3, 2027", dt.date(2027, 3, 3)),  # a meeting's name: no hour needed
        ("Spring Gala – March 3, 2027 at 7 PM", dt.date(2027, 3, 3)),  # its hour after its date
    ],
)
def test_a_heading_dates_a_meeting_by_its_name_or_its_hour(heading: str, day: dt.date | None) -> None:
    assert _page_heading_day.heading_day(heading, today=NOW.date()) == day


# --- 2. dated ids on a list that is no grid ------------------------------------------------------------------------
def test_a_blog_archive_whose_posts_have_dated_ids_is_no_month_grid() -> None:
    posts = "".join(
        f"<div id='post-2027-02-{day:02d}'><h2><a href='/blog/p{day}'>Notes from the garden, part {day}</a></h2>"
        "<p>Filed under <a href='/tag/garden'>Garden</a></p></div>"
        for day in range(1, 10)
    )
    body = f"<html lang='en'><head><title>Blog</title></head><body><h1>Archive</h1>{posts}</body></html>"

    assert read(body) == []


def test_a_month_grid_with_empty_days_is_still_read_from_its_cells() -> None:
    # Hard negative: a grid names every day, most with nothing on; its items are its events.
    cells = "".join(
        f"<td id='calendar-2027-03-{day:02d}'><span>{day}</span>"
        + (f"<div><a href='/e/quiz-{day}'>Quiz night</a> 7:30 pm</div>" if day % 7 == 2 else "")
        + "</td>"
        for day in range(1, 15)
    )
    body = f"<html lang='en'><body><h1>March 2027</h1><table><tr>{cells}</tr></table></body></html>"

    events = read(body, url="https://hall.example.org/calendar")
    assert [(e["title"], str(e["start"])[:16].replace(" ", "T")) for e in events] == [
        ("Quiz night", "2027-03-02T19:30"),
        ("Quiz night", "2027-03-09T19:30"),
    ]


# --- 3. a timetable's sentence that states no place -----------------------------------------------------------------
def test_the_timetable_place_pattern_stays_linear() -> None:
    assert superlinear_shape(_page_weekly_place.IN_PLACE) is None


def timetable(note: str) -> str:
    lines = ["Mondays 6:00 pm – Juniors", "Wednesdays 7:00 pm – Masters", "Fridays 6:00 pm – Open swim"]
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (
        "<html lang='en'><head><title>Weekly timetable - Swim Club</title></head><body><h1>Weekly timetable</h1>"
        f"<p>{note}</p><ul>{items}</ul></body></html>"
    )


@pytest.mark.parametrize(
    "note",
    [
        "All classes run in English and Spanish.",
        "All classes in Term 2 are free.",
        "Groups meet in January and February only.",
        "All classes at 6:30 pm unless noted.",
    ],
)
def test_a_timetable_sentence_naming_no_place_gives_its_classes_none(note: str) -> None:
    events = read(timetable(note), url="https://swim.example.org/timetable")

    assert events
    assert {event["venue_name"] for event in events} == {None}


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("All sessions are held in St Mary's Hall.", "St Mary's Hall"),
        ("Classes take place in Studio 2.", "Studio 2"),
        ("Classes take place in the Old Mill, 4 Mill Lane.", "Old Mill, 4 Mill Lane"),
    ],
)
def test_a_timetable_sentence_naming_a_place_in_it_still_gives_it(note: str, place: str) -> None:
    events = read(timetable(note), url="https://swim.example.org/timetable")

    assert {event["venue_name"] for event in events} == {place}


# --- 4. weekday-titled cards that are titles of their own ------------------------------------------------------------
def test_a_venues_weekday_titled_nights_with_their_own_lines_keep_their_titles() -> None:
    body = (
        "<html lang='en'><head><title>The Lantern</title><meta property='og:title' content='The Lantern'></head>"
        "<body><h1>What's on</h1>"
        "<div class='event'><h3>Friday</h3><p>Friday 5 March 2027, 9:00 PM</p><p>Club night with DJ Sol</p></div>"
        "<div class='event'><h3>Saturday</h3><p>Saturday 6 March 2027, 9:00 PM</p><p>Club night with DJ Luna</p></div>"
        "</body></html>"
    )

    assert titles(read(body, url="https://lantern.example.org/whats-on")) == ["Friday", "Saturday"]
