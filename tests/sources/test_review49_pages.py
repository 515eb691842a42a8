"""review49: a both-ways review of batch 106's page rules (docs/real-world-sources-log.md, "### review49"), on small
pages of our own read by the real extractor (``tests.sources.helpers.read_page``):

* ``_page_chronicle``: a heading that says more than a year's review ("Annual Review Conference 2031", "Retrospective
  2031: Kurosawa", a site "Chronicle Books 2031", "Rückblick 2031 und Ausblick") and a review that goes on to
  "Coming up" dropped the page's events; they are read now. "Chronik aus dem Jahr 2031" still reads nothing.
* ``_page_heading_date_lines``: "May 20 | Free | 2:00 PM", "| Tickets $10 |", "| Dr. Jane Smith |" gave the price
  or the speaker as the place; the heading above still names the concert, with no place.
* ``_page_tour_rows``: "Room 204 East Wing", "Ticket 25 Dollars", "for ages 8 and up" were read as a hall and its
  street; a street needs a street's kind ("Avenue", "St", "Road") now.
* ``_page_show_tables``: a month-first table that runs in order both ways is read as before (a day-first one,
  "15/05/31", is a miss of the short-date reader, left: docs).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import event_place, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
read_uk = functools.partial(
    read_page,
    url="https://org.example/events",
    zone=LONDON,
    start=dt.datetime(2031, 3, 1, 12),  # noqa: DTZ001
)
read_us = functools.partial(
    read_page,
    url="https://music.example/concerts",
    zone=CHICAGO,
    start=dt.datetime(2031, 3, 1, 12),  # noqa: DTZ001
)


def spans(events: list[dict]) -> list[tuple[str, str, str]]:
    return [(e["title"], e["start"][:16], event_place(e)) for e in events]


# --- a year's chronicle -------------------------------------------------------------------------------------------

CARDS = "".join(
    f"<div class='event'><h3>{title}</h3><p>{when}</p><p>{place}</p></div>"
    for title, when, place in [
        ("Spring Lecture", "12 April 2031, 19:00", "Town Hall"),
        ("Summer Fair", "14 June 2031, 10:00", "Market Square"),
        ("Autumn Walk", "20 September 2031, 09:00", "Oak Park"),
    ]
)
TITLES = ["Spring Lecture", "Summer Fair", "Autumn Walk"]


@pytest.mark.parametrize(
    "heading",
    [
        "<h1>Annual Review Conference 2031</h1>",
        "<h1>Retrospective 2031: Kurosawa</h1>",
        "<h1>Chronicle Books 2031</h1>",
        "<h1>Rückblick 2031 und Ausblick</h1>",
        "<h1>Year in Review 2031</h1><p>What a year it has been.</p><h2>Coming up</h2>",
        "<h1>Chronik 2031</h1><h2>Termine</h2>",
    ],
)
def test_a_heading_saying_more_than_a_years_review_keeps_its_events(heading: str) -> None:
    assert [e["title"] for e in read_uk(f"<html><body>{heading}{CARDS}</body></html>")] == TITLES


@pytest.mark.parametrize("heading", ["Chronik aus dem Jahr 2031", "Year in review 2031", "Jahresrückblick 2031"])
def test_a_years_review_alone_still_reports_its_year(heading: str) -> None:
    assert read_uk(f"<html><body><h1>{heading}</h1>{CARDS}</body></html>") == []


# --- "day | place | hour" headings --------------------------------------------------------------------------------

DAYS = [
    ("Opening Concert", "Sunday, May 20, 2031"),
    ("Concert I", "Wednesday, May 23, 2031"),
    ("Concert II", "Friday, May 25, 2031"),
]


def headings(middle: list[str], order: str = "{day} | {middle} | 7:30 PM") -> str:
    return (
        "<html><body><h1>Festival</h1>"
        + "".join(
            f"<h2>{name}</h2><h3>{order.format(day=day, middle=part)}</h3><p>Works by Bach.</p>"
            for (name, day), part in zip(DAYS, middle, strict=True)
        )
        + "</body></html>"
    )


@pytest.mark.parametrize(
    ("middle", "order"),
    [
        (["Free", "Free", "Free"], "{day} | 7:30 PM | {middle}"),
        (["Tickets $10", "Tickets $15", "Tickets $10"], "{day} | {middle} | 7:30 PM"),
        (["Dr. Jane Smith", "Prof. Lee", "Dr. Ng"], "{day} | {middle} | 7:30 PM"),
        (["All ages", "RSVP required", "Admission €5"], "{day} | {middle} | 7:30 PM"),
    ],
)
def test_a_price_a_state_or_a_speaker_between_date_and_hour_is_no_place(middle: list[str], order: str) -> None:
    events = read_us(headings(middle, order))
    assert [(title, place) for title, _, place in spans(events)] == [(name, "") for name, _ in DAYS]


def test_a_hall_between_date_and_hour_is_still_the_place() -> None:
    events = read_us(headings(["Recital Hall", "Plains Art Museum", "Recital Hall"]))
    assert [(title, place) for title, _, place in spans(events)] == [
        ("Opening Concert", "Recital Hall"),
        ("Concert I", "Plains Art Museum"),
        ("Concert II", "Recital Hall"),
    ]


# --- a tour table's "hall, street, hour" cell ---------------------------------------------------------------------


def tour(cells: list[str], heading: str = "Concert Choir Tours") -> str:
    days = ["Sunday, March 6, 2031", "Monday, March 7, 2031", "Tuesday, March 8, 2031"]
    rows = "".join(f"<tr><td><strong>{d}</strong></td><td>{c}</td></tr>" for d, c in zip(days, cells, strict=True))
    return f"<html><body><h1>Choir</h1><h2>{heading}</h2><table>{rows}</table></body></html>"


@pytest.mark.parametrize(
    "cells",
    [
        ["Lecture Hall 3 Building B<br>2:00 PM", "Room 204 East Wing<br>7:30 PM", "Studio 1 Upstairs<br>7:00 PM"],
        [
            "Concert Ticket 25 Dollars<br>2:00 PM",
            "Matinee Ticket 15 Dollars<br>7:30 PM",
            "Evening Ticket 30 Dollars<br>7 PM",
        ],
        [
            "Workshop for ages 8 and up<br>2:00 PM",
            "Class for ages 10 to 12<br>7:30 PM",
            "Session for 20 people<br>7 PM",
        ],
    ],
)
def test_a_number_and_words_naming_no_street_place_nothing(cells: list[str]) -> None:
    assert all(place == "" for _, _, place in spans(read_us(tour(cells, "Programme"))))


def test_a_hall_and_its_street_still_place_a_tour_row() -> None:
    cells = [
        "<strong>Peace Lutheran Church</strong><br>1011 12th Avenue N, Fargo<br>2:00 PM",
        "<strong>Trinity Church</strong><br>210 7th St S<br>7:30 PM",
        "<strong>First Church</strong><br>400 Main Road<br>7:00 PM",
    ]
    assert [(start, place) for _, start, place in spans(read_us(tour(cells)))] == [
        ("2031-03-06T14:00", "Peace Lutheran Church, 1011 12th Avenue N, Fargo"),
        ("2031-03-07T19:30", "Trinity Church, 210 7th St S"),
        ("2031-03-08T19:00", "First Church, 400 Main Road"),
    ]


# --- a band's show table ------------------------------------------------------------------------------------------


def shows(rows: list[list[str]], zone_reader=read_us) -> list[tuple[str, str, str]]:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    head = "<tr><th>Date</th><th>Venue</th><th>Details</th></tr>"
    return spans(
        zone_reader(f"<html><body><h1>Band</h1><h2>Upcoming Shows</h2><table>{head}{body}</table></body></html>")
    )


def test_a_month_first_column_in_order_both_ways_is_read_month_first() -> None:
    rows = [
        ["04/05/31", "The Hall, Boston", "w/ Foo"],
        ["05/06/31", "Club X, Salem", "w/ Bar"],
        ["06/07/31", "Paradise, Lynn", "w/ Baz"],
    ]
    assert [(title, start[:10]) for title, start, _ in shows(rows)] == [
        ("The Hall", "2031-04-05"),
        ("Club X", "2031-05-06"),
        ("Paradise", "2031-06-07"),
    ]
