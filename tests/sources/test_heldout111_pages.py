"""The hundred-and-eleventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout111.json: a
makers' society's project page, a pop-up gallery's exhibitions list and one exhibition's page, a community shop's
What's On, and three hard negatives: a swim school's term dates, a bakery's farmers-market days, a parish's lockdown
notice; measured once at 5392f196), on small documents of our own:

* The term dates' "No lessons on Thursday 19 September or Monday 21 October (Parent's evenings)." and "CHRISTMAS
  HOLIDAY: Monday 23 December – Thursday 02 January" were read as day-long events: a school's days off are dropped
  (``_page_break_days``).
* "📍 Location: SHILLING-0-04 - Seminar Room" gave no place: an icon before a place's label is no part of the line's
  words (``_place_labels.LEAD_MARKS``).
* A gallery card's "10–12 October 2025 · Bakkerij Bekaert" gave no place: a spaced bar or dot after a card's date sets
  its place off as a comma does (``_page_card_fields.date_line_place``).
* "6–8 & 14–15 March 2026" was read as its second run only: two runs of one month are two events
  (``_page_two_runs``).
* A single page's "Wednesday 10 June · 10:30am – 12:30pm" <br> "East Point Pavilion" gave no place: the line under the
  date in the same block, a place by its own noun, is the place (``_page_single_under_date``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_break_days import break_day
from sources.adapters._place_labels import LABEL_BEFORE
from tests.sources.helpers import one_event, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read_uk = functools.partial(
    read_page,
    url="https://community.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 8, 1, 9),  # noqa: DTZ001
)


def page(body: str, title: str = "What's On") -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def titles(events: list[dict]) -> list[str]:
    return [event["title"] for event in events]


# 1. A school's days off.

TERM_DATES = (
    "<h2>Autumn Term 2031</h2><h3>Monday 01 September - Thursday 23 October</h3>"
    "<p>No lessons on Thursday 18 September or Monday 20 October (Parent's evenings).</p>"
    "<p><strong>HALF TERM</strong>: Monday 27 October – Thursday 30 October</p>"
    "<p><strong>CHRISTMAS HOLIDAY</strong>: Monday 22 December – Thursday 01 January</p>"
)


def test_a_term_dates_page_of_days_off_gives_no_event():
    assert read_uk(page(TERM_DATES, "Term Dates")) == []


@pytest.mark.parametrize(
    "text",
    [
        "No lessons on Thursday 18 September",
        "No classes – Monday 20 October",
        "Kein Unterricht am 20.10.2031",
        "Pas de cours le lundi 20 octobre",
        "Geen les op 20 oktober",
    ],
)
def test_a_line_opening_with_no_and_the_activity_is_a_day_off(text):
    assert break_day(None, text, timed=False, linked=False)


@pytest.mark.parametrize(
    ("title", "text", "timed", "linked"),
    [
        (None, "No School Day Camp Monday 20 October", False, False),  # a camp held that day
        (None, "No-Bake Cookie Class Monday 20 October", False, False),
        ("Half Term Art Club", "Half Term Art Club Monday 27 October", False, False),  # held in the break
        ("Christmas Holiday Market", "Christmas Holiday Market 13 December", False, False),
        ("Half term", "Half term 27 October", True, False),  # a time of its own
        (None, "No lessons needed: jam session 18 September", False, True),  # a page of its own
        ("No meeting", "No meeting in August", False, False),  # a cancelled meeting, read as one elsewhere
    ],
)
def test_what_looks_like_a_day_off_but_is_not(title, text, timed, linked):
    assert not break_day(title, text, timed=timed, linked=linked)


def test_an_event_in_the_break_stays_beside_the_days_off():
    body = TERM_DATES + "<p>Half Term Art Club: Tuesday 28 October 2031, 10am</p>"
    assert titles(read_uk(page(body, "Term Dates"))) == ["Half Term Art Club"]


# 2. An icon before a place's label.


def test_an_icon_before_a_location_label_leaves_the_place_read():
    body = (
        "<p>Please come along to the introduction session!<br>📅 <b>Date: Wednesday, 5th February 2031<br>"
        "🕒 Time: 3:00 p.m.<br>📍 Location: SHILLING-0-04 - Seminar Room</b></p>"
    )
    event = one_event(read_uk(page(body, "Combat Robotics 2031")))
    assert event["venue_name"] == "SHILLING-0-04 - Seminar Room"
    assert str(event["start"]) == "2031-02-05T15:00:00+00:00"


@pytest.mark.parametrize(
    ("line", "place"),
    [("📍 Location: Main Hall", "Main Hall"), ("► Venue: The Blue Door", "The Blue Door"), ("Where: Room 4", "Room 4")],
)
def test_a_label_behind_a_mark_is_a_label(line, place):
    found = LABEL_BEFORE.match(line)
    assert found is not None
    assert found.group("place") == place


@pytest.mark.parametrize("line", ["📍 Located in the heart of town", "📍 Locations we serve", "(Location) Main Hall"])
def test_a_mark_before_other_words_makes_no_label(line):
    assert LABEL_BEFORE.match(line) is None


# 3. and 4. A gallery's cards: "date · Place", two runs of days.


def card(name: str, period: str) -> str:
    return (
        f"<article class='exh-feature'><div><h2 class='exh-feature-name'>{name}</h2>"
        f"<p class='exh-feature-period'>{period}</p><p>Contemporary works in an old building.</p></div></article>"
    )


def cards(*items: tuple[str, str]) -> str:
    return page(
        "<section>" + "".join(card(name, period) for name, period in items) + "</section>", "Exhibitions — A Gallery"
    )


def shows(events: list[dict]) -> list[tuple[str, str, str, str | None]]:
    return [(event["title"], str(event["start"]), str(event["end"]), event["venue_name"]) for event in events]


def test_a_card_date_then_a_dot_then_a_name_gives_the_place():
    events = read_uk(
        cards(
            ("Gallery in the Bakery", "10–12 October 2031 &nbsp;·&nbsp; Bakkerij Bekaert"),
            ("Gallery in the Mill", "7–9 November 2031 | Old Corn Mill"),
        )
    )
    assert shows(events) == [
        ("Gallery in the Bakery", "2031-10-10", "2031-10-12", "Bakkerij Bekaert"),
        ("Gallery in the Mill", "2031-11-07", "2031-11-09", "Old Corn Mill"),
    ]


@pytest.mark.parametrize("after", ["7:30pm", "Sold out", "£12.50", "Free entry with booking required for groups"])
def test_a_card_date_then_a_dot_then_no_name_gives_no_place(after):
    events = read_uk(cards(("Gallery in the Bakery", f"10–12 October 2031 · {after}")))
    assert [event["venue_name"] for event in events] == [None]


def test_two_runs_of_days_are_two_events_each_at_the_place():
    events = read_uk(cards(("Gallery in the Distillery", "6–8 &amp; 14–15 March 2032 · Filliers Distillery")))
    assert shows(events) == [
        ("Gallery in the Distillery", "2032-03-06", "2032-03-08", "Filliers Distillery"),
        ("Gallery in the Distillery", "2032-03-14", "2032-03-15", "Filliers Distillery"),
    ]
    assert len({event["external_id"] for event in events}) == 2


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("6–15 March 2032", [("2032-03-06", "2032-03-15")]),  # one run
        ("6–8 &amp; 9–10 March 2032", [("2032-03-09", "2032-03-10")]),  # touching: not two runs
    ],
)
def test_one_run_or_touching_runs_stay_one_event(period, expected):
    events = read_uk(cards(("Gallery in the Distillery", period)))
    assert [(str(event["start"]), str(event["end"])) for event in events] == expected


def test_a_page_of_its_own_with_two_runs_is_two_events():
    body = (
        "<div class='meta'><span>Group exhibition</span> <span>6–8 &amp; 14–15 March 2032</span> "
        "<span>1.200 visitors</span></div><p>Ten artists in a distillery.</p>"
    )
    events = read_uk(page(body, "Gallery in the Distillery"))
    assert [(str(event["start"]), str(event["end"])) for event in events] == [
        ("2032-03-06", "2032-03-08"),
        ("2032-03-14", "2032-03-15"),
    ]


# 5. A single page's place under its date.


def workshop(under: str, after: str = "") -> str:
    return page(
        "<h2>upcoming events</h2><div class='event-card'><div>Upcycled Bag Charm Workshop</div>"
        "<p>Learn how to make your own bag charm from recycled materials.</p>"
        f"<p>Wednesday 10 June 2032 · 10:30am – 12:30pm<br>{under}</p>{after}<a href='/book'>Book now</a></div>",
        "what's on at the Swap Shop",
    )


def test_the_place_on_the_line_under_the_date_is_the_events():
    event = one_event(read_uk(workshop("East Point Pavilion")))
    assert event["venue_name"] == "East Point Pavilion"
    assert str(event["start"]) == "2032-06-10T10:30:00+01:00"


@pytest.mark.parametrize(
    ("under", "after"),
    [
        ("Book now", ""),  # no place's noun
        ("All welcome", ""),
        ("", "<p>East Point Pavilion</p>"),  # another block
        ("Bring your own materials to the Pavilion please", ""),  # a sentence
        ("Box Office", ""),  # whom to ask
    ],
)
def test_no_place_when_the_line_under_the_date_names_none_in_its_block(under, after):
    event = one_event(read_uk(workshop(under, after)))
    assert event["venue_name"] is None
