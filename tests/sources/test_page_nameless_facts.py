"""A single event's page whose facts are a label/value table with no name row (issue #13, helper leftpages6;
sources/adapters/_page_fact_table.py), each on a small document of our own: "<h1>Community Meetup</h1>" over
"Start | 2020-03-31T17:30:00Z", "End | 2020-03-31T18:25:00Z", "Venue | …" is that one event, titled by the heading,
its ISO instants read into the page's zone; a "Start" row beside a "Date" row stays the date's time.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_fact_table import ISO_MOMENT, LABELS, START_LABEL
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
read = functools.partial(
    read_page,
    url="https://group.example.org/events/meetup",
    zone=NEW_YORK,
    start=dt.datetime(2020, 1, 10, tzinfo=NEW_YORK),
)


def at(month: int, day: int, hour: int, minute: int) -> str:
    return dt.datetime(2020, month, day, hour, minute, tzinfo=NEW_YORK).isoformat()


MEETUP = """<!DOCTYPE html><html lang="en"><head><title>Community Meetup | Example Group</title></head><body>
<nav><a href="/">Home</a> <a href="/events">Events</a></nav>
<main><h1>Community Meetup</h1>
<p>Join us for an evening of short talks and conversation with neighbours.</p>
<table class="event-facts">
<tr><th>Start</th><td>2020-03-31T17:30:00Z</td></tr>
<tr><th>End</th><td>2020-03-31T18:25:00Z</td></tr>
<tr><th>Venue</th><td>Riverside Library, 12 Mill Road</td></tr>
</table></main></body></html>"""


def test_a_nameless_fact_table_is_the_pages_one_event() -> None:
    events = read(MEETUP)

    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Community Meetup", at(3, 31, 13, 30), at(3, 31, 14, 25)),
    ]
    assert "Riverside Library" in (events[0].get("venue_name") or "")


OFFSET = """<html lang="en"><body><h1>Board Games Night</h1>
<dl><dt>Begins</dt><dd>2020-05-02T19:00:00-04:00</dd><dt>Ends</dt><dd>2020-05-02T23:00:00-04:00</dd></dl>
</body></html>"""


def test_a_definition_list_with_offsets() -> None:
    events = read(OFFSET)

    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Board Games Night", at(5, 2, 19, 0), at(5, 2, 23, 0)),
    ]


# --- guards ---------------------------------------------------------------------------------------------------
WITH_DATE_ROW = """<html lang="en"><body><h1>Meeting details</h1>
<table>
<tr><th>Committee:</th><td>Finance Committee</td></tr>
<tr><th>Date:</th><td>Tuesday, 17 March 2020</td></tr>
<tr><th>Start:</th><td>7:00 pm</td></tr>
<tr><th>End:</th><td>9:00 pm</td></tr>
<tr><th>Location:</th><td>Council Chambers</td></tr>
</table></body></html>"""


def test_a_start_row_beside_a_date_row_is_its_time() -> None:
    """Guards the start label: beside a "Date" row "Start: 7:00 pm" is the meeting's time, the name row its title."""
    events = read(WITH_DATE_ROW)

    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Finance Committee", at(3, 17, 19, 0), at(3, 17, 21, 0)),
    ]


LISTING = """<html lang="en"><body><h1>Spring Workshops</h1>
<h2>Pottery for Beginners</h2>
<table><tr><th>Start</th><td>2020-04-04T14:00:00Z</td></tr><tr><th>End</th><td>2020-04-04T16:00:00Z</td></tr></table>
<h2>Watercolour Basics</h2>
<table><tr><th>Start</th><td>2020-04-11T14:00:00Z</td></tr><tr><th>End</th><td>2020-04-11T16:00:00Z</td></tr></table>
</body></html>"""


def test_two_nameless_tables_are_not_the_headings_event_twice() -> None:
    """Guards the one-table rule: two start/end tables are a listing's, each under its own name, not the page's."""
    events = read(LISTING)

    assert not any(e["title"] == "Spring Workshops" for e in events)


STAMPS = """<html lang="en"><body><h1>Annual Report 2020</h1><p>Our report on the year.</p>
<table><tr><th>Published</th><td>2020-03-31T17:30:00Z</td></tr><tr><th>Updated</th><td>2020-04-02T09:00:00Z</td></tr>
<tr><th>Author</th><td>Jane Doe</td></tr></table></body></html>"""


def test_a_documents_stamps_are_no_event() -> None:
    """Guards the labels: "Published"/"Updated" instants are the document's, not a start and an end."""
    assert read(STAMPS) == []


NO_HEADING = """<html lang="en"><body><p>Details</p>
<table><tr><th>Start</th><td>2020-03-31T17:30:00Z</td></tr><tr><th>End</th><td>2020-03-31T18:25:00Z</td></tr></table>
</body></html>"""


def test_no_heading_no_title_from_the_table() -> None:
    """Guards the title: without a heading the table names nothing, and no nameless event is made from it."""
    assert not any(e["title"] in {"Start", "End"} for e in read(NO_HEADING))


def test_the_patterns_are_linear() -> None:
    for pattern in (LABELS["end"], START_LABEL, ISO_MOMENT):
        assert superlinear_shape(pattern) is None
