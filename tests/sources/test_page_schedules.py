"""The `html` adapter on schedules and single-event pages written the ways councils, boards and clubs write them:
a table read by its header, month headings over day lines, a time and place stated once, a page about one
event, cancellation markers and the weekday as a check of the year. All in a fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://village.example/board/meetings"


def parse(body: str, *, base: str | None = BASE) -> list:
    return parse_page(body, zone=ZONE, base=base, start=START)


def at(day: int, month: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=ZONE)


TABLE = """<html><head><title>Meetings | Village of Elm Grove</title></head><body>
<nav><ul><li>Updated January 2, 2027</li><li><a href="/">Home</a></li></ul></nav>
<h1>Board of Trustees</h1><h2>2027 Meetings</h2>
<table><tr><th>Date</th><th>Time</th><th>Location</th><th>Agenda</th><th>Minutes</th></tr>
<tr><td>January 12, 2027</td><td>7:00 PM</td><td>Village Hall, 13600 Juneau Blvd</td>
    <td><a href="/docs/agenda-2027-01-12.pdf">PDF</a></td><td><a href="/docs/m-0112.pdf">Download</a></td></tr>
<tr><td>February 9, 2027</td><td>7:00 PM</td><td>Village Hall, 13600 Juneau Blvd</td>
    <td><a href="/docs/agenda-2027-02-09.pdf">PDF</a></td><td></td></tr>
