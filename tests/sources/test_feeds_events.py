"""Feeds whose items are not articles (issue #13): titles that are dates, extension elements read by local
name whatever their prefix, and distinct, stable ids for items that share one link."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from events.pipeline.decide import Evidence, decide
from events.pipeline.normalize import normalize
from sources.adapters._feed_extras import is_date_title
from sources.adapters._feed_when import PROSE_DATE
from sources.adapters.base import Adapter, AdapterContext, FetchWindow, RawEvent
from sources.adapters.ics import ICalendarAdapter
from sources.adapters.rss import FeedAdapter
from sources.extraction import extract_document

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
# A fixed window: the items' dates are absolute, so the test reads the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2024, 2, 1, tzinfo=LA), end=dt.datetime(2025, 2, 1, tzinfo=LA))


def rss(
    items: str, *, namespaces: str = "", channel: str = "Big Band tour dates", page: str = "https://band.example/"
) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" {namespaces}><channel><title>{channel}</title>'
        f"<link>{page}</link><description>Dates</description>{items}</channel></rss>"
    ).encode()


def read(payload: bytes) -> list[dict]:
    return extract_document(payload, window=WINDOW, kind="auto", zone=LA).events


def test_a_title_that_is_a_date_is_the_start_and_the_event_is_named_from_the_feed():
    events = read(rss("<item><title>Saturday, March 2, 2024 8:00 PM</title><link>https://band.example/d</link></item>"))
    (event,) = events
    assert event["start"] == "2024-03-02T20:00:00-08:00"
    assert event["title"] == "Big Band tour dates"
    assert event["source_title"] == "Saturday, March 2, 2024 8:00 PM"
    assert event["confidence"] < 0.85  # a made-up title is a guess a moderator checks
    assert "title taken from the feed's title" in event["evidence"][0]


def test_an_iso_title_and_a_performer_element():
    item = "<item><title>2024-03-03 20:00</title><artist>Big Band &amp; Friends</artist></item>"
    (event,) = read(rss(item))
    assert (event["title"], event["start"]) == ("Big Band & Friends", "2024-03-03T20:00:00-08:00")


def test_the_descriptions_first_line_names_the_event_unless_it_is_the_venue():
    item = (
        "<item><title>Fri, March 8, 2024 9 PM</title><description>Late Night Jazz Trio&lt;br&gt;Two sets, $15"
        "</description></item><item><title>Sat, March 9, 2024 9 PM</title><venue>The Roxy</venue>"
        "<description>The Roxy Theatre&lt;br&gt;West Hollywood</description></item>"
    )
    first, second = read(rss(item))
    assert first["title"] == "Late Night Jazz Trio"
    assert (second["title"], second["venue_name"]) == ("Big Band tour dates", "The Roxy")


@pytest.mark.parametrize(
    ("title", "start"),
    [
        ("3/2/2024 8:00 PM", "2024-03-02T20:00:00-08:00"),
        ("03/02/24, 20:00", "2024-03-02T20:00:00-08:00"),
        ("3/2/2024 at 7pm", "2024-03-02T19:00:00-08:00"),
        ("25/12/2024", "2024-12-25"),  # the first number cannot be a month
    ],
)
def test_a_numeric_date_title_is_read_as_the_start(title, start):
    """Such a title was taken for a date but read by nothing: the item was refused for having no date."""
    (event,) = read(rss(f"<item><title>{title}</title><description>Jazz Quartet</description></item>"))
    assert (event["title"], event["start"], event["source_title"]) == ("Jazz Quartet", start, title)


@pytest.mark.parametrize("title", ["3/2/2024 8", "13/13/2024", "2/30/2024", "2024-03-02 8:00"])
def test_what_the_adapter_cannot_read_is_not_taken_for_a_date_title(title):
    assert not is_date_title(title, PROSE_DATE)


def test_a_title_that_merely_contains_a_date_is_kept():
    item = "<item><title>Jazz Night, March 8, 2024 9 PM</title></item>"
    (event,) = read(rss(item))
    assert event["start"] == "2024-03-08T21:00:00-08:00"
    assert event["confidence"] is None  # the item's own title, not a guess
    assert (event["title"], event["source_title"]) == ("Jazz Night", "Jazz Night, March 8, 2024 9 PM")


@pytest.mark.parametrize("prefix", ["", "x:", "event:", "calendarEvent:"])
def test_extension_elements_are_read_by_local_name_whatever_the_prefix(prefix):
    namespaces = f'xmlns:{prefix[:-1]}="https://events.example/ns"' if prefix else ""
    item = (
        f"<item><title>Salmon Bake</title><link>https://city.example/e/1</link>"
        f"<{prefix}startdate>2024-06-01T17:00:00</{prefix}startdate><{prefix}enddate>2024-06-01T20:00:00</{prefix}enddate>"
        f"<{prefix}venue>Marymoor Park</{prefix}venue><{prefix}address>6046 W Lake Sammamish Pkwy NE, Redmond"
        f"</{prefix}address><{prefix}price>$12.50</{prefix}price><{prefix}latitude>47.66</{prefix}latitude>"
        f"<{prefix}longitude>-122.11</{prefix}longitude><{prefix}organizer>Parks Dept</{prefix}organizer></item>"
    )
    (event,) = read(rss(item, namespaces=namespaces))
    assert (event["start"], event["end"]) == ("2024-06-01T17:00:00-07:00", "2024-06-01T20:00:00-07:00")
    assert (event["venue_name"], event["address"]) == ("Marymoor Park", "6046 W Lake Sammamish Pkwy NE, Redmond")
    assert (event["cost_type"], event["price_min"]) == ("paid", 12.5)
    assert (event["latitude"], event["longitude"]) == (47.66, -122.11)
    assert event["organizer"] == "Parks Dept"


def test_civicplus_style_dates_and_times_in_separate_elements():
    namespaces = 'xmlns:calendarEvent="https://www.civicplus.com/Calendar"'
    item = (
        "<item><title>Flapjacks &amp; Flannel Breakfast</title><link>https://city.example/Calendar.aspx?EID=3538</link>"
        "<calendarEvent:EventDates>October 3, 2024</calendarEvent:EventDates>"
        "<calendarEvent:EventTimes>9:30 AM - 12:00 PM</calendarEvent:EventTimes>"
        "<calendarEvent:Location>8703 160th Ave NE, Redmond, WA 98052</calendarEvent:Location></item>"
    )
    (event,) = read(rss(item, namespaces=namespaces))
    assert (event["start"], event["end"]) == ("2024-10-03T09:30:00-07:00", "2024-10-03T12:00:00-07:00")
    # A location that is only a postal address is the address, not a venue named by its street (batch 24 feeds).
    assert (event["venue_name"], event["address"]) == (None, "8703 160th Ave NE, Redmond, WA 98052")


@pytest.mark.parametrize(
    ("elements", "expected"),
    [
        ("<start_date>2024-04-05</start_date><start_time>19:00</start_time>", ("2024-04-05T19:00:00-07:00", None)),
        (
            "<startdate>2024-04-05</startdate><eventtimes>7:00 PM - 9:30 PM</eventtimes>",
            ("2024-04-05T19:00:00-07:00", "2024-04-05T21:30:00-07:00"),
        ),
        # Over several days: the last day ends at the end time.
        (
            "<startdate>2024-04-05</startdate><enddate>2024-04-07</enddate><eventtime>7 - 9 pm</eventtime>",
            ("2024-04-05T19:00:00-07:00", "2024-04-07T21:00:00-07:00"),
        ),
    ],
)
def test_an_iso_date_takes_the_time_a_separate_element_gives(elements, expected):
    (event,) = read(rss(f"<item><title>Board meeting</title><link>https://x.example/1</link>{elements}</item>"))
    assert (event["start"], event["end"], event["all_day"]) == (*expected, False)


def test_an_iso_date_with_unreadable_times_stays_a_day():
    item = "<item><title>Board meeting</title><start_date>2024-04-05</start_date><start_time>TBA</start_time></item>"
    (event,) = read(rss(item))
    assert (event["start"], event["all_day"]) == ("2024-04-05", True)


@pytest.mark.parametrize(
    ("venue", "online"),
    [
        ("https://venue.example.org", False),  # the venue's website: it was marked online
        ("https://www.facebook.com/TheRoxyTheatre", False),
        ("https://us02web.zoom.us/j/123456", True),
        ("https://www.youtube.com/live/abc", True),
    ],
)
def test_a_venue_that_is_a_url_is_online_only_when_it_is_a_meeting(venue, online):
    item = f"<item><title>Talk</title><startdate>2024-04-05T20:00:00</startdate><venue>{venue}</venue></item>"
    (event,) = read(rss(item))
    assert (event["venue_name"], event["online"]) == (None, online)


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ("Free admission", ("free", 0.0, 0.0)),
        # "free" somewhere in the text used to discard the amounts: this was free.
        ("Free for members, $25 general", ("variable", 0.0, 25.0)),
        ("$10 - $25", ("paid", 10.0, 25.0)),
        ("From $15", ("paid", 15.0, None)),
        ("Tickets at the door", ("unknown", None, None)),
    ],
)
def test_a_price_element_is_read_as_the_pipeline_reads_a_price(price, expected):
    item = f"<item><title>Open Studio</title><startdate>2024-05-01</startdate><price>{price}</price></item>"
    (event,) = read(rss(item))
    assert (event["cost_type"], event["price_min"], event["price_max"]) == expected


CALENDAR_PAGE = "https://city.example/calendar"


def shared_link_feed(*, reverse: bool = False) -> bytes:
    items = [
        f"<item><title>Council Meeting</title><link>{CALENDAR_PAGE}</link><ev:startdate>2024-04-02T18:00:00"
        "</ev:startdate></item>",
        f"<item><title>Council Meeting</title><link>{CALENDAR_PAGE}</link><ev:startdate>2024-04-16T18:00:00"
        "</ev:startdate></item>",
        "<item><title>Library Board</title><link>https://city.example/e/9</link><ev:startdate>2024-04-03T17:00:00"
        "</ev:startdate></item>",
    ]
    if reverse:
        items.reverse()
    return rss("".join(items), namespaces='xmlns:ev="http://purl.org/rss/1.0/modules/event/"')


def test_items_sharing_one_link_get_distinct_ids_stable_across_fetches():
    ids = [event["external_id"] for event in read(shared_link_feed())]
    assert len(set(ids)) == 3
    assert "https://city.example/e/9" in ids  # a link no other item has is still the id, as before
    assert ids[0] == f"{CALENDAR_PAGE}#2024-04-02T18:00:00-07:00"
    assert sorted(ids) == sorted(event["external_id"] for event in read(shared_link_feed(reverse=True)))


def test_an_item_linking_to_a_calendar_page_keeps_its_id_when_the_others_drop_off():
    """The id used to depend on how many items shared the link in this fetch: the last one left became
    ``/calendar``, a new event beside the old ``/calendar#<start>``."""
    first = [event["external_id"] for event in read(shared_link_feed())][0]
    item = (
        f"<item><title>Council Meeting</title><link>{CALENDAR_PAGE}</link>"
        "<ev:startdate>2024-04-02T18:00:00</ev:startdate></item>"
    )
    (alone,) = read(rss(item, namespaces='xmlns:ev="http://purl.org/rss/1.0/modules/event/"'))
    assert alone["external_id"] == first == f"{CALENDAR_PAGE}#2024-04-02T18:00:00-07:00"


