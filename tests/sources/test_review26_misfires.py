"""Review26: ordinary documents that the rules of batches pages81, pages82, apis57 and feeds54 read wrong, each fixed
with its hard negative (the document the rule was written for).

- a fragment's lone heading over "When:" or a bold first line over labelled fields named the event even when it is
  a section's heading ("Event details", "Save the date", "You're invited", "Our next event"), a booking e-mail's
  ("Booking confirmation", "Your tickets", "Order #12345"), a greeting ("Hi Ann,") or a venue's name over a "What:"
  or "Artist:" field that names the event itself (``_page_labelled_heading``); an invitation's
  heading and a calendar view's bold name over Location / Date / Time still name theirs;
- a farmers market's page of bare 12-hour ranges, mornings ("8:00-12:00") beside an afternoon ("4:00-7:00"), had its
  mornings moved to the night (``_page_evening_ranges``): ranges before dawn that all end before every one from 7 on
  begins are a day's, split, unless the page speaks of evenings; a band's overlapping gigs and "Evening yoga" still
  move;
- a race's or a golf day's post whose only day is its check-in ("Registration begins Saturday, September 2, 2033 at
  7:00 am. The race starts at 8:00 am.") lost its event to the opening words (``_feed_not_event_dates``): an opening
  followed by a later clock's start and no other day is the event's day; online registration before a camp, or a
  league starting on another day, still skip it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page
from tests.sources.test_heldout54_feeds import starts

UTC = zoneinfo.ZoneInfo("UTC")
read = functools.partial(read_page, url=None, zone=UTC, start=dt.datetime(2031, 4, 30, 12, 0))  # noqa: DTZ001

INVITE = (
    "<html><head><title></title></head><body><div><h2>{heading}</h2><table>"
    "<tr><td>When:</td><td>Saturday 10 May 2031 19:00 - 21:00</td></tr><tr><td>Where:</td><td>Town Hall</td></tr>"
    "</table><p>Bring a book, take a book.</p></div></body></html>"
)
BOLD = "<html><body><table><tr><td><b>{bold}</b></td></tr>{rows}</table></body></html>"
ROWS = "<tr><td>Date:</td><td>Saturday 10 May 2031</td></tr><tr><td>Time:</td><td>8pm</td></tr>"
WHAT = "<tr><td>What:</td><td>Jazz Night</td></tr>"


@pytest.mark.parametrize(
    "heading",
    [
        "Event details",
        "Details",
        "Save the date",
        "You're invited",
        "Join us!",
        "Our next event",
        "Booking confirmation",
        "Your tickets",
        "Order #12345",
        "Thank you for registering!",
        "Event update",
        "Postponed",
    ],
)
def test_a_sections_heading_over_when_names_no_event(heading: str) -> None:
    assert [event["title"] for event in read(INVITE.format(heading=heading))] == []


@pytest.mark.parametrize(
    "heading", ["Spring Book Swap", "Hello Kitty Party", "Next Wave Jazz Night", "Thank You Concert for Nurses!"]
)
def test_an_events_heading_over_when_still_names_it(heading: str) -> None:
    assert [event["title"] for event in read(INVITE.format(heading=heading))] == [heading]


@pytest.mark.parametrize(
    ("bold", "rows"),
    [
        ("Riverside Arts Centre", WHAT + ROWS),
        ("The Blue Room", "<tr><td>Artist:</td><td>The Trio</td></tr>" + ROWS),
        ("Hi Ann,", ROWS),
        ("Booking confirmation", ROWS),
    ],
)
def test_a_venues_name_or_a_greeting_in_bold_names_no_event(bold: str, rows: str) -> None:
    assert [event["title"] for event in read(BOLD.format(bold=bold, rows=rows))] == []


def test_a_bold_name_over_location_date_and_time_still_names_it() -> None:
    rows = "<tr><td>Location:</td><td>Room 3</td></tr>" + ROWS
    events = read(BOLD.format(bold="Planning meeting", rows=rows))
    assert [(event["title"], event["start"]) for event in events] == [("Planning meeting", "2031-05-10T20:00:00+00:00")]


def _listing(title: str, rows: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<li><h3>{name}</h3><p>{day}</p><p>{hours}</p></li>" for name, day, hours in rows)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><ul>{items}</ul></body></html>"


MARKETS = [
    ("Saturday Market", "Saturday 10 May 2031", "8:00-12:00"),
    ("Twilight Market", "Wednesday 14 May 2031", "4:00-7:00"),
    ("Sunday Market", "Sunday 18 May 2031", "8:00-11:30"),
]
GIGS = [
    ("Wedding, Providence", "Saturday 10 May 2031", "4:30-8:30"),
    ("Wedding, Newport", "Sunday 11 May 2031", "7:00-11:00"),
    ("Gala, Boston", "Saturday 17 May 2031", "8:00-12:00"),
]
YOGA = [
    ("Vinyasa Flow", "Monday 12 May 2031", "6:00-7:00"),
    ("Yin Yoga", "Tuesday 13 May 2031", "7:15-8:30"),
    ("Hatha", "Wednesday 14 May 2031", "5:30-6:30"),
]


def _starts(page: str) -> list[str]:
    return [event["start"][11:16] for event in read(page)]


def test_a_markets_mornings_beside_its_afternoon_stay_mornings() -> None:
    starts = _starts(_listing("Farmers markets", MARKETS))
    assert (starts[0], starts[2]) == ("08:00", "08:00")  # its "4:00-7:00": 16:00 (test_left27_misreads)


def test_overlapping_bare_gigs_and_an_evening_pages_classes_are_still_the_evenings() -> None:
    assert _starts(_listing("Our gigs", GIGS)) == ["16:30", "19:00", "20:00"]
    assert _starts(_listing("Evening yoga", YOGA)) == ["18:00", "19:15", "17:30"]


@pytest.mark.parametrize(
    "text",
    [
        "Registration begins Saturday, September 2, 2033 at 7:00 am at the pavilion. The race starts at 8:00 am.",
        "Registration opens September 2, 2033 at 11 am; shotgun start at noon.",
    ],
)
def test_a_check_in_on_the_events_own_day_keeps_the_day(text: str) -> None:
    assert [start[:10] for start in starts(text, title="Park 5K")] == ["2033-09-02"]


@pytest.mark.parametrize(
    "text",
    [
        "Registration opens September 2, 2033 at 9 am online. Camp runs October 9, 2033 at 9 am.",
        "Registration opens September 2, 2033 at 9 am; the league starts at 6 pm on October 9, 2033.",
    ],
)
def test_an_opening_before_another_day_is_still_skipped(text: str) -> None:
    assert [start[:10] for start in starts(text, title="Fall league")] == ["2033-10-09"]
