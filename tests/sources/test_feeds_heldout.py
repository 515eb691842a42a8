"""Feeds held out of the rules (issue #13, bench/corpus/feeds/manifest-heldout.json) and the rule their first
measurement asked for: a pubDate later than the feed's own build time is not a publication date (no feed
publishes an article after it was written) but the date of something to come, the event's start.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from sources.adapters import rss
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "feeds" / "files"
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
WINDOW = FetchWindow(start=dt.datetime(2018, 5, 28, tzinfo=dt.UTC), end=dt.datetime(2019, 5, 28, tzinfo=dt.UTC))


def parse(payload: bytes) -> list[RawEvent | RejectedRecord]:
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=CHICAGO)
    return list(rss.FeedAdapter(config={}, context=context).parse(payload))


def feed(built: str | None, *published: str) -> bytes:
    build = f"<lastBuildDate>{built}</lastBuildDate>" if built else ""
    items = "".join(
        f"<item><title>Workshop {n}</title><link>https://example.org/event/{n}/</link>"
        f"<guid>https://example.org/?p={n}</guid><pubDate>{date}</pubDate></item>"
        for n, date in enumerate(published)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Events</title>{build}{items}</channel></rss>'.encode()
    )


def test_the_events_calendar_rss_gives_each_event_its_pubdate_start():
    # The Events Calendar's /events/feed/ (City-Bureau/city-scrapers tests/files/hacc_feed.txt): no event
    # namespace; each item's pubDate is the event's start, after the feed's lastBuildDate.
    records = parse((CORPUS / "hacc_feed.xml").read_bytes())

    events = [record for record in records if isinstance(record, RawEvent)]
    assert len(events) == 6
    assert (events[2].title, events[2].start) == (
        "Entrepreneurship Boot Camp Session 4 Conclusion",
        dt.datetime(2018, 6, 1, 10, 0, tzinfo=CHICAGO),
    )
    assert events[2].confidence == rss.SCHEDULED_CONFIDENCE
    assert "later than the feed's own build time" in events[2].evidence[-1]


def test_a_pubdate_after_the_feed_was_built_is_the_start_one_before_it_is_not():
    records = parse(
        feed("Tue, 29 May 2018 17:00:00 +0000", "Wed, 30 May 2018 22:30:00 +0000", "Mon, 28 May 2018 09:00:00 +0000")
    )

    assert isinstance(records[0], RawEvent)
    assert records[0].start == dt.datetime(2018, 5, 30, 17, 30, tzinfo=CHICAGO)
    assert isinstance(records[1], RejectedRecord)
    assert records[1].reason == rss.NO_DATE


@pytest.mark.parametrize(
    ("built", "published"),
    [
        (None, "Wed, 30 May 2018 22:30:00 +0000"),  # a feed that does not say when it was built
        ("Tue, 29 May 2018 17:00:00 +0000", "Tue, 29 May 2018 17:45:00 +0000"),  # within a clock's error
    ],
)
def test_without_a_build_time_or_within_the_margin_a_pubdate_stays_a_publication_date(built, published):
    (record,) = parse(feed(built, published))

    assert isinstance(record, RejectedRecord)
    assert record.reason == rss.NO_DATE


def test_an_event_namespace_date_outranks_a_later_pubdate():
    payload = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        b"<title>Events</title><lastBuildDate>Tue, 29 May 2018 17:00:00 +0000</lastBuildDate>"
        b"<item><title>Board</title><guid>b</guid><pubDate>Wed, 30 May 2018 22:30:00 +0000</pubDate>"
        b"<ev:startdate>2018-06-04T18:00:00-05:00</ev:startdate></item></channel></rss>"
    )

    (record,) = parse(payload)

    assert isinstance(record, RawEvent)
    assert record.start == dt.datetime(2018, 6, 4, 18, 0, tzinfo=CHICAGO)
    assert record.confidence is None