@pytest.mark.parametrize(
    ("guid", "link", "expected"),
    [
        # A guid that is a listing page names no item, even alone: the start is added (or the link is the id).
        ("https://band.example/events/", None, "https://band.example/events/#2024-05-01T18:00:00-07:00"),
        ("https://band.example/Calendar.aspx", None, "https://band.example/Calendar.aspx#2024-05-01T18:00:00-07:00"),
        ("https://band.example", None, "https://band.example#2024-05-01T18:00:00-07:00"),
        ("https://band.example/events", "https://band.example/e/7", "https://band.example/e/7"),
        # The feed's own page (its channel link, here "/tour-2024").
        (None, "https://band.example/tour-2024/", "https://band.example/tour-2024/#2024-05-01T18:00:00-07:00"),
        # Ids that name one item stay as they were: permalinks, a query picking one event, opaque guids.
        ("https://band.example/events/chess-club", None, "https://band.example/events/chess-club"),
        (None, "https://band.example/Calendar.aspx?EID=3538", "https://band.example/Calendar.aspx?EID=3538"),
        ("tag:band.example,2024:event-12", "https://band.example/calendar", "tag:band.example,2024:event-12"),
        ("event-12", None, "event-12"),
    ],
)
def test_an_item_s_id_is_decided_by_the_item_alone(guid, link, expected):
    tags = (f"<guid>{guid}</guid>" if guid else "") + (f"<link>{link}</link>" if link else "")
    item = f"<item><title>Chess Club</title>{tags}<startdate>2024-05-01T18:00:00</startdate></item>"
    (event,) = read(rss(item, page="https://band.example/tour-2024"))
    assert event["external_id"] == expected


