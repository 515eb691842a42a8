"""One rule for a title that opens with its event's own day (_title_lead_day), read by pages and feeds alike.

Before, a page read only a dated opening with its year ("13/05/2027 Board Meeting") and a feed only a year-less
month/day with a time ("10/3 1:00 PM Otters Football"): each reader now reads both. Documents of our own."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._title_lead_day import LEAD_DAY, MONTH_DAY_LEAD, lead_day_off, without_lead_day
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_feed, read_page

DENVER = zoneinfo.ZoneInfo("America/Denver")
START = dt.datetime(2027, 5, 13, 18, 0, tzinfo=DENVER)


JANUARY = dt.datetime(2027, 1, 1, tzinfo=DENVER)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("13/05/2027 Board Meeting", "Board Meeting"),
        ("May 13, 2027 - Open Day", "Open Day"),
        ("2027/05/13 06:00 PM Arts Committee", "Arts Committee"),
        ("5/13 6:00 PM Otters Football vs Bay State", "Otters Football vs Bay State"),
        ("5/13 TBA [W] Otters Football vs Bay State", "Otters Football vs Bay State"),
    ],
)
def test_the_events_own_day_is_taken_off_in_either_writing(title: str, kept: str) -> None:
    assert lead_day_off(title, START) == kept


@pytest.mark.parametrize(
    "title",
    [
        "13 May Day Parade",  # a day without its year or a time: it may be the name
        "5/13 Otters Football vs Bay State",
        "14/05/2027 Board Meeting",  # another day
        "5/14 6:00 PM Otters Football",
        "2027/05/13 07:00 PM Arts Committee",  # another hour than the start's
        "13/05/2027 - 14/05/2027 Festival",  # a range
        "13/05/2027",
    ],
)
def test_anything_else_stays(title: str) -> None:
    assert lead_day_off(title, START) is None
    assert without_lead_day(title, START) == title


def test_a_page_reads_the_year_less_writing() -> None:
    page = (
        "<html lang=en><body><h1>Fall schedule</h1><ul>"
        "<li><a href='/games/1'>5/13 6:00 PM Otters Football vs Bay State</a><br>May 13, 2027 6:00 PM</li>"
        "<li><a href='/games/2'>5/20 6:00 PM Otters Football vs Lake City</a><br>May 20, 2027 6:00 PM</li>"
        "</ul></body></html>"
    )
    events = read_page(page, url="https://otters.example.edu/schedule", zone=DENVER, start=JANUARY)
    assert [event["title"] for event in events] == ["Otters Football vs Bay State", "Otters Football vs Lake City"]


def test_a_feed_reads_the_dated_writing() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        "<title>Town events</title><link>https://town.example.org/</link><description>Events</description>"
        "<item><title>2027/05/13 10:00 AM Arts Committee Meeting</title><link>https://town.example.org/e/1</link>"
        "<ev:startdate>2027-05-13T10:00:00-06:00</ev:startdate></item></channel></rss>"
    )
    (event,) = read_feed(feed, zone=DENVER, start=JANUARY)
    assert event["title"] == "Arts Committee Meeting"
    assert event["source_title"] == "2027/05/13 10:00 AM Arts Committee Meeting"


def test_the_patterns_stay_linear() -> None:
    assert superlinear_shape(LEAD_DAY) is None
    assert superlinear_shape(MONTH_DAY_LEAD) is None
