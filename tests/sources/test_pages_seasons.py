"""The `html` adapter on schedules whose rows write no year: a season's heading ("2024–2025 Meeting Schedule",
"Season 2024/25") gives its first year to the rows before the turn of the year and its second to the rows
after it; a list in order runs on into the next year when its months go back (Dec → Jan), whichever way it is
sorted; a list out of order keeps each date's own reading."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_order import in_page_order
from sources.adapters._page_years import season_years
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/New_York")
BASE = "https://board.example/meetings"
NOV_2026 = dt.datetime(2026, 11, 23, tzinfo=ZONE)
MID_JAN_2027 = dt.datetime(2027, 1, 20, tzinfo=ZONE)
DEC_JAN_FEB = ("Dec 10", "Jan 14", "Feb 11")


def page(body: str) -> str:
    return f"<html><head><title>Meetings | Board</title></head><body>{body}</body></html>"


def table(heading: str, days: tuple[str, ...]) -> str:
    rows = "".join(f"<tr><td>{day}</td><td>7 pm</td><td>Board meeting</td></tr>" for day in days)
    return f"<h2>{heading}</h2><table><tr><th>Date</th><th>Time</th><th>Meeting</th></tr>{rows}</table>"


def items(heading: str | None, days: tuple[str, ...]) -> str:
    lines = "".join(f"<li>{day} — Board meeting, 7 pm</li>" for day in days)
    return (f"<h2>{heading}</h2>" if heading else "") + f"<ul>{lines}</ul>"


def days_of(body: str, start: dt.datetime) -> list[dt.date]:
    events = parse_page(page(body), zone=ZONE, base=BASE, start=start)
    return [event.start.date() if isinstance(event.start, dt.datetime) else event.start for event in events]


SEASON_2024 = [dt.date(2024, 12, 10), dt.date(2025, 1, 14), dt.date(2025, 2, 11)]


@pytest.mark.parametrize("heading", ["2024–2025 Meeting Schedule", "Season 2024/25", "2024-25"])
def test_a_seasons_table_takes_its_first_year_then_its_second(heading: str) -> None:
    assert days_of(table(heading, DEC_JAN_FEB), NOV_2026) == SEASON_2024


def test_a_seasons_lines_take_its_first_year_then_its_second() -> None:
    assert days_of(items("Season 2024/25", DEC_JAN_FEB), NOV_2026) == SEASON_2024


def test_the_season_says_why_in_the_evidence() -> None:
    events = parse_page(page(table("Season 2024/25", DEC_JAN_FEB)), zone=ZONE, base=BASE, start=NOV_2026)
    assert any("season 2024–2025" in line for line in events[1].evidence)


def test_a_season_that_does_not_turn_the_year_is_in_the_half_its_months_are() -> None:
    assert days_of(items("2024-25 Season", ("Jan 14", "Feb 11")), NOV_2026) == [
        dt.date(2025, 1, 14),
        dt.date(2025, 2, 11),
    ]
    assert days_of(items("2024-25 Season", ("Sep 10", "Oct 8")), NOV_2026) == [
        dt.date(2024, 9, 10),
        dt.date(2024, 10, 8),
    ]


def test_rows_without_a_heading_run_on_into_the_next_year() -> None:
    # Read alone on January 20, December 10 is next December: in the list it is the one before January.
    assert days_of(items(None, ("Dec 10", "Jan 14", "Feb 11")), MID_JAN_2027) == [
        dt.date(2026, 12, 10),
        dt.date(2027, 1, 14),
        dt.date(2027, 2, 11),
    ]


def test_rows_newest_first_run_back_into_the_year_before() -> None:
    assert days_of(items(None, ("Feb 11", "Jan 14", "Dec 10")), MID_JAN_2027) == [
        dt.date(2027, 2, 11),
        dt.date(2027, 1, 14),
        dt.date(2026, 12, 10),
    ]


def test_a_years_schedule_runs_on_into_the_january_after_it() -> None:
    assert days_of(table("2025 Meeting Schedule", ("Nov 12", "Dec 10", "Jan 14")), NOV_2026) == [
        dt.date(2025, 11, 12),
        dt.date(2025, 12, 10),
        dt.date(2026, 1, 14),
    ]


def test_a_written_year_carries_on_to_the_rows_after_it() -> None:
    assert days_of(items(None, ("December 10, 2024", "Jan 14", "Feb 11")), NOV_2026) == SEASON_2024


def test_rows_out_of_order_keep_each_dates_own_year() -> None:
    # Three months back, then one forward: not a list in order, so nothing runs on into another year.
    assert days_of(table("2022", ("Jan 14", "Apr 5", "Mar 30")), NOV_2026) == [
        dt.date(2022, 1, 14),
        dt.date(2022, 4, 5),
        dt.date(2022, 3, 30),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2024–2025 Meeting Schedule", (2024, 2025)),
        ("Season 2024/25", (2024, 2025)),
        ("2026-27 Season Fixtures", (2026, 2027)),
        ("FY 2025-2026 Board Meetings", (2025, 2026)),
        ("2024 - 2025", (2024, 2025)),
        ("Strategic Plan 2020-2025", None),  # five years, no season
        ("Capital Improvement Plan 2024-2025", None),  # no schedule word
        ("Serving the city 2019-2020 and since", None),  # a history
        ("2024-25 Season: December 10, 2024", None),  # a date, not a heading
        ("2031-32 Season", None),  # years ahead of the fetch: not this page's schedule
    ],
)
def test_season_years(text: str, years: tuple[int, int] | None) -> None:
    assert season_years(text, dt.date(2026, 11, 23)) == years


def test_in_page_order_leaves_a_single_date_and_anchored_dates_alone() -> None:
    today = dt.date(2027, 1, 20)
    lone = [dt.date(2027, 12, 10)]
    assert in_page_order(lone, [False], today=today) == lone
    written = [dt.date(2027, 12, 10), dt.date(2025, 1, 14)]
    assert in_page_order(written, [True, True], today=today) == written
