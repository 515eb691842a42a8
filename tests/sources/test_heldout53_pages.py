"""The fifty-third held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout53.json: measured
once at 860fa14), each rule on a small document of our own:

1. a list whose items each wrap their words in one ``<div>`` (Word pasted into a CMS: ``<li><div><span>Monday, March
   22</span></div></li>``) is one list, as if the wrappers were not there; an item of several blocks keeps them
   (_page_item_wrappers).
2. a day split over two inline elements (``<span>January 2</span><span>5</span>``) is one day, January 25; a date's
   and a time's spans side by side stay apart, and a digit that would make no day (``May 3`` + ``4``) too
   (_page_split_days).
3. a heading naming meetings over a list whose first item is the hour alone ("Meetings" over "<li>8 p.m.</li>")
   gives that hour to the page's dated meetings, and the list's item holding a street address their place; a time
   said before or after the meetings ("6:30 p.m., preceding regularly scheduled meetings") is another session's,
   never theirs (_page_listed_clock).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_item_wrappers, _page_listed_clock, _page_split_days
from tests.hostile import superlinear_shape
from tests.sources.helpers import local_minute, read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
JANUARY = dt.datetime(2026, 1, 8)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
PAGE = "https://library.example.org/about/meetings/"
read = functools.partial(read_page, url=PAGE, zone=NEW_YORK, start=JANUARY)


def starts(events: list[dict]) -> list[str]:
    """Each start as the page shows it: "2026-02-11 17:15", a day alone as "2026-02-11"."""
    return sorted(
        event["start"]
        if len(event["start"]) == len("2026-02-11")
        else local_minute(dt.datetime.fromisoformat(event["start"]), NEW_YORK) or ""
        for event in events
    )


# 1. and 2. Items wrapped in a <div>, a day split over spans.

WRAPPED = """<html><body><main><h1>Meetings</h1>
<h2>Board</h2>
<p><strong>Board meetings (6:30 pm unless otherwise noted)</strong></p>
<ul>
<li><div><span>Monday, January 2</span><span>6</span><span>&nbsp;</span></div></li>
<li><div><span>Monday, March 23</span></div></li>
<li><div><span>Monday</span><span>, June&nbsp;</span><span>2</span><span>9</span></div></li>
</ul>
<h2>Advisory Council</h2>
<p><strong>(10:00 am)</strong></p>
<ul><li>Thursday, January 15</li><li>Thursday, February 12</li></ul>
</main></body></html>"""


def test_a_list_of_wrapped_items_is_one_list_and_its_split_days_are_whole():
    assert starts(read(WRAPPED)) == [
        "2026-01-15 10:00",
        "2026-01-26 18:30",
        "2026-02-12 10:00",
        "2026-03-23 18:30",
        "2026-06-29 18:30",
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<ul><li><div><span>March 23</span></div></li></ul>", "li"),  # the wrapper stands for its item
        ("<ul><li><div><p>March 23</p></div></li></ul>", "li"),  # wrappers in a wrapper too
        ("<ul><li><div>March 23</div><div>Book Sale</div></li></ul>", "div"),  # a card of two blocks keeps them
        ("<ul><li>Sale: <div>March 23</div></li></ul>", "div"),  # the item's own words beside it
        ("<ul><li><div>March 23</div> Book Sale</li></ul>", "div"),  # words after it
        ("<table><tr><td><div>March 23</div></td></tr></table>", "div"),  # no list item
    ],
)
def test_item_block(markup, expected):
    root = lxml.html.fromstring(f"<html><body>{markup}</body></html>")
    innermost = [el for el in root.iter("div", "p") if "March" in el.text_content()][-1]
    assert _page_item_wrappers.item_block(innermost).tag == expected


@pytest.mark.parametrize(
    ("before", "following", "joined"),
    [
        ("Monday, January 2", "5", True),
        ("Monday, June 2", "8", True),
        ("Sept. 1", "9", True),
        ("May 3", "4", False),  # 34: no day
        ("13.10.2025", "1", False),  # no month's name: two values
        ("January 2", "5 pm", False),  # a time after the day, not its digit
        ("Room 2", "5", False),  # no month
        ("January 12", "5", False),  # a day of two digits already
    ],
)
def test_split_day(before, following, joined):
    assert _page_split_days.split_day(before, following) is joined


def test_a_date_and_a_time_in_spans_side_by_side_stay_apart():
    page = """<html><body><main><h1>Meetings</h1><ul>
    <li><span>Thursday, February 5, 2026</span><span>7:00 PM</span> Trustees</li>
    <li><span>Thursday, March 5, 2026</span><span>7:00 PM</span> Trustees</li>
    </ul></main></body></html>"""
    assert starts(read(page)) == ["2026-02-05 19:00", "2026-03-05 19:00"]


# 3. The hour listed under a heading naming meetings; another session's time.

LISTED_HOUR = """<html><body><main><h1>Commission Meetings</h1>
<h2>Meetings</h2>
<ul><li>8 p.m.</li><li>Second and fourth Tuesday of each month (unless noted)</li>
<li>Commission Chambers, Municipal Building, 710 Main Road</li></ul>
<h2>Discussion Session Meetings</h2>
<ul><li>6:30 p.m., preceding regularly scheduled meetings</li><li>Meetings are held in Room C</li></ul>
<h3>Posted Agendas</h3>
<ul><li>Tuesday at 7 p.m.</li><li>Wednesday at 2 p.m.</li></ul>
<h2>2026 Meeting Schedule</h2>
<table><tr><th>Regular Meeting</th></tr>
<tr><td>January 13</td></tr><tr><td>February 10</td></tr><tr><td>March 10</td></tr></table>
</main></body></html>"""


def test_the_hour_listed_under_the_meetings_heading_is_theirs():
    assert starts(read(LISTED_HOUR)) == ["2026-01-13 20:00", "2026-02-10 20:00", "2026-03-10 20:00"]


def test_a_session_before_the_meetings_does_not_time_them():
    page = LISTED_HOUR.replace("<ul><li>8 p.m.</li>", "<ul>")
    assert [start[11:] for start in starts(read(page))] != ["18:30"] * 3


def test_a_clock_item_under_another_heading_says_nothing():
    page = LISTED_HOUR.replace("<h2>Meetings</h2>", "<h2>Cable replays</h2>")
    assert all(not start.endswith("20:00") for start in starts(read(page)))


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("6:30 p.m., preceding regularly scheduled meetings", True),
        ("Work session at 5 p.m. prior to the regular meeting", True),
        ("A reception follows at 9 p.m., following each Council meeting", True),
        ("Meetings are held at 7 p.m. in the Council Chambers", False),
        ("The Board meets at 6 pm following the work session", False),
    ],
)
def test_another_session(sentence, other):
    assert _page_listed_clock.another_session(sentence) is other


def test_the_new_patterns_are_linear():
    for pattern in (
        _page_split_days.MONTH_AND_DIGIT,
        _page_listed_clock.BARE_CLOCK,
        _page_listed_clock.RELATIVE_SESSION,
    ):
        assert superlinear_shape(pattern) is None


def places(events: list[dict]) -> set[str | None]:
    return {event.get("venue_name") for event in events}


def test_the_place_listed_with_the_hour_is_theirs():
    assert places(read(LISTED_HOUR)) == {"Commission Chambers, Municipal Building, 710 Main Road"}


def test_a_place_in_another_list_is_not_the_hours():
    page = LISTED_HOUR.replace(
        "<li>Commission Chambers, Municipal Building, 710 Main Road</li></ul>",
        "</ul><ul><li>Write to us at 710 Main Road</li></ul>",
    )
    assert places(read(page)) == {None}