def test_two_items_the_feed_gives_one_guid_are_both_kept():
    """The feed's own slip: the start tells them apart so neither overwrites the other. Only this guard looks
    at the other items; a guid the feed gives one item is its id."""
    item = "<item><title>Drop-in Chess</title><guid>chess</guid><startdate>{}</startdate></item>"
    feed = rss(item.format("2024-05-01T18:00:00") + item.format("2024-05-08T18:00:00"))
    assert [event["external_id"] for event in read(feed)] == [
        "chess#2024-05-01T18:00:00-07:00",
        "chess#2024-05-08T18:00:00-07:00",
    ]
    single = rss(item.format("2024-05-01T18:00:00"))
    assert [event["external_id"] for event in read(single)] == ["chess"]


def test_items_with_neither_guid_nor_link_are_told_apart_by_title_and_start():
    item = "<item><title>Story Time</title><startdate>{}</startdate></item>"
    events = read(rss(item.format("2024-05-01T10:00:00") + item.format("2024-05-02T10:00:00")))
    first, second = (event["external_id"] for event in events)
    assert first != second
    assert first.startswith("rss-")


def decided(record: RawEvent):
    return decide(Evidence(normalized=normalize(record.to_json()), trust_level="trusted"))


def adapter_records(payload: bytes, adapter_class: type[Adapter]) -> list[RawEvent]:
    context = AdapterContext(source="feed", window=WINDOW, default_timezone=LA)
    return [
        record for record in adapter_class(config={}, context=context).parse(payload) if isinstance(record, RawEvent)
    ]


