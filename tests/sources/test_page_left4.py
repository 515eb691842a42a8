"""Page misreadings left by held-out batch 36 and helper leftpages2, each on a small document of our own that the
page reader misread before its rule:

1. a range whose first day is its number alone joined to a date by a word ("from 1 to 5 March 2027", "12 to 20
   April 2027", "1st through 5th March", a Dutch card's "van 12 t/m 20 december 2026"): from that day of the last
   day's month; it had been read as the last day alone (_page_card_dates.RANGE_HEAD on cards,
   _page_ranges.LEAD_DAY on schedule lines). The dashed form ("1 - 5 March 2027") was read already;
2. a section heading that states its group's usual hour ("Finance Committee – 6:30 PM") over dates: that hour, not
   the page's one stated time (_page_schedule.heading_hour).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_card_dates, _page_ranges
from tests.hostile import superlinear_shape
from tests.sources.test_page_left_items import BERLIN, read


@pytest.mark.parametrize("name", ["RANGE_HEAD"])
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(getattr(_page_card_dates, name)) is None


def boxes(items: list[tuple[str, str]]) -> str:
    return (
        "<html lang='en'><body><h1>Courses</h1>"
        + "".join(
            f'<div class="course"><h3><a href="/c/{index}">{title}</a></h3><p>{when}</p><p>Room 3</p></div>'
            for index, (title, when) in enumerate(items)
        )
        + "</body></html>"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1 - 5 March 2027", "12 – 20 April 2027"),
        ("1–5 March 2027", "12-20 April 2027"),
        ("from 1 to 5 March 2027", "From 12 to 20 April 2027"),
        ("1st - 5th March 2027", "12th to 20th April 2027"),
    ],
)
def test_an_english_range_with_a_bare_first_day(first: str, second: str) -> None:
    body = boxes([("Pottery course", first), ("Children's choir", second)])
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Pottery course", "2027-03-01", "2027-03-05"),
        ("Children's choir", "2027-04-12", "2027-04-20"),
    ]


def test_a_number_before_a_date_with_no_dash_or_lead_is_no_day() -> None:
    """A room's or a count's number before a date ("Room 2 5 March 2027") is no first day."""
    body = boxes([("Pottery course", "Room 2, 5 March 2027")])
    assert [start for _title, start, _end in read(body, BERLIN, dt.date(2026, 8, 1))] == ["2027-03-05"]


def test_another_languages_range_with_a_month_spelled_as_in_english() -> None:
    """A Dutch card's "van 12 t/m 20 december 2026" (the month spelled as in English) is read by the English card
    pattern: its first day is the lead word's number, not dropped."""
    body = boxes([("Kerstmarkt", "van 12 t/m 20 december 2026"), ("Schaatsbaan", "Van 1 tot en met 5 december 2026")])
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Kerstmarkt", "2026-12-12", "2026-12-20"),
        ("Schaatsbaan", "2026-12-01", "2026-12-05"),
    ]


def test_another_languages_joiner_without_its_lead_word_is_no_range() -> None:
    body = boxes([("Pottery course", "Saal 2 bis 5 March 2027")])
    assert [start for _title, start, _end in read(body, BERLIN, dt.date(2026, 8, 1))] == ["2027-03-05"]


def test_an_english_range_with_a_bare_first_day_on_schedule_lines() -> None:
    body = (
        "<html lang=en><body><h1>Courses</h1><ul><li>Pottery course 12 to 20 April 2027</li>"
        "<li>Children's choir 1st through 5th March 2027</li></ul></body></html>"
    )
    assert sorted(read(body, BERLIN, dt.date(2026, 8, 1))) == [
        ("Children's choir", "2027-03-01", "2027-03-05"),
        ("Pottery course", "2027-04-12", "2027-04-20"),
    ]


def test_lead_day_stays_linear() -> None:
    assert superlinear_shape(_page_ranges.LEAD_DAY) is None


# 2. A section heading that states its group's usual hour gives it to the dates under it, ahead of the page's one.
def test_a_headings_own_hour_is_its_dates_time() -> None:
    body = (
        "<html lang=en><body><h1>Committee meetings 2027</h1>"
        "<p>Unless noted, meetings start at 5:00 p.m. in the Council Chamber.</p>"
        "<h2>Finance Committee – 6:30 PM</h2><ul><li>January 12, 2027</li><li>February 9, 2027</li></ul>"
        "<h2>Parks Committee</h2><ul><li>January 14, 2027</li></ul>"
        "</body></html>"
    )
    starts = sorted((title, start) for title, start, _end in read(body, BERLIN, dt.date(2026, 12, 1)))
    assert [start for _title, start in starts] == ["2027-01-12 18:30", "2027-02-09 18:30", "2027-01-14 17:00"]
    assert [title for title, _start in starts] == [
        "Finance Committee meeting",
        "Finance Committee meeting",
        "Parks Committee meeting",
    ]


def test_a_heading_with_a_date_or_two_hours_gives_no_hour() -> None:
    body = (
        "<html lang=en><body><h1>Committee meetings 2027</h1>"
        "<p>Unless noted, meetings start at 5:00 p.m. in the Council Chamber.</p>"
        "<h2>Finance Committee (9 a.m. or 6:30 PM)</h2><ul><li>January 12, 2027</li></ul>"
        "</body></html>"
    )
    starts = [start for _title, start, _end in read(body, BERLIN, dt.date(2026, 12, 1))]
    assert starts
    assert not {"2027-01-12 09:00", "2027-01-12 18:30"} & set(starts)  # neither of its two hours
