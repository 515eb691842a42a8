"""Left30: a pair of days written after the month ("June 17 & 18", pages batch 89's "Left") was read as its first day
alone. When the day right after a month-first date, joined by "&", "and" or "+", is the next day, and no month, hour or
third day follows, the card is one event over both days (``_page_day_pairs.paired_last``, in
``_page_card_dates.day_range``). Not: days apart ("June 3 & 10"), another month's day ("June 17 & 18 July"), an hour
("June 7 & 8pm", "June 17 & 18:00"), a list of three ("June 17 & 18 & 19"), a month's last day and a day it lacks.

Two days a week or two apart ("Sat 21 and 28 June", "June 21 & 28", pages89's "Left") were read on one of them: they
are two events, the card's on each day at its time (``_page_two_days.listed_days``, with a card's showings in
``_page_showings.with_showings``). Not: days farther apart ("2 & 18 June"), three days ("7, 14 & 21 June"), a range
("21–28 June"), a price before the first ("£5 and 28 June").
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_card_dates, _page_showings
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 10, tzinfo=LONDON)
read = functools.partial(read_page, url="https://club.example/events.html", zone=LONDON, start=START)
MAP = "<a class='card-text' href='https://goo.gl/maps/abc123'>Penhale Farm, Fradon, TR8 5BX</a>"


def _card(days: str) -> str:
    return (
        "<html><body><h1>Events</h1><section class='events'><div class='card'><div class='row'>"
        "<div class='col'><img src='rally.jpg' alt='Rally'></div><div class='col'><div class='card-body'>"
        f"<h4 class='card-title'>Summer Steam Rally</h4><h5>{days}</h5>{MAP}"
        "<p class='card-text'>Join us for our annual rally!</p><a href='rally-2031.html'>Read More</a>"
        "</div></div></div></div></section><footer><p>Copyright 2031 Example Club</p></footer></body></html>"
    )


def _days(days: str) -> list[tuple[str, str | None]]:
    return [
        (str(event["start"])[:16], str(event["end"])[:16] if event.get("end") else None) for event in read(_card(days))
    ]


@pytest.mark.parametrize(
    "days", ["June 17 & 18", "June 17th & 18th", "June 17 and 18", "Sat June 17 & Sun 18", "June 17 + 18, 2031"]
)
def test_two_consecutive_days_after_the_month_are_one_event_over_both(days: str) -> None:
    assert _days(days) == [("2031-06-17", "2031-06-18")]


def test_with_daily_hours_the_pair_runs_from_the_first_days_opening_to_the_last_days_close() -> None:
    assert _days("June 17 & 18, 10am – 5pm") == [("2031-06-17T10:00", "2031-06-18T17:00")]


def test_without_the_rule_the_pair_was_its_first_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_card_dates, "paired_last", lambda first, text, end: None)
    assert _days("June 17 & 18") == [("2031-06-17", None)]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("Sat 21 and 28 June", [("2031-06-21", None), ("2031-06-28", None)]),
        ("21st & Sat 28th June 2031", [("2031-06-21", None), ("2031-06-28", None)]),
        ("June 21 & 28", [("2031-06-21", None), ("2031-06-28", None)]),
        (
            "June 21 and 28, 10am – 4pm",
            [("2031-06-21T10:00", "2031-06-21T16:00"), ("2031-06-28T10:00", "2031-06-28T16:00")],
        ),
    ],
)
def test_two_days_a_week_apart_are_two_events(days: str, expected: list[tuple[str, str | None]]) -> None:
    assert _days(days) == expected
    assert len({event["external_id"] for event in read(_card(days))}) == 2


def test_without_the_rule_one_day_was_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_showings, "listed_days", lambda block, record: None)
    assert _days("Sat 21 and 28 June") == [("2031-06-28", None)]


@pytest.mark.parametrize("days", ["2 & 18 June", "7, 14 & 21 June", "21–28 June", "£5 and 28 June", "June 7 & 14 & 21"])
def test_days_that_are_no_list_of_two_read_as_without_the_rule(days: str, monkeypatch: pytest.MonkeyPatch) -> None:
    on = _days(days)
    monkeypatch.setattr(_page_showings, "listed_days", lambda block, record: None)
    assert on == _days(days)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("June 3 & 24", [("2031-06-03", None)]),  # days farther apart
        ("June 17 & 18 July", [("2031-06-17", None), ("2031-07-18", None)]),  # two dates of two months
        ("June 7 & 8pm", [("2031-06-07T20:00", None)]),  # an hour
        ("June 17 & 18:00", [("2031-06-17T18:00", None)]),  # an hour
        ("June 17 & 18 & 19", [("2031-06-17", None)]),  # a list of three
        ("June 30 & 31", [("2031-06-30", None)]),  # no 31 June
    ],
)
def test_days_that_are_no_pair_read_as_before(
    days: str, expected: list[tuple[str, str | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _days(days) == expected
    monkeypatch.setattr(_page_card_dates, "paired_last", lambda first, text, end: None)
    assert _days(days) == expected
