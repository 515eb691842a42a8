"""Issue #13, generic feed rules: an item's date, clock, end and place written as labelled rows of a table or a
definition list in its description (``_feed_fact_rows``; a ``<dt>``/``<dd>`` is a line of the item's text for the
labelled-place reader), on small feeds of our own.

Hard negatives: a table of results (no label cell of a day), a "Date" row that restates the item's pubDate (a press
release's header), a label whose value holds no date, a sentence in the label cell; and an item in a feed that does
not say it lists events is read but held, as its prose dates are.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_fact_rows
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)
EVENTS = "<title>Town events</title><link>https://town.example.org/events/</link>"
NEWS = "<title>Town news</title><link>https://town.example.org/news/</link>"


def read(body: str, channel: str = EVENTS, title: str = "Jazz night") -> list[dict]:
    document = (
        f"<?xml version='1.0'?><rss version='2.0'><channel>{channel}"
        f"<item><title>{title}</title><link>{'https://town.example.org/' + ('events' if channel == EVENTS else 'news')}/a-post</link>"
        f"<description><![CDATA[{body}]]></description><pubDate>Mon, 12 May 2031 10:00:00 GMT</pubDate>"
        "</item></channel></rss>"
    )
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events


def at(day: int, hour: int, minute: int = 0) -> str:
    return dt.datetime(2031, 6, day, hour, minute, tzinfo=NEW_YORK).isoformat()


DEFINITIONS = (
    "<p>A night of jazz.</p><dl><dt>Date</dt><dd>Friday, June 20, 2031</dd><dt>Time</dt><dd>7:00 PM - 9:00 PM</dd>"
    "<dt>Location</dt><dd>Town Hall</dd></dl>"
)
TABLE = (
    "<table><tr><th>Date:</th><td>06/20/2031</td></tr><tr><th>Time:</th><td>7:00pm</td></tr>"
    "<tr><th>Venue:</th><td>Town Hall</td></tr></table>"
)


def test_a_definition_lists_day_and_time_are_the_start_and_end_and_its_place_the_venue() -> None:
    [event] = read(DEFINITIONS)
    assert (event["start"], event["end"]) == (at(20, 19), at(20, 21))
    assert event["venue_name"] == "Town Hall"


def test_a_tables_label_cells_give_a_slashed_day_its_clock() -> None:
    [event] = read(TABLE)
    assert event["start"] == at(20, 19)
    assert event["venue_name"] == "Town Hall"


def test_start_and_end_rows_each_with_a_day_and_a_clock() -> None:
    body = "<table><tr><td>Start</td><td>2031-06-20</td><td>19:00</td></tr><tr><td>End</td><td>2031-06-21</td><td>01:00</td></tr></table>"
    [event] = read(body)
    assert (event["start"], event["end"]) == (at(20, 19), at(21, 1))


def test_an_end_time_row_ends_the_start_day() -> None:
    body = "<dl><dt>When:</dt><dd>June 20, 2031</dd><dt>Start time:</dt><dd>6 pm</dd><dt>End time:</dt><dd>8:30 pm</dd></dl>"
    [event] = read(body)
    assert (event["start"], event["end"]) == (at(20, 18), at(20, 20, 30))


def test_in_a_feed_that_does_not_say_it_lists_events_the_rows_are_read_and_held() -> None:
    [event] = read(TABLE, channel=NEWS)
    assert event["start"] == at(20, 19)
    assert event["confidence"] is not None
    assert event["confidence"] < 0.5


def test_a_table_of_results_gives_no_event() -> None:
    body = (
        "<table><tr><th>Team</th><th>Score</th></tr><tr><td>Rovers</td><td>3</td></tr>"
        "<tr><td>United</td><td>1</td></tr></table>"
    )
    assert read(body, channel=NEWS, title="Council news") == []


def test_a_date_label_whose_value_is_no_date_gives_no_event() -> None:
    assert read("<dl><dt>Date</dt><dd>To be announced</dd><dt>Time</dt><dd>Evening</dd></dl>", channel=NEWS) == []


PUBLISHED = dt.datetime(2031, 5, 12, 6, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    "body",
    [
        # a press release's header: its date is the pubDate's day
        "<table><tr><th>Date:</th><td>May 12, 2031</td></tr><tr><th>Contact:</th><td>Press office</td></tr></table>",
        # a sentence in the first cell is no label
        "<table><tr><td>The date we will all remember for the rest of our lives</td><td>June 20, 2031</td></tr></table>",
        # a label of something else
        "<dl><dt>Deadline</dt><dd>June 20, 2031</dd><dt>Published</dt><dd>June 1, 2031</dd></dl>",
    ],
)
def test_rows_that_are_no_labelled_event_day_give_no_date(body: str) -> None:
    assert _feed_fact_rows.fact_when(body, NEW_YORK, START, PUBLISHED) is None


def test_rows_are_read_in_order_and_only_under_their_labels() -> None:
    rows = _feed_fact_rows.fact_rows(DEFINITIONS)
    assert rows == [("date", "Friday, June 20, 2031"), ("time", "7:00 PM - 9:00 PM"), ("location", "Town Hall")]
    found = _feed_fact_rows.facts(rows)
    assert (found.day, found.clock, found.end) == ("Friday, June 20, 2031", "7:00 PM - 9:00 PM", None)
    assert _feed_fact_rows.fact_rows("<p>No rows here: Date June 20, 2031</p>") == []