<tr><td>March 9, 2027 CANCELLED</td><td>7:00 PM</td><td></td><td></td><td></td></tr>
</table>
<footer>Last updated January 3, 2027. &copy; 2027 Village of Elm Grove</footer></body></html>"""


def test_a_table_is_read_by_its_header_with_documents_labelled_by_their_column():
    january, february, march = parse(TABLE)
    assert (january.title, january.start, january.venue_name) == (
        "Board of Trustees meeting",  # no title column: the page's heading, as a meeting
        at(12, 1, 19),
        "Village Hall, 13600 Juneau Blvd",
    )
    assert january.links == [
        {"label": "Agenda", "url": "https://village.example/docs/agenda-2027-01-12.pdf"},
        {"label": "Minutes", "url": "https://village.example/docs/m-0112.pdf"},
    ]
    assert (february.start, march.start, march.status) == (at(9, 2, 19), at(9, 3, 19), "cancelled")
    assert january.confidence == 0.95  # a dated column, a time, documents
    assert march.confidence == 0.9  # no documents, a place left empty
    assert january.evidence[0].startswith("date 2027-01-12 read from a table row ('Date')")


MONTHS = """<html><body><h1>Planning Commission</h1>
<p>All meetings start at 9:30 AM in Room 407, 601 Lakeside Ave.</p>
<h3>January 2027</h3><p>14 – Regular meeting</p><p>28 – Special meeting: budget</p>
<h3>February 2027</h3><p>11 – Regular meeting (rescheduled to Feb 18)</p></body></html>"""


def test_month_headings_over_day_lines_and_a_time_and_place_stated_once():
    records = parse(MONTHS)
    assert [(record.title, record.start, record.status) for record in records] == [
        ("Regular meeting", at(14, 1, 9, 30), "scheduled"),
        ("Special meeting: budget", at(28, 1, 9, 30), "scheduled"),
        ("Regular meeting", at(11, 2, 9, 30), "rescheduled"),
    ]
    assert {record.venue_name for record in records} == {"Room 407, 601 Lakeside Ave"}
    said = "time from the page's own statement: 'All meetings start at 9:30 AM in Room 407, 601 Lakeside Ave.'"
    assert said in records[0].evidence


def test_a_meeting_schedule_of_bare_dates_takes_its_title_from_the_page():
    body = """<html><head><meta property="og:site_name" content="Elm Grove"></head><body>
    <h1>Library Board</h1><h2>2027 Meeting Schedule</h2>
    <ul><li>Tuesday, January 19</li><li>Tuesday, March 16</li><li>Tuesday, May 18</li></ul></body></html>"""
    records = parse(body)
    assert [(record.title, record.start) for record in records] == [
        ("Library Board meeting", dt.date(2027, 1, 19)),
        ("Library Board meeting", dt.date(2027, 3, 16)),
        ("Library Board meeting", dt.date(2027, 5, 18)),
    ]
    assert all(record.all_day and record.url is None for record in records)
    assert len({record.external_id for record in records}) == 3


def test_a_weekday_that_disagrees_with_the_year_lowers_confidence():
    body = """<html><body><h1>Garden Club</h1><ul>
    <li>Monday, April 5, 2027 – Seed swap</li><li>Monday, April 12, 2027 – Pruning talk</li></ul></body></html>"""
    swap, talk = parse(body)  # April 5, 2027 is a Monday; April 12, 2027 too
    assert swap.confidence == talk.confidence == 0.6
    wrong = parse(body.replace("April 12, 2027", "April 13, 2027"))[1]  # a Tuesday
    assert wrong.confidence == 0.4
    assert "the weekday written beside the date does not fall on it: the year may be wrong" in wrong.evidence


def test_a_year_less_date_with_a_weekday_takes_the_year_it_falls_in_within_a_year():
    body = "<html><body><h1>Book Club</h1><ul><li>Thu, Jan 7 – Middlemarch</li><li>Thu, Feb 4 – Persuasion</li></ul></body></html>"
    # From the window's start (1 January 2027): 7 January 2027 is a Thursday (2026's was a Wednesday).
    assert [(record.title, record.start) for record in parse(body)] == [
        ("Middlemarch", dt.date(2027, 1, 7)),
        ("Persuasion", dt.date(2027, 2, 4)),
    ]
    # A Thursday 6 January is 2028's, more than a year past the window's start: the next 6 January is kept, its
    # weekday flagged, rather than a date outside the window (a page lists its coming year).
    later = parse(body.replace("Jan 7", "Jan 6").replace("Feb 4", "Feb 3"))
    assert [record.start for record in later] == [dt.date(2027, 1, 6), dt.date(2027, 2, 3)]
    assert "the weekday written beside the date does not fall on it: the year may be wrong" in later[0].evidence
    body = body.replace("Jan 7", "Jan 6").replace("Feb 4", "Feb 3")
    without_weekday = parse(body.replace("Thu, ", ""))
    assert [record.start for record in without_weekday] == [dt.date(2027, 1, 6), dt.date(2027, 2, 3)]


SINGLE = """<html><head><title>Budget Hearing - CANCELLED | Elm Grove</title>
<link rel="canonical" href="https://village.example/events/budget-hearing"></head><body>
<header class="site-header"><h1 class="site-title">Elm Grove</h1></header>
<main><h1>Budget Hearing - CANCELLED</h1>
<p>When: Thursday, March 4, 2027</p><p>Time: 6:00 – 8:00 p.m.</p>
<p>Where:</p><p>Community Center, 400 Main St</p>
<p><a href="/files/budget-notice.pdf">Public notice</a> <a href="/about">About the village</a></p>
<p>Residents may comment on the 2027 budget.</p></main>
<footer>Posted February 1, 2027</footer></body></html>"""


def test_a_single_event_page_reads_its_heading_and_labelled_details():
    (record,) = parse(SINGLE, base="https://village.example/events?id=7")
    assert (record.title, record.status, record.url) == (
        "Budget Hearing",
        "cancelled",
        "https://village.example/events/budget-hearing",
    )
    assert (record.start, record.end, record.venue_name) == (
        at(4, 3, 18),
        at(4, 3, 20),
        "Community Center, 400 Main St",
    )
    assert record.links == [{"label": "Public notice", "url": "https://village.example/files/budget-notice.pdf"}]
    assert record.confidence == 0.85
    assert "Residents may comment" in record.description


def test_dates_about_the_page_are_not_events():
    body = """<html><body><h1>About the society</h1><p>Founded in 1911.</p>
    <p>Posted on March 3, 2027 by the secretary.</p><footer>Updated April 1, 2027</footer></body></html>"""
    assert parse(body) == []


BAR = 0.5  # decide publishes at or above it, holds below


def test_a_dated_news_list_is_held_below_the_bar():
    body = """<html><body><h1>Town news</h1><ul>
    <li>Town wins recycling award — January 2, 2027</li><li>New library hours — January 9, 2027</li>
    <li>Suite 12 renovation update — January 16, 2027</li></ul></body></html>"""
    records = parse(body)
    assert len(records) == 3
    assert all(record.confidence < BAR for record in records)


def test_day_lines_under_a_month_heading_with_nothing_of_an_event_are_held():
    body = """<html><body><h1>Notices</h1><h2>January 2027</h2><ul>
    <li>Suite 12 renovation update</li><li>14 Snow plowing routes posted online</li></ul></body></html>"""
    assert [record.confidence < BAR for record in parse(body)] == [True, True]


def test_a_dated_list_that_says_meeting_or_gives_a_time_publishes():
    meetings = """<html><body><h1>Planning Commission</h1><ul>
    <li>January 12, 2027</li><li>February 9, 2027</li></ul></body></html>"""
    timed = """<html><body><h1>Town news</h1><ul>
    <li>Tree lighting — December 2, 2027 6 pm</li><li>Cookie swap — December 9, 2027 2 pm</li></ul></body></html>"""
    assert [record.confidence >= BAR for record in parse(meetings)] == [True, True]
    assert [record.confidence >= BAR for record in parse(timed)] == [True, True]


def test_deadlines_are_dates_about_the_page_not_events():
    body = """<html><body><h1>Grants</h1><ul>
    <li>Applications due March 3, 2027 at 5 pm</li><li>Deadline: April 7, 2027</li></ul></body></html>"""
    assert parse(body) == []
