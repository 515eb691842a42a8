"""The twelfth held-out batch's misses among feeds and JSON APIs (issue #13, bench/corpus/{feeds,apis}/
manifest-heldout12.json, measured once before these rules), each rule on small documents of our own:

- an item's place given as a block of parts (a name, a number, a street, a city, a postcode) is its venue and
  address, not nothing; so is a postal address its description ends with, over two or three lines;
- an item whose element lists its sessions (a block each, with its start and end) is one event per session, not its
  last session only;
- a feed whose items give an end element after their pubDate (and never before it) writes its events' starts in
  the pubDate, for the items without an end too;
- a date given only as an HTML <time datetime> in an item's body is read (held in a feed that does not say it lists
  events);
- a pubDate read as an event's start at midnight of the feed's own zone is a day;
- an item whose pubDate cannot be read no longer stops the feed (feedparser's DeprecationWarning for a missing
  "updated_parsed", an error under the tests, made one of the batch's feeds unreadable);
- JSON: an end whose key is the start's with "end" for "start" is the end however few records carry it; so is the
  end time beside a start read from a day and a time; a cancelled flag only some records carry is still the flag; a
  record from 00:00 to 23:59 is that day; an all-day record ending at midnight ends the day before; a day given as
  its last second (Simpleview's "2027-03-09T06:59:59Z") is the day it falls on in the source's zone, at the time of
  day another field gives.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._feed_extras import closing_address
from sources.adapters._json_config import read_config
from sources.adapters._json_infer import infer
from sources.adapters._json_mapping import read_moment
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.rss import FeedAdapter
from sources.extraction import extract_document

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
EASTERN = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 2, 1, tzinfo=PACIFIC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))
HELD = 0.5  # a record below this confidence is held for a moderator


def feed_records(items: str, *, channel: str = "<title>Listings</title><link>https://lib.example/</link>") -> list:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:lib="https://lib.example/ns" '
        'xmlns:cal="https://cms.example/ns"><channel>' + channel + items + "</channel></rss>"
    )
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=PACIFIC)
    return list(FeedAdapter(config={}, context=context).parse(feed.encode()))


def feed_events(items: str, **kwargs: str) -> list[RawEvent]:
    return [record for record in feed_records(items, **kwargs) if isinstance(record, RawEvent)]


def json_events(document: object, zone: zoneinfo.ZoneInfo = EASTERN) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=zone)
    records = list(JsonApiAdapter(config={}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


# --- 1. a place as a block of parts -------------------------------------------------------------------------------
def test_a_place_block_of_parts_is_the_venue_and_its_address() -> None:
    (event,) = feed_events(
        "<item><title>Baby rhymes</title><guid>b1</guid><lib:start_date>2027-03-04T18:30:00Z</lib:start_date>"
        "<lib:location><lib:name>Oak Branch</lib:name><lib:number>12</lib:number><lib:street>Elm St</lib:street>"
        "<lib:city>Springfield</lib:city><lib:state></lib:state><lib:zip>97477</lib:zip>"
        "<lib:latitude>44.04</lib:latitude></lib:location></item>"
    )

    assert (event.venue_name, event.address) == ("Oak Branch", "12 Elm St, Springfield, 97477")


def test_a_place_block_with_a_name_only_is_the_venue() -> None:
    (event,) = feed_events(
        "<item><title>Story walk</title><guid>b2</guid><lib:start_date>2027-03-05T18:00:00Z</lib:start_date>"
        "<lib:location><lib:name>Riverside Park</lib:name></lib:location></item>"
    )

    assert (event.venue_name, event.address) == ("Riverside Park", None)


def address_block_item(body: str) -> str:
    return (
        "<item><title>Park stories</title><guid>p1</guid><lib:start_date>2027-03-05T18:00:00Z</lib:start_date>"
        f"<description>{body}</description></item>"
    )


def test_a_description_ending_with_an_address_block_gives_the_address() -> None:
    body = (
        "&lt;p&gt;Stories under the trees.&lt;/p&gt;&lt;p&gt;2510 Viewlynn Dr&lt;/p&gt;"
        "&lt;p&gt;North Vancouver, BC&lt;/p&gt;&lt;p&gt;V7J 2X3&lt;/p&gt;"
    )

    (event,) = feed_events(address_block_item(body))

    assert (event.venue_name, event.address) == (None, "2510 Viewlynn Dr, North Vancouver, BC V7J 2X3")


def test_a_description_ending_in_prose_or_a_town_gives_no_address() -> None:
    for body in (
        "&lt;p&gt;Meet at the gate.&lt;/p&gt;&lt;p&gt;North Vancouver, BC&lt;/p&gt;&lt;p&gt;V7J 2X3&lt;/p&gt;",
        "&lt;p&gt;Stories under the trees for ages 3 to 5.&lt;/p&gt;",
    ):
        (event,) = feed_events(address_block_item(body))
        assert event.address is None


def test_an_address_block_is_looked_for_in_linear_time() -> None:
    for hostile in ("1 " * 50_000, "<p>" * 30_000, "1 Main St<br>" * 8_000 + "x"):
        assert closing_address(hostile) is None


# --- 2. sessions listed as blocks ---------------------------------------------------------------------------------
SESSIONS = (
    "<item><title>Pottery course</title><guid>course-7</guid><link>https://arts.example/course-7</link>"
    "<cal:sessions>"
    "<cal:session><cal:start>Tue, 02 Mar 2027 18:00:00 -0800</cal:start><cal:end>Tue, 02 Mar 2027 20:00:00 -0800</cal:end>"
    "</cal:session>"
    "<cal:session><cal:start>Tue, 09 Mar 2027 18:00:00 -0800</cal:start><cal:end>Tue, 09 Mar 2027 20:00:00 -0800</cal:end>"
    "</cal:session>"
    "<cal:session><cal:start>Tue, 16 Mar 2027 18:00:00 -0700</cal:start></cal:session>"
    "</cal:sessions></item>"
)


def test_an_item_listing_its_sessions_is_one_event_per_session() -> None:
    events = feed_events(SESSIONS)

    assert [(event.start, event.end) for event in events] == [
        (dt.datetime(2027, 3, 2, 18, tzinfo=PACIFIC), dt.datetime(2027, 3, 2, 20, tzinfo=PACIFIC)),
        (dt.datetime(2027, 3, 9, 18, tzinfo=PACIFIC), dt.datetime(2027, 3, 9, 20, tzinfo=PACIFIC)),
        (dt.datetime(2027, 3, 16, 18, tzinfo=PACIFIC), None),
    ]
    assert len({event.external_id for event in events}) == 3
    assert all(event.title == "Pottery course" for event in events)


def test_one_session_block_is_the_items_one_date() -> None:
    (event,) = feed_events(
        "<item><title>Open studio</title><guid>s1</guid><cal:sessions><cal:session>"
        "<cal:start>2027-03-02T18:00:00-08:00</cal:start></cal:session></cal:sessions></item>"
    )

    assert (event.start, event.external_id) == (dt.datetime(2027, 3, 2, 18, tzinfo=PACIFIC), "s1")


# --- 3. pubDates beside their ends ---------------------------------------------------------------------------------
def ended_item(title: str, published: str, ends: str | None = None) -> str:
    end = f"<cal:ends>{ends}</cal:ends>" if ends else ""
    return f"<item><title>{title}</title><guid>{title}</guid><pubDate>{published}</pubDate>{end}</item>"


def test_a_feed_pairing_pubdates_with_later_ends_gives_its_starts_there() -> None:
    events = feed_events(
        ended_item("Talk", "Thu, 04 Mar 2027 01:00:00 +0000", "Thu, 04 Mar 2027 02:30:00 +0000")
        + ended_item("Film", "Sat, 06 Mar 2027 03:00:00 +0000", "Sat, 06 Mar 2027 05:00:00 +0000")
        + ended_item("Reading", "Mon, 08 Mar 2027 02:00:00 +0000")
    )

    assert [(event.title, event.start, event.end) for event in events] == [
        ("Talk", dt.datetime(2027, 3, 3, 17, tzinfo=PACIFIC), dt.datetime(2027, 3, 3, 18, 30, tzinfo=PACIFIC)),
        ("Film", dt.datetime(2027, 3, 5, 19, tzinfo=PACIFIC), dt.datetime(2027, 3, 5, 21, tzinfo=PACIFIC)),
        ("Reading", dt.datetime(2027, 3, 7, 18, tzinfo=PACIFIC), None),
    ]


def test_an_end_before_its_pubdate_says_the_pubdates_are_publications() -> None:
    records = feed_records(
        ended_item("Sale", "Thu, 04 Mar 2027 01:00:00 +0000", "Wed, 03 Mar 2027 02:30:00 +0000")
        + ended_item("Notice", "Sat, 06 Mar 2027 03:00:00 +0000", "Sat, 06 Mar 2027 05:00:00 +0000")
    )

    assert not [record for record in records if isinstance(record, RawEvent)]


def test_an_item_whose_pubdate_cannot_be_read_is_read_by_its_text() -> None:
    # feedparser answers a missing "updated_parsed" with a DeprecationWarning (an error under the tests): the year a
    # date in the text is read in comes from the stamps as stored.
    (event,) = feed_events(
        "<item><title>Lantern walk</title><guid>l1</guid><pubDate>not a time</pubDate>"
        "<description>Saturday, March 13, 2027 at 7:00 PM at the pier.</description></item>",
        channel="<title>Calendar</title><link>https://city.example/events/</link>",
    )

    assert event.start == dt.datetime(2027, 3, 13, 19, tzinfo=PACIFIC)


# --- 4. <time datetime> in an item's body ------------------------------------------------------------------------
TIMED_BODY = (
    "<item><title>Council workshop</title><guid>w1</guid><description>&lt;div class=&quot;when&quot;&gt;"
    "&lt;time datetime=&quot;2027-03-09T18:00:00-08:00&quot;&gt;&lt;/time&gt;"
    "&lt;time datetime=&quot;not a date&quot;&gt;&lt;/time&gt;"
    "&lt;time datetime=&quot;2027-03-09T20:00:00-08:00&quot;&gt;&lt;/time&gt;&lt;/div&gt;</description></item>"
)


def test_a_time_element_in_the_body_gives_the_start_and_the_end() -> None:
    (event,) = feed_events(TIMED_BODY)

    assert (event.start, event.end) == (
        dt.datetime(2027, 3, 9, 18, tzinfo=PACIFIC),
        dt.datetime(2027, 3, 9, 20, tzinfo=PACIFIC),
    )
    assert (event.confidence or 1.0) < HELD  # a feed that does not say it lists events: held


def test_a_time_element_in_a_feed_of_events_is_published() -> None:
    (event,) = feed_events(TIMED_BODY, channel="<title>Calendar</title><link>https://city.example/events/</link>")

    assert event.start == dt.datetime(2027, 3, 9, 18, tzinfo=PACIFIC)
    assert (event.confidence or 1.0) >= HELD


# --- 5. a pubDate at local midnight -------------------------------------------------------------------------------
def dated_item(title: str, published: str) -> str:
    return (
        f"<item><title>{title}</title><link>https://college.example/event/{title.lower()}</link>"
        f"<pubDate>{published}</pubDate></item>"
    )


def test_a_pubdate_start_at_local_midnight_is_a_day() -> None:
    events = feed_events(
        dated_item("Term begins", "Mon, 05 Apr 2027 00:00:00 -0700")
        + dated_item("Grades due", "Fri, 09 Apr 2027 00:00:00 -0700")
        + dated_item("Lecture", "Fri, 09 Apr 2027 19:00:00 -0700")
        + dated_item("Webcast", "Sat, 10 Apr 2027 00:00:00 +0000")
    )

    assert [(event.title, event.start, event.all_day) for event in events] == [
        ("Term begins", dt.date(2027, 4, 5), True),
        ("Grades due", dt.date(2027, 4, 9), True),
        ("Lecture", dt.datetime(2027, 4, 9, 19, tzinfo=PACIFIC), False),
        # Midnight of another zone is a time here.
        ("Webcast", dt.datetime(2027, 4, 9, 17, tzinfo=PACIFIC), False),
    ]


# --- 6. JSON ends, cancelled flags and days -------------------------------------------------------------------------
def test_an_end_named_like_the_start_is_the_end_however_few_records_carry_it() -> None:
    document = [
        {"title": "Gallery talk", "startDateTime": "2027-03-08T15:30:00", "endDateTime": "2027-03-08T16:30:00"},
        *({"title": f"Open hours {day}", "startDateTime": f"2027-03-{day:02d}T10:00:00"} for day in (9, 10, 11)),
    ]

    events = json_events(document)

    assert events[0].end == dt.datetime(2027, 3, 8, 16, 30, tzinfo=EASTERN)
    assert [event.end for event in events[1:]] == [None, None, None]


def test_an_end_time_named_like_the_start_time_ends_the_same_day() -> None:
    document = [
        {"title": "Choir", "day": "2027-03-08", "startTime": "18:00", "endTime": "19:30"},
        *({"title": f"Walk {day}", "day": f"2027-03-{day:02d}", "startTime": "09:00"} for day in (9, 10, 11)),
    ]

    events = json_events(document)

    assert (events[0].start, events[0].end) == (
        dt.datetime(2027, 3, 8, 18, tzinfo=EASTERN),
        dt.datetime(2027, 3, 8, 19, 30, tzinfo=EASTERN),
    )


def test_a_cancelled_flag_only_some_records_carry_is_the_status() -> None:
    document = [
        {"title": "Quiz", "start": "2027-03-08T19:00:00", "canceled": True},
        *({"title": f"Bingo {day}", "start": f"2027-03-{day:02d}T19:00:00"} for day in (9, 10, 11)),
    ]

    events = json_events(document)

    assert [event.status for event in events] == ["cancelled", "scheduled", "scheduled", "scheduled"]


def test_a_record_from_midnight_to_2359_is_that_day() -> None:
    document = [
        {"title": "Art all day", "start": "2027-03-09 00:00:00", "end": "2027-03-09 23:59:00"},
        {"title": "Late show", "start": "2027-03-09 00:00:00", "end": "2027-03-09 01:30:00"},
        {"title": "Lunch talk", "start": "2027-03-10 12:00:00", "end": "2027-03-10 13:00:00"},
    ]

    events = json_events(document)

    assert [(event.start, event.end, event.all_day) for event in events] == [
        (dt.date(2027, 3, 9), None, True),
        (dt.datetime(2027, 3, 9, 0, 0, tzinfo=EASTERN), dt.datetime(2027, 3, 9, 1, 30, tzinfo=EASTERN), False),
        (dt.datetime(2027, 3, 10, 12, tzinfo=EASTERN), dt.datetime(2027, 3, 10, 13, tzinfo=EASTERN), False),
    ]


def test_an_all_day_record_ending_at_midnight_ends_the_day_before() -> None:
    # As a calendar writes them: an all-day record's end is the midnight its last day ends at.
    document = [
        {"title": "Exhibit", "allDay": True, "start": "2027-03-08T00:00:00", "end": "2027-03-10T00:00:00"},
        {"title": "Fair", "allDay": True, "start": "2027-03-12T00:00:00", "end": "2027-03-14T00:00:00"},
        {"title": "Talk", "allDay": False, "start": "2027-03-14T18:00:00", "end": "2027-03-14T19:00:00"},
    ]

    events = json_events(document)

    assert [(event.start, event.end) for event in events] == [
        (dt.date(2027, 3, 8), dt.date(2027, 3, 9)),
        (dt.date(2027, 3, 12), dt.date(2027, 3, 13)),
        (dt.datetime(2027, 3, 14, 18, tzinfo=EASTERN), dt.datetime(2027, 3, 14, 19, tzinfo=EASTERN)),
    ]


# --- 7. a day given as its last second, and its times ----------------------------------------------------------------
def test_a_day_given_as_its_last_second_is_the_day_it_falls_on_at_the_given_times() -> None:
    document = [
        {"recid": 1, "title": "Jazz brunch", "date": "2027-03-09T06:59:59Z", "startTime": "11:00:00",
         "endTime": "13:30:00"},
        {"recid": 2, "title": "Night market", "date": "2027-03-14T06:59:59Z", "startTime": "18:00:00"},
        {"recid": 3, "title": "Garden week", "date": "2027-03-20T06:59:59Z"},
    ]  # fmt: skip

    events = extract_document(json.dumps(document).encode(), window=WINDOW, kind="auto", zone=PACIFIC).events

    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Jazz brunch", "2027-03-08T11:00:00-08:00", "2027-03-08T13:30:00-08:00"),
        ("Night market", "2027-03-13T18:00:00-08:00", None),
        ("Garden week", "2027-03-19", None),
    ]
    assert infer(document).config["mapping"]["start"]["format"][0] == "local-day %H:%M:%S"


def test_the_local_day_format_reads_an_instant_as_its_day_in_the_zone() -> None:
    assert read_moment("2027-03-09T06:59:59Z", "local-day", PACIFIC) == dt.date(2027, 3, 8)
    assert read_moment("2027-03-09T06:59:59Z 18:15", "local-day %H:%M", PACIFIC) == dt.datetime(
        2027, 3, 8, 18, 15, tzinfo=PACIFIC
    )
    assert read_moment("2027-03-09T06:59:59Z 25:00", "local-day %H:%M", PACIFIC) is None
    assert read_moment("2027-03-09T06:59:59Z 18:15", "local-day", PACIFIC) is None  # a time it was not told of
    assert read_moment("no instant 18:15", "local-day %H:%M", PACIFIC) is None
    spec = {"url": "https://x.example", "items": "", "mapping": {"title": "t", "start": {"path": ["d", "t"],
            "format": ["local-day %H:%M:%S", "local-day"]}}}  # fmt: skip
    assert read_config(spec).mapping["start"].format == ("local-day %H:%M:%S", "local-day")


def test_a_column_of_ordinary_times_is_no_day_bound() -> None:
    document = [
        {"title": f"Class {day}", "date": f"2027-03-{day:02d}T17:30:00Z", "startTime": "10:00:00"} for day in (8, 9, 10)
    ]

    assert infer(document).config["mapping"]["start"] == "date"
