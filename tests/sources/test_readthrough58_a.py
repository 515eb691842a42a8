"""Read-through 58 (helper mend58a): the page readers' findings of a read-only review of the day's merge
(/work/wt/readthrough58.md), each mended with the smallest general change; each test is the reviewer's probe, beside
the rule's own positive case and hard negatives.

1. A count after a pair of days ("December 26 and 27, 2000 runners expected") was read as the pair's year, and that
   year became the whole page's (``_page_pair_hits.YEAR_AFTER``): a year is followed by no noun (F3).
2. A pair of days after the month with a dash and a title after it ("December 12 and 13 - Open Weekend") is one event
   over both days, as the module's docstring says (``_page_day_pairs.PAIR_TAIL``; F4).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)


def page(body: str, heading: str = "What's On", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def spans(events: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (str(event["start"])[:10], str(event["end"])[:10] if event.get("end") else None, event["title"])
        for event in events
    ]


def listing(*texts: str) -> list[dict]:
    return read(page("<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"))


# 1, 2. A pair of days after the month (_page_pair_hits, _page_day_pairs) -------------------------------------------

NO_YEAR = ("December 12 and 13 - Open Weekend at the Old Mill", "December 19 - Carol Concert", "December 24 - Nativity")


@pytest.mark.parametrize("count", ["2000 runners expected", "1999 prices", "2030 seats, book early"])
def test_a_count_after_a_pair_of_days_is_no_year(count):
    events = listing(*NO_YEAR, f"Marathon December 26 and 27, {count}")
    assert [start[:4] for start, _, _ in spans(events)] == ["2031"] * 4
    assert spans(events)[3][:2] == ("2031-12-26", "2031-12-27")


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("December 26 and 27, 2032 - Winter Fair", "2032"),
        ("December 26 and 27, 2032", "2032"),
        ("December 26 and 27, 2032 at the Old Mill", "2032"),
        ("December 26 and 27, 2032: Winter Fair", "2032"),
    ],
)
def test_a_year_after_a_pair_of_days_is_still_its_year(line, year):
    events = listing("December 19, 2032 - Carol Concert", line)
    assert spans(events)[1][:2] == (f"{year}-12-26", f"{year}-12-27")


def test_a_pair_of_days_then_a_dash_and_a_title_is_one_event_over_both():
    events = listing(*NO_YEAR)
    assert spans(events)[0] == ("2031-12-12", "2031-12-13", "Open Weekend at the Old Mill")


@pytest.mark.parametrize(
    "line", ["December 12 and 13 - 20 - Open Days", "December 12 and 13 – January 3 - Open Days"]
)
def test_a_dash_then_a_day_or_a_month_makes_no_pair(line):
    assert spans(listing(line, *NO_YEAR[1:]))[0][1] != "2031-12-13"
