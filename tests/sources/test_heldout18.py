"""The eighteenth held-out batch's misses, JSON APIs and feeds (issue #13, bench/corpus/apis/manifest-heldout18.json
and feeds/manifest-heldout18.json, each file measured once before these rules), on small documents of our own:

- a feed item with no start-named element whose time-named element holds a whole date or a date-time rather than a
  clock (a WordPress calendar plugin's ``<event_time>2031-05-04</event_time>``) starts then, and the end-named twin
  (``<event_end_time>``) is its last day; a clock alone there is no date;
- of a record's links, one on a photo, video or social service (``flickrURL``, ``youTubeURL``) is not the event's
  page, even when its key says "URL" louder than the record's "website" does.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.rss import FeedAdapter
from tests.sources.helpers import parse_json

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
START = dt.datetime(2031, 4, 1, tzinfo=OSLO)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def feed_events(items: str) -> list[RawEvent]:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fjord club events</title>'
        f"<link>https://fjordclub.example/events/</link>{items}</channel></rss>"
    )
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=OSLO)
    return [
        record
        for record in FeedAdapter(config={}, context=context).parse(document.encode())
        if isinstance(record, RawEvent)
    ]


def item(title: str, slug: str, elements: str, published: str = "Mon, 03 Mar 2031 10:00:00 +0000") -> str:
    return (
        f"<item><title>{title}</title><link>https://fjordclub.example/events/{slug}/</link>"
        f"<pubDate>{published}</pubDate>"
        f"<description>Details to follow.</description>{elements}</item>"
    )


def test_a_time_element_holding_a_date_is_the_start_and_its_end_twin_the_last_day() -> None:
    events = feed_events(
        item("Kayak weekend", "kayak", "<event_time>2031-05-04</event_time><event_end_time>2031-05-05</event_end_time>")
        + item("Harbour swim", "swim", "<event_day>14</event_day><event_time>2031-06-14</event_time>")
    )

    assert [(event.title, event.start, event.end, event.all_day) for event in events] == [
        ("Kayak weekend", dt.date(2031, 5, 4), dt.date(2031, 5, 5), True),
        ("Harbour swim", dt.date(2031, 6, 14), None, True),
    ]


def test_a_time_element_holding_a_date_time_keeps_its_time() -> None:
    events = feed_events(item("Night sail", "sail", "<event_time>2031-07-01T21:30:00</event_time>"))

    assert [(event.title, event.start) for event in events] == [
        ("Night sail", dt.datetime(2031, 7, 1, 21, 30, tzinfo=OSLO)),
    ]


def test_a_clock_alone_in_the_time_element_is_no_date() -> None:
    # Published inside the window: the item is still read (from its publication), but the clock is no day of its own.
    alone = feed_events(
        item("Sauna evening", "sauna", "<event_time>19:00</event_time>", "Mon, 05 May 2031 10:00:00 +0000")
    )
    dated = feed_events(
        item(
            "Sauna evening",
            "sauna",
            "<event_time>19:00</event_time><event_date>2031-05-06</event_date>",
            "Mon, 05 May 2031 10:00:00 +0000",
        )
    )

    assert len(alone) == 1
    assert alone[0].start == dt.datetime(2031, 5, 5, 12, 0, tzinfo=OSLO)  # the publication, not 19:00 on some day
    assert [event.start for event in dated] == [dt.datetime(2031, 5, 6, 19, 0, tzinfo=OSLO)]


def conference(**links: str) -> dict:
    return {
        "id": 88,
        "name": "Fjord Dev Days 2031",
        "fromDate": "2031-05-07T07:00:00Z",
        "toDate": "2031-05-09T16:00:00Z",
        "timezone": "Europe/Oslo",
        "locationName": "Harbour Hall",
        **links,
    }


def test_a_photo_or_video_service_link_is_not_the_events_page() -> None:
    record = conference(
        flickrURL="https://www.flickr.com/photos/fjorddev/albums/",
        website="https://fjorddevdays.example/",
        youTubeURL="https://www.youtube.com/channel/fjorddev",
    )

    events = parse_json(record, window=WINDOW, zone=OSLO)[1]

    assert [(event.title, event.url) for event in events] == [("Fjord Dev Days 2031", "https://fjorddevdays.example/")]


def test_a_records_own_url_key_still_wins_over_its_website() -> None:
    record = conference(url="https://tickets.example/fjord-dev-days", website="https://fjorddevdays.example/")

    events = parse_json(record, window=WINDOW, zone=OSLO)[1]

    assert [event.url for event in events] == ["https://tickets.example/fjord-dev-days"]