DATE_TITLE = "<title>Saturday, March 2, 2024 8:00 PM</title>"


@pytest.mark.parametrize(
    ("item", "channel", "expected"),
    [
        (f"<item>{DATE_TITLE}<performer>The Quartet</performer></item>", "The Roxy", ("The Quartet", 0.8, "publish")),
        (
            f"<item>{DATE_TITLE}<description>Late Night Jazz</description></item>",
            "The Roxy",
            ("Late Night Jazz", 0.6, "publish"),
        ),
        (f"<item>{DATE_TITLE}</item>", "The Roxy", ("The Roxy", 0.4, "hold")),
        (f"<item>{DATE_TITLE}<venue>Town Hall</venue></item>", "", ("Event at Town Hall", 0.4, "hold")),
    ],
)
def test_a_made_up_title_publishes_only_when_it_names_the_event(item, channel, expected):
    """The feed's title or "Event at <venue>" name no event: a moderator names it. The bar is decide's."""
    (record,) = adapter_records(rss(item, channel=channel), FeedAdapter)
    decision = decided(record)
    assert (record.title, record.confidence, decision.action) == expected
    if decision.action == "hold":
        assert "title taken from the" in decision.reasons[0]


def test_an_ics_event_named_by_its_descriptions_first_line_is_held():
    calendar = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:z1\r\n"
        b"DTSTART:20240302T190000Z\r\nDESCRIPTION:Join Zoom Meeting\\nhttps://zoom.us/j/1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (record,) = adapter_records(calendar, ICalendarAdapter)
    decision = decided(record)
    assert (record.title, record.confidence, decision.action) == ("Join Zoom Meeting", 0.4, "hold")
    assert "no SUMMARY" in decision.reasons[0]
