"""Feed rules corrected after review (issue #13): the pubDate read as an event's start only in a feed of events
and only when it is after both the feed's build time and the fetch, never over a date the prose writes; dates
listed in one sentence (spans, alternatives, a clock after the last date, past dates, the cap, stable ids, one
reading per item); "midnight" and "noon" clocks.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_when, rss
from sources.adapters._feed_extras import place_line
from sources.adapters._feed_when import MAX_LISTED_DATES, MAX_PROSE_ATTEMPTS, listed_whens, text_when
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord

SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
REFERENCE = dt.datetime(2026, 11, 20, tzinfo=SEATTLE)


def parse(payload: str, now: dt.datetime = NOW) -> tuple[list[RawEvent | RejectedRecord], list[str]]:
    window = FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))
    adapter = rss.FeedAdapter(config={}, context=AdapterContext(source="rss", window=window, default_timezone=SEATTLE))
    return list(adapter.parse(payload.encode())), adapter.notes


def feed(items: str, *, built: str = "Mon, 23 Nov 2026 02:00:00 +0000", self_link: str = "") -> str:
    link = f'<atom:link href="{self_link}" rel="self"/>' if self_link else ""
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>Feed</title><link>https://site.example/</link>{link}<lastBuildDate>{built}</lastBuildDate>"
        f"{items}</channel></rss>"
    )


def item(guid: str, published: str, description: str = "", title: str = "An item") -> str:
    return (
        f"<item><title>{title}</title><link>https://site.example/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>{published}</pubDate><description>{description}</description></item>"
    )


# --- 1. the pubDate as a start -------------------------------------------------------------------------------
def test_a_news_post_dated_after_a_stale_build_time_is_no_event():
    # lastBuildDate of 2019, posts of last week: the build time is stale, the posts are publications.
    records, _ = parse(feed(item("n1", "Fri, 20 Nov 2026 15:00:00 +0000"), built="Tue, 01 Jan 2019 00:00:00 +0000"))

    assert [type(record) for record in records] == [RejectedRecord]
    assert records[0].reason == rss.NO_DATE


def test_a_news_post_dated_after_the_build_and_the_fetch_is_no_event_in_a_feed_that_lists_no_events():
    # Clock skew (a local clock labelled GMT): four hours after the build, three after the fetch.
    records, _ = parse(feed(item("a1", "Mon, 23 Nov 2026 06:00:00 +0000")))

    assert [type(record) for record in records] == [RejectedRecord]


def test_in_a_feed_of_events_a_pubdate_after_the_build_and_the_fetch_is_the_start():
    records, _ = parse(
        feed(item("a1", "Mon, 23 Nov 2026 06:00:00 +0000"), self_link="https://site.example/events/feed/")
    )

    (record,) = records
    assert isinstance(record, RawEvent)
    assert record.start == dt.datetime(2026, 11, 22, 22, 0, tzinfo=SEATTLE)
    assert record.confidence == rss.SCHEDULED_CONFIDENCE


def test_in_a_feed_of_events_a_pubdate_before_the_fetch_is_not_to_come():
    records, _ = parse(
        feed(
            item("a1", "Sun, 22 Nov 2026 06:00:00 +0000"),
            built="Tue, 01 Jan 2019 00:00:00 +0000",
            self_link="https://site.example/events/feed/",
        )
    )

    assert [type(record) for record in records] == [RejectedRecord]


def test_the_prose_date_outranks_a_pubdate_even_in_a_feed_of_events():
    records, _ = parse(
        feed(
            item("p1", "Tue, 24 Nov 2026 15:00:00 +0000", "Join us Saturday, December 5, 2026 at 7:30 PM"),
            self_link="https://site.example/events/feed/",
        )
    )

    (record,) = records
    assert record.start == dt.datetime(2026, 12, 5, 19, 30, tzinfo=SEATTLE)
    assert record.confidence is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (feed("", self_link="https://site.example/events/feed/"), True),
        (
            feed(
                item("x", "Mon, 23 Nov 2026 06:00:00 +0000").replace(
                    "<guid>x", "<guid>https://s.example/?post_type=tribe_events&amp;p=2"
                )
            ),
            True,
        ),
        (
            feed(
                item("x", "Mon, 23 Nov 2026 06:00:00 +0000").replace(
                    "https://site.example/x", "https://s.example/event/x/"
                )
            ),
            True,
        ),
        (feed(item("x", "Tue, 01 Dec 2026 06:00:00 +0000") + item("y", "Wed, 02 Dec 2026 06:00:00 +0000")), True),
        (feed(item("x", "Mon, 23 Nov 2026 06:00:00 +0000") + item("y", "Sun, 22 Nov 2026 06:00:00 +0000")), False),
        (
            feed(item("x", "Mon, 23 Nov 2026 06:00:00 +0000"), self_link="https://site.example/news-and-events/feed"),
            False,
        ),
        (
            feed("").replace(
                '<rss version="2.0"', '<rss version="2.0" xmlns:x-trumba="http://schemas.trumba.com/rss/x-trumba"'
            ),
            True,
        ),
    ],
)
def test_a_feed_of_events_is_told_by_its_pages_namespaces_or_future_dates(markup, expected):
    import feedparser

    assert rss.is_event_feed(feedparser.parse(markup), NOW) is expected


# --- 6-8. dates listed in one sentence -------------------------------------------------------------------------
def listed(text: str) -> list[tuple[str, str | None]] | None:
    found = listed_whens([text], zone=SEATTLE, reference=REFERENCE)
    if found is None:
        return None
    return [(when.start.isoformat(), when.end.isoformat() if when.end else None) for when in found.whens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The exhibit runs between Dec. 1 and Dec. 31 in the gallery.", None),  # a span
        ("Cleanup on Saturday, Dec. 5, or Sunday, Dec. 6 if it rains.", None),  # alternatives: one happens
        (
            "Join us Friday, Dec. 4, and Saturday, Dec. 5, at 7 p.m. in the auditorium.",  # the clock is both's
            [("2026-12-04T19:00:00-08:00", None), ("2026-12-05T19:00:00-08:00", None)],
        ),
        (
            "Main St closed Dec. 7 and Dec. 8 from 10 p.m. to 5 a.m.",
            [
                ("2026-12-07T22:00:00-08:00", "2026-12-08T05:00:00-08:00"),
                ("2026-12-08T22:00:00-08:00", "2026-12-09T05:00:00-08:00"),
            ],
        ),
        ("The store was closed Nov. 2, Nov. 3 and Nov. 4 for renovation.", None),  # past, not next November
        ("We met on Dec. 2, 2025 and Dec. 3, 2025.", None),  # before the post
        ("Pickup moves on Dec. 30 and Jan. 2.", [("2026-12-30", None), ("2027-01-02", None)]),  # next year is fine
    ],
)
def test_what_is_not_a_list_of_events_and_a_clock_after_the_list(text, expected):
    assert listed(text) == expected


def test_a_list_cut_at_its_cap_is_noted():
    days = ", ".join(f"Dec. {day}" for day in range(1, 16))
    records, notes = parse(feed(item("c1", "Fri, 20 Nov 2026 17:00:00 +0000", f"Open {days}.")))

    assert len(records) == MAX_LISTED_DATES
    assert any("more than 12 dates" in note and "c1" in note for note in notes)


def test_the_date_an_item_is_read_by_keeps_its_id_when_a_second_date_is_listed():
    one, _ = parse(feed(item("t1", "Fri, 20 Nov 2026 17:00:00 +0000", "Concert Friday, Dec. 4, at 7 p.m.")))
    two, _ = parse(
        feed(item("t1", "Fri, 20 Nov 2026 17:00:00 +0000", "Concert Friday, Dec. 4, and Saturday, Dec. 5, at 7 p.m."))
    )

    assert [record.external_id for record in one] == ["t1"]
    assert [record.external_id for record in two] == ["t1", "t1@2026-12-05T19:00:00-08:00"]
    assert one[0].start == two[0].start


def test_an_items_prose_dates_are_parsed_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = _feed_when.parse_text_datetime

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(_feed_when, "parse_text_datetime", counting)
    records, _ = parse(feed(item("b1", "Fri, 20 Nov 2026 17:00:00 +0000", "Feb 30. " * 700)))

    assert [type(record) for record in records] == [RejectedRecord]
    assert len(calls) <= MAX_PROSE_ATTEMPTS


def test_an_items_dates_are_read_once(monkeypatch):
    calls = []
    real = _feed_when.parse_text_datetime

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(_feed_when, "parse_text_datetime", counting)
    records, _ = parse(feed(item("t1", "Fri, 20 Nov 2026 17:00:00 +0000", "Open Dec. 4 at 9 a.m.")))
    assert len(records) == 1
    assert len(calls) == 1  # was 2: once to look for a list, once more for the record
    calls.clear()

    records, _ = parse(feed(item("t1", "Fri, 20 Nov 2026 17:00:00 +0000", "Open Dec. 4 and Dec. 5.")))
    assert len(records) == 2
    assert len(calls) == 3  # the first date to read the item by, then each listed date


# --- 10-11. midnight and noon ----------------------------------------------------------------------------------
def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SEATTLE)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Celebrate Dec. 31 at midnight with fireworks", local(2027, 1, 1, 0, 0), None),
        ("Dec. 5, 12 midnight", local(2026, 12, 6, 0, 0), None),
        ("Dec. 5, 12 noon", local(2026, 12, 5, 12, 0), None),
        ("Dec 5 from 11 to noon", local(2026, 12, 5, 11, 0), local(2026, 12, 5, 12, 0)),
        ("Dec. 5 at 9 to noon", local(2026, 12, 5, 9, 0), local(2026, 12, 5, 12, 0)),
        ("Saturday, Dec. 5, noon-4", local(2026, 12, 5, 12, 0), local(2026, 12, 5, 16, 0)),
        ("Dec 5, 10am-2", local(2026, 12, 5, 10, 0), local(2026, 12, 5, 14, 0)),
        ("Dec 5, 9pm-1", local(2026, 12, 5, 21, 0), local(2026, 12, 6, 1, 0)),
        ("Dec 5, 9pm - midnight", local(2026, 12, 5, 21, 0), local(2026, 12, 6, 0, 0)),
        ("Dec 5, 11 - 1 pm", local(2026, 12, 5, 11, 0), local(2026, 12, 5, 13, 0)),
    ],
)
def test_noon_and_midnight_clocks(text, start, end):
    when = text_when([text], zone=SEATTLE, reference=REFERENCE)

    assert when is not None
    assert (when.start, when.end) == (start, end)


# --- 12. a place's name before the address ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Green Lake Park, 7312 West Green Lake Dr N, Seattle, WA 98103 <br/>Sunday, April 19",
            ("Green Lake Park", "7312 West Green Lake Dr N, Seattle, WA 98103"),
        ),
        ("7312 West Green Lake Dr N, Seattle, WA 98103<br/>", (None, "7312 West Green Lake Dr N, Seattle, WA 98103")),
        ("Pier 66, 2225 Alaskan Way, Seattle, WA 98121", ("Pier 66", "2225 Alaskan Way, Seattle, WA 98121")),
        ("Meet us at the park, then walk, rain, or shine, WA 98103", (None, None)),  # too many parts
        ("Doors open at 7, Seattle, WA 98103 and more", (None, None)),
    ],
)
def test_a_first_line_that_is_a_place_and_its_address(markup, expected):
    assert place_line(markup) == expected


def test_a_feed_item_takes_the_place_name_and_address_from_its_first_line():
    description = "Green Lake Park, 7312 West Green Lake Dr N, Seattle, WA 98103 &lt;br/&gt;Sunday, December 6, 9am"
    records, _ = parse(feed(item("g1", "Fri, 20 Nov 2026 17:00:00 +0000", description)))

    (record,) = records
    assert (record.venue_name, record.address) == ("Green Lake Park", "7312 West Green Lake Dr N, Seattle, WA 98103")


# --- a date only a news post's body gives ----------------------------------------------------------------------
NEWS = "Trash pickup will be delayed one day on Dec. 26 because of the holiday."


def test_a_date_only_the_body_of_a_post_gives_is_held_in_a_feed_that_lists_no_events():
    records, _ = parse(feed(item("p1", "Fri, 20 Nov 2026 15:00:00 +0000", NEWS, title="Trash pickup delayed")))

    (record,) = records
    assert isinstance(record, RawEvent)
    assert record.start == dt.date(2026, 12, 26)  # all day
    assert record.confidence == rss.LIST_DOUBT < 0.5  # held for a moderator: news about a day reads the same
    assert rss.PROSE_EVIDENCE in record.evidence


def test_the_same_post_in_a_feed_of_events_or_with_its_date_in_the_title_is_read_as_an_event():
    events_feed = feed(
        item("p1", "Fri, 20 Nov 2026 15:00:00 +0000", NEWS, title="Trash pickup delayed"),
        self_link="https://city.example/events/feed/",
    )
    (in_events_feed,), _ = parse(events_feed)
    dated_title = item("p2", "Fri, 20 Nov 2026 15:00:00 +0000", "Bring gloves.", title="Beach cleanup, Dec. 5, 10 am")
    (titled,), _ = parse(feed(dated_title))

    assert in_events_feed.confidence is None
    assert rss.PROSE_EVIDENCE not in in_events_feed.evidence
    assert titled.start == dt.datetime(2026, 12, 5, 10, 0, tzinfo=SEATTLE)
    assert titled.confidence is None
