"""Two misreadings of web pages (issue #13), on our own small documents.

- a month's abbreviation whose dot is glued to the day ("Thursday, Feb.19") is a date as "Feb. 19" is; "Fig.19",
  "No.19", "pp.19", "v2.1", a decimal after the day and a longer number are not (_page_glued_months).
- under a heading that states one year ("2026 Board Meeting Dates"), a year-less day whose weekday does not fit
  that year ("Wednesday, June 18": a Thursday in 2026) stays in the heading's year, flagged; so under a <title> that
  states one year when no heading does; not with two years in the heading or title, a year on the line, or no year
  stated (the weekday picks the year, as before; _page_stated_years).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _page_glued_months
from sources.adapters._page_dates import find_dates
from sources.extraction import default_window, extract_document
from tests.hostile import module_patterns, superlinear_shape

ZONE = zoneinfo.ZoneInfo("America/Indiana/Indianapolis")
NOW = dt.datetime(2026, 1, 10, tzinfo=ZONE)
WEEKDAY_MOVED = "the weekday written beside the date does not fall on it: the year may be wrong"


def events(html: str, now: dt.datetime = NOW) -> list[dict]:
    extraction = extract_document(
        html.encode(), window=default_window(now), kind="auto", page_url="https://example.org/", zone=ZONE
    )
    return extraction.events


def starts(html: str, now: dt.datetime = NOW) -> dict[str, str]:
    return {event["title"]: event["start"] for event in events(html, now)}


def card_page(when: str) -> str:
    return (
        "<html><head><title>Riverside Library events</title></head><body><main><h1>Upcoming events</h1>"
        f'<div class="event"><h2>Seed swap and potting table</h2><p>{when} at 6:30 p.m.</p>'
        "<p>Riverside Library, 12 Elm Street</p></div>"
        '<div class="event"><h2>Knitting circle for beginners</h2><p>Saturday, Feb. 21 at 10:00 a.m.</p>'
        "<p>Riverside Library, 12 Elm Street</p></div></main></body></html>"
    )


def test_a_dotted_month_glued_to_its_day_reads_as_the_spaced_one() -> None:
    glued = starts(card_page("Thursday, Feb.19"))
    assert glued == starts(card_page("Thursday, Feb. 19"))
    assert glued["Seed swap and potting table"] == "2026-02-19T18:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday, Feb.19", dt.date(2026, 2, 19)),
        ("Sept.3rd, 2027", dt.date(2027, 9, 3)),
        ("doors Dec.31st", dt.date(2026, 12, 31)),
    ],
)
def test_glued_dates_in_text(text: str, day: dt.date) -> None:
    assert [hit.date for hit in find_dates(text, year_hint=None, today=NOW.date())] == [day]


@pytest.mark.parametrize(
    "text",
    ["see Fig.19", "No.19 on the list", "pp.19-24", "v2.1 released", "Feb.19.5 percent", "the Oct.2019 report"],
)
def test_numbers_after_other_dotted_words_are_no_dates(text: str) -> None:
    assert find_dates(text, year_hint=None, today=NOW.date()) == []


def schedule(heading: str, first: str, title: str = "Harbor District board") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main><h2>{heading}</h2><ul>"
        f"<li>{first} - Regular board meeting, 6:00 p.m.</li>"
        "<li>Thursday, July 16 - Regular board meeting, 6:00 p.m.</li>"
        "<li>Thursday, August 20 - Regular board meeting, 6:00 p.m.</li>"
        "</ul></main></body></html>"
    )


def june(html: str) -> dict:
    (found,) = [event for event in events(html) if event["start"][5:7] == "06"]
    return found


@pytest.mark.parametrize("heading", ["2026 Board Meeting Dates", "Meeting schedule 2026"])
def test_a_headings_stated_year_wins_over_a_weekday_that_does_not_fit(heading: str) -> None:
    found = june(schedule(heading, "Wednesday, June 18"))
    assert found["start"] == "2026-06-18T18:00:00-04:00"  # a Thursday: the weekday is the typo
    assert WEEKDAY_MOVED in found["evidence"]


def test_a_weekday_that_fits_the_stated_year_is_not_flagged() -> None:
    found = june(schedule("2026 Board Meeting Dates", "Thursday, June 18"))
    assert found["start"].startswith("2026-06-18")
    assert WEEKDAY_MOVED not in found["evidence"]


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        ("2025 and 2026 Board Meeting Dates", "Wednesday, June 18"),  # two years: which one is not said
        ("2026 Board Meeting Dates", "Wednesday, June 18, 2025"),  # the line's own year
        ("Board Meeting Dates", "Wednesday, June 18"),  # no year stated: the weekday picks it, as before
    ],
)
def test_the_weekday_or_the_lines_own_year_still_decide_otherwise(heading: str, first: str) -> None:
    assert june(schedule(heading, first))["start"].startswith("2025-06-18")


def test_the_glued_month_pattern_is_linear() -> None:
    patterns = module_patterns(_page_glued_months)
    assert patterns
    assert all(superlinear_shape(pattern) is None for pattern in patterns.values())


def test_the_page_titles_stated_year_wins_when_no_heading_states_one() -> None:
    found = june(schedule("Board meetings", "Wednesday, June 18", title="2026 Board Meeting Dates"))
    assert found["start"] == "2026-06-18T18:00:00-04:00"
    assert WEEKDAY_MOVED in found["evidence"]


def test_a_title_with_two_years_states_none() -> None:
    html = schedule("Board meetings", "Wednesday, June 18", title="Board meetings 2025 and 2026")
    assert june(html)["start"].startswith("2025-06-18")
