"""The review of the rules written from held-out batches 11 and 12 (issue #13): where a rule reached past the files
it was written from, each narrowing on small documents of our own.

- JSON: a day given as its last second ("…T06:59:59Z") is read as a day only in the start, or in an end beside such
  a start; an ordinary end at 23:59:59 stays the moment it is.
- JSON: a column is recurrence text when its values state a rule's frequency (FREQ=WEEKLY at a line's or a rule
  part's start), not when "freq=" appears in a link's query.
- JSON series: a record whose rule the iCalendar reader refuses (too frequent, unreadable) is quarantined with the
  reader's reason, not dropped without a word; once the document's expansion budget is spent, the listing is marked
  cut short, so the occurrences not expanded are not taken for withdrawn events.
- JSON: a flag is the cancelled status when its name is the status word ("canceled", "is_cancelled"), not the noun or
  the bare verb ("free_cancellation", "pastCancelDeadline"), however many records carry it.
- JSON: a "pubDate" is a post's publication, not an event's start, in whatever format it is written (RFC 2822 dates
  are read since batch 11, so a list of posts converted from RSS became events).
- Feeds: pubDates paired with later end elements are read as starts, but held unless the feed says it lists events
  (a deals feed pairs each offer's pubDate with the day it ends the same way).
- Pages: "Fri 1/2 price", "Sat 3/4 cup of flour" are no dates even when a reading falls on the weekday (a
  lowercase word goes on from the numbers, as a quantity's noun does); a page whose order of numeric dates is known
  reads "Thursday, 7/3" in that order only.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters import _record_series
from sources.adapters._json_infer import infer
from sources.adapters._json_shapes import is_rule_text
from sources.adapters._page_dates import DOTTED_DAY_FIRST, find_dates
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.rss import FeedAdapter

EASTERN = zoneinfo.ZoneInfo("America/New_York")
HELD = 0.5  # a record below this confidence is held for a moderator
START = dt.datetime(2027, 2, 1, tzinfo=EASTERN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_adapter(zone: zoneinfo.ZoneInfo = EASTERN) -> JsonApiAdapter:
    return JsonApiAdapter(config={}, context=AdapterContext(source="json_api", window=WINDOW, default_timezone=zone))


def json_records(document: object, zone: zoneinfo.ZoneInfo = EASTERN) -> list:
    return list(json_adapter(zone).parse(json.dumps(document).encode()))


def json_events(document: object, zone: zoneinfo.ZoneInfo = EASTERN) -> list[RawEvent]:
    return [record for record in json_records(document, zone) if isinstance(record, RawEvent)]


# --- 1. an end at a day's last second is an end, not a day -----------------------------------------------------
def test_an_end_at_the_last_second_of_its_day_stays_the_events_end() -> None:
    document = {
        "events": [
            {"id": n, "title": f"Show {n}", "startDate": f"2027-03-0{n}T19:00:00-05:00",
             "endDate": f"2027-03-0{n}T23:59:59-05:00"}
            for n in (1, 2, 3)
        ]
    }  # fmt: skip

    events = json_events(document)

    assert infer(document).config["mapping"]["end"] == "endDate"
    assert [(event.start, event.end) for event in events][0] == (
        dt.datetime(2027, 3, 1, 19, tzinfo=EASTERN),
        dt.datetime(2027, 3, 1, 23, 59, 59, tzinfo=EASTERN),
    )


def test_an_end_given_as_a_last_second_beside_a_start_so_given_is_a_day() -> None:
    document = [
        {"id": n, "title": f"Fair {n}", "date": f"2027-03-0{n}T06:59:59Z", "endDate": f"2027-03-0{n + 2}T06:59:59Z"}
        for n in (2, 3, 4)
    ]

    events = json_events(document, zoneinfo.ZoneInfo("America/Los_Angeles"))

    assert [(event.start, event.end) for event in events][0] == (dt.date(2027, 3, 1), dt.date(2027, 3, 3))


# --- 2. recurrence text, not a link that says "freq=" ----------------------------------------------------------
def test_a_link_with_freq_in_its_query_is_no_recurrence_rule() -> None:
    document = [
        {"id": n, "title": f"Class {n}", "start": f"2027-03-0{n}T10:00:00", "end": f"2027-03-0{n}T11:00:00",
         "subscribe": f"https://cal.example/feed.ics?freq=weekly&id={n}"}
        for n in (1, 2, 3)
    ]  # fmt: skip

    assert "rrule" not in infer(document).config["mapping"]
    assert [event.rrule for event in json_events(document)] == [None, None, None]


def test_rule_text_is_a_stated_frequency() -> None:
    assert is_rule_text("DTSTART:20270206T100000\nRRULE:FREQ=WEEKLY;BYDAY=TH")
    assert is_rule_text("FREQ=MONTHLY;BYDAY=1WE")
    assert is_rule_text("RRULE:INTERVAL=2;FREQ=DAILY")
    assert not is_rule_text("https://cal.example/feed.ics?freq=weekly")
    assert not is_rule_text("FREQ=SOMETIMES")


# --- 3. a series the reader refuses, and a spent budget --------------------------------------------------------
def test_a_series_the_calendar_reader_refuses_is_quarantined_not_dropped() -> None:
    document = [
        {"id": "a", "title": "Ticker", "start": "2027-03-01T10:00:00", "rrule": "FREQ=SECONDLY"},
        {"id": "b", "title": "Broken", "start": "2027-03-01T10:00:00", "rrule": "FREQ=WEEKLY;BYDAY=ZZ"},
        {"id": "c", "title": "Book club", "start": "2027-03-01T10:00:00", "rrule": "FREQ=WEEKLY;COUNT=2"},
    ]

    records = json_records(document)

    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    assert [(record.external_id, record.raw["rrule"]) for record in rejected] == [
        ("a", "FREQ=SECONDLY"),
        ("b", "FREQ=WEEKLY;BYDAY=ZZ"),
    ]
    assert "5 minutes" in rejected[0].reason
    assert [event.title for event in records if isinstance(event, RawEvent)] == ["Book club", "Book club"]


def test_a_spent_expansion_budget_marks_the_listing_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_record_series, "MAX_SERIES_OCCURRENCES", 5)
    document = [
        {"id": n, "title": f"Daily {n}", "start": "2027-03-01T10:00:00", "rrule": "FREQ=DAILY;COUNT=4"}
        for n in range(4)
    ]
    adapter = json_adapter()

    events = [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]

    assert len(events) < 16
    assert adapter.listing_truncated


def test_series_within_the_budget_leave_the_listing_whole() -> None:
    document = [{"id": 1, "title": "Daily", "start": "2027-03-01T10:00:00", "rrule": "FREQ=DAILY;COUNT=4"}]
    adapter = json_adapter()

    assert len(list(adapter.parse(json.dumps(document).encode()))) == 4
    assert not adapter.listing_truncated


# --- 4. pubDates paired with ends, in a feed that does not say it lists events ------------------------------------
def feed_events(items: str, channel: str) -> list[RawEvent]:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:deal="https://shop.example/ns"><channel>'
        + channel + items + "</channel></rss>"
    )  # fmt: skip
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=EASTERN)
    records = FeedAdapter(config={}, context=context).parse(feed.encode())
    return [record for record in records if isinstance(record, RawEvent)]


def paired_items(*titles: str) -> str:
    # Published before the window (February 2027): dates to come would say by themselves that these are events.
    return "".join(
        f"<item><title>{title}</title><guid>{title}</guid><pubDate>Fri, 0{n} Jan 2027 14:00:00 +0000</pubDate>"
        f"<deal:enddate>Sun, 0{n + 2} Jan 2027 14:00:00 +0000</deal:enddate></item>"
        for n, title in enumerate(titles, start=1)
    )


def test_pubdates_paired_with_ends_are_held_in_a_feed_that_does_not_say_it_lists_events() -> None:
    events = feed_events(
        paired_items("Half-price headphones", "A blender for $20"),
        channel="<title>Daily Deals</title><link>https://shop.example/</link>",
    )

    assert [event.start for event in events] == [
        dt.datetime(2027, 1, 1, 9, tzinfo=EASTERN),
        dt.datetime(2027, 1, 2, 9, tzinfo=EASTERN),
    ]
    assert all((event.confidence or 1.0) < HELD for event in events)


def test_pubdates_paired_with_ends_are_published_in_a_feed_of_events() -> None:
    for channel in (
        "<title>Campus Events</title><link>https://college.example/</link>",
        "<title>Campus</title><link>https://college.example/events/</link>",
    ):
        events = feed_events(paired_items("Talk", "Film"), channel=channel)

        assert [(event.title, (event.confidence or 1.0) >= HELD) for event in events] == [
            ("Talk", True),
            ("Film", True),
        ]


# --- 5. a weekday before a fraction ---------------------------------------------------------------------------
def days(text: str, today: dt.date) -> list[dt.date]:
    return [hit.date for hit in find_dates(text, year_hint=None, today=today)]


def test_a_weekday_before_a_quantity_is_no_date() -> None:
    # 2 January 2026 is a Friday, 4 March 2028 a Saturday, 3 February 2027 a Wednesday: each reading agrees.
    assert days("Fri 1/2", dt.date(2025, 12, 20)) == [dt.date(2026, 1, 2)]
    assert days("Fri 1/2 price drinks", dt.date(2025, 12, 20)) == []
    assert days("Sat 3/4 cup of flour", dt.date(2028, 2, 1)) == []
    assert days("Wed 2/3 of members voted", dt.date(2027, 1, 10)) == []
    # A date goes on with its time, its name or a joining word.
    assert days("Fri 1/2 at 7pm", dt.date(2025, 12, 20)) == [dt.date(2026, 1, 2)]
    assert days("Fri 1/2 Taco Cart", dt.date(2025, 12, 20)) == [dt.date(2026, 1, 2)]
    assert days("Fri 1/2 7-9 pm", dt.date(2025, 12, 20)) == [dt.date(2026, 1, 2)]


def test_a_page_that_writes_numeric_dates_month_first_reads_them_so() -> None:
    today = dt.date(2025, 7, 4)  # 3 July 2025 is a Thursday, 7 March 2025 a Friday
    token = DOTTED_DAY_FIRST.set(False)
    try:
        assert days("Thursday 3/7", today) == []
        assert days("Thursday 7/3", today) == [dt.date(2025, 7, 3)]
    finally:
        DOTTED_DAY_FIRST.reset(token)
    token = DOTTED_DAY_FIRST.set(True)
    try:
        assert days("Thursday 3/7", today) == [dt.date(2025, 7, 3)]
        assert days("Thursday 7/3", today) == []
    finally:
        DOTTED_DAY_FIRST.reset(token)


# --- 6. a flag named by the noun or the verb is no cancelled flag ---------------------------------------------
def test_a_flag_named_by_cancellation_or_a_cancel_deadline_is_no_status() -> None:
    sparse = [{"id": n, "title": f"Tour {n}", "start": f"2027-03-0{n}T10:00:00"} for n in range(1, 7)]
    for n in (1, 4):
        sparse[n]["free_cancellation"] = True
    dense = [
        {"id": n, "title": f"Class {n}", "start": f"2027-03-0{n}T10:00:00", "pastCancelDeadline": n < 3,
         "canceled": n == 5}
        for n in range(1, 7)
    ]  # fmt: skip

    assert "status" not in infer(sparse).config["mapping"]
    assert {event.status for event in json_events(sparse)} == {"scheduled"}
    assert infer(dense).config["mapping"]["status"]["path"] == "canceled"
    assert [event.status for event in json_events(dense)].count("cancelled") == 1


# --- 7. a list of posts with their pubDates ---------------------------------------------------------------------
def test_a_pubdate_is_no_events_start() -> None:
    for published in ("Wed, 03 Mar 2027 10:00:00 GMT", "2027-03-03T10:00:00Z"):
        posts = {
            "items": [
                {"title": f"Post {n}", "link": f"https://blog.example/p/{n}", "pubDate": published} for n in range(4)
            ]
        }
        with pytest.raises(AdapterError):
            json_records(posts)
    # Beside the event's own date, as before.
    listed = [
        {"title": f"Talk {n}", "pubDate": "Wed, 03 Mar 2027 10:00:00 GMT", "date": f"2027-03-1{n}T19:00:00"}
        for n in range(4)
    ]
    assert infer(listed).config["mapping"]["start"] == "date"
