"""Issue #13, generic feed rules: an iCalendar VEVENT written in a feed item's body (an Atom ``<content
type="text/calendar">``, an RSS description quoting it line by line) is the item's dates, a weekly RRULE its
occurrences (``_feed_body_calendar``), on small feeds of our own.

Hard negatives: a post that names BEGIN:VEVENT in a sentence, and one that shows a VEVENT without a DTSTART.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_body_calendar
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import module_patterns, superlinear_shape

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)


def read(document: str) -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events


def rss(body: str, channel: str = "<title>Town events</title><link>https://town.example.org/events/</link>") -> str:
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel>{channel}<item><title>Jazz night</title>"
        "<link>https://town.example.org/events/jazz-night</link>"
        f"<description><![CDATA[{body}]]></description><pubDate>Mon, 12 May 2031 10:00:00 GMT</pubDate>"
        "</item></channel></rss>"
    )


def test_a_vevent_quoted_in_a_description_gives_its_start_and_end_in_its_zone() -> None:
    body = (
        "<pre>BEGIN:VEVENT<br>DTSTART;TZID=America/Los_Angeles:20310620T190000<br>"
        "DTEND;TZID=America/Los_Angeles:20310620T210000<br>SUMMARY:Jazz night<br>END:VEVENT</pre>"
    )
    [event] = read(rss(body))
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 20, 19, tzinfo=LOS_ANGELES)
    assert dt.datetime.fromisoformat(event["end"]) == dt.datetime(2031, 6, 20, 21, tzinfo=LOS_ANGELES)
    assert event["title"] == "Jazz night"


def test_a_weekly_series_in_the_body_gives_each_occurrence_with_its_own_id() -> None:
    body = "BEGIN:VEVENT\nDTSTART:20310603T130000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT"
    events = read(rss(body))
    assert [event["start"] for event in events] == [
        dt.datetime(2031, 6, day, 9, tzinfo=NEW_YORK).isoformat() for day in (3, 10, 17)
    ]
    assert len({event["external_id"] for event in events}) == 3


def test_an_atom_entry_whose_content_is_a_calendar() -> None:
    document = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Town events</title><id>urn:x</id>"
        "<updated>2031-05-12T10:00:00Z</updated><entry><id>urn:e1</id><title>Jazz night</title>"
        "<updated>2031-05-12T10:00:00Z</updated><content type='text/calendar'>BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:1\nDTSTART:20310620T230000Z\nDTEND:20310621T010000Z\nSUMMARY:Jazz night\nEND:VEVENT\n"
        "END:VCALENDAR</content></entry></feed>"
    )
    [event] = read(document)
    assert (event["start"], event["end"]) == (
        dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK).isoformat(),
        dt.datetime(2031, 6, 20, 21, tzinfo=NEW_YORK).isoformat(),
    )


@pytest.mark.parametrize(
    "body",
    [
        "<p>Every event starts with BEGIN:VEVENT and ends with END:VEVENT.</p>",
        "<pre>BEGIN:VEVENT\nSUMMARY:Example\nEND:VEVENT</pre>",
    ],
)
def test_a_post_about_the_format_gives_no_event(body: str) -> None:
    channel = "<title>Dev blog</title><link>https://dev.example.org/</link>"
    assert read(rss(body, channel)) == []


def test_only_the_events_own_lines_are_taken() -> None:
    entry = {"summary": "BEGIN:VEVENT\nDTSTART:20310620T230000Z\nBEGIN:VALARM\nTRIGGER:-PT15M\nEND:VALARM\nEND:VEVENT"}
    assert _feed_body_calendar.body_event_lines(entry) == "DTSTART:20310620T230000Z"
    assert _feed_body_calendar.body_event_lines({"summary": "BEGIN:VEVENT in a sentence END:VEVENT"}) is None


@pytest.mark.parametrize("name", sorted(module_patterns(_feed_body_calendar)))
def test_the_new_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(getattr(_feed_body_calendar, name)) is None
