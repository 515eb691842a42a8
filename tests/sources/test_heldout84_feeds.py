"""Feeds helper 84 (issue #13): the eighty-fourth held-out batch, feeds (bench/corpus/feeds/manifest-heldout84.json),
on small documents of our own.

Batch 84's misses, each mended by a shape other feeds share:

- a pro-housing group's hand-built "Upcoming Events" RSS names its page ``/events.html``, not ``/events/``, so the
  feed was not known to list events and its item, dated only by its page's address, was skipped: a segment's name is
  read without a web page's suffix (``_feed_page_suffix``);
- a meetup's "Termine" stamps its items when they were posted (21:40:37, 08:08:08) and its date polls, which write
  no day, were read at those stamps: a feed stamped at odd seconds gives posts' times, not starts
  (``_feed_post_stamps``).

Hard negatives beside each: a feed's own file, a word merely beginning with "events", a news page; stamps on whole
minutes, one odd second among them, an item whose words date it.
"""

from __future__ import annotations

import datetime as dt
import time
import zoneinfo

import pytest

from sources.adapters._feed_date_signs import event_page
from sources.adapters._feed_post_stamps import post_stamped
from tests.sources.helpers import one_event, read_feed

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def static_rss(page: str) -> str:
    """A hand-built RSS whose page is ``page`` and whose one item is dated only by its page's address."""
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Neighbours - Upcoming</title>"
        f"<link>https://group.example/{page}</link><description>What we do.</description>"
        "<item><title>Spring Meetup</title><link>https://group.example/2031-05-28-meetup.html</link>"
        "<description>Click to visit site.</description><pubDate>Sat, 10 May 2031 16:00:00 -0400</pubDate>"
        "</item></channel></rss>"
    )


# --- a page named with a suffix (_feed_page_suffix) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://group.example/events.html", True),
        ("https://group.example/club/calendar.php", True),
        ("https://group.example/events.xml", False),  # the feed's own file, not its page
        ("https://group.example/eventsbrite.html", False),
        ("https://group.example/news.html", False),
    ],
)
def test_a_page_named_events_with_a_suffix_is_an_events_page(address: str, expected: bool) -> None:
    assert event_page(address) is expected


def test_an_events_html_feeds_item_takes_the_day_its_address_writes() -> None:
    event = one_event(
        read_feed(static_rss("events.html"), zone=NEW_YORK, start=dt.datetime(2031, 5, 11, 12, 0, tzinfo=NEW_YORK))
    )
    assert (event["title"], str(event["start"])) == ("Spring Meetup", "2031-05-28")


def test_a_news_pages_feed_is_not_dated_by_its_items_addresses() -> None:
    assert (
        read_feed(static_rss("news.html"), zone=NEW_YORK, start=dt.datetime(2031, 5, 11, 12, 0, tzinfo=NEW_YORK)) == []
    )


# --- pubDates stamped at odd seconds (_feed_post_stamps) ----------------------------------------------------------
def termine(stamps: list[str]) -> str:
    """A meetup's "Termine" RSS: a meeting its words date, then date polls with no day, stamped ``stamps``."""
    items = [
        ("Podcast Meetup im Juni", "Das nächste Meetup findet am 30.06.2031 um 19:00 Uhr statt."),
        ("Terminfindung: Juli", "Bitte trage ein, wann du Zeit hast."),
        ("Terminfindung: August", "Bitte trage ein, wann du Zeit hast."),
    ]
    rows = "".join(
        f"<item><title>{title}</title><link>https://meetup.example/termine/{index}/</link>"
        f"<description>{text}</description><pubDate>{stamp}</pubDate></item>"
        for index, ((title, text), stamp) in enumerate(zip(items, stamps, strict=True))
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Termine on Podcast Meetup</title>"
        "<link>https://meetup.example/termine/</link><lastBuildDate>Sat, 01 Mar 2031 00:00:00 +0000</lastBuildDate>"
        f"{rows}</channel></rss>"
    )


POSTED = ["Mon, 24 Mar 2031 21:40:37 +0100", "Sat, 03 May 2031 14:00:00 +0200", "Sun, 22 Jun 2031 08:08:08 +0200"]


def test_a_feed_stamped_at_odd_seconds_gives_posts_times_not_starts() -> None:
    events = read_feed(termine(POSTED), zone=BERLIN, start=dt.datetime(2031, 3, 20, 12, 0, tzinfo=BERLIN))
    event = one_event(events)  # the polls, which write no day, are not read at their stamps
    assert (event["title"], str(event["start"])) == ("Podcast Meetup im Juni", "2031-06-30T19:00:00+02:00")


def test_stamps_on_whole_minutes_may_still_be_starts() -> None:
    whole = ["Mon, 24 Mar 2031 21:40:00 +0100", "Sat, 03 May 2031 14:00:00 +0200", "Sun, 22 Jun 2031 08:08:00 +0200"]
    titles = {
        event["title"]
        for event in read_feed(termine(whole), zone=BERLIN, start=dt.datetime(2031, 3, 20, 12, tzinfo=BERLIN))
    }
    assert "Terminfindung: August" in titles  # a date to come in a feed of events, as before


def test_one_odd_second_is_not_the_feeds_way_of_stamping() -> None:
    def stamped(*seconds: int) -> list[dict]:
        return [{"published_parsed": time.struct_time((2031, 3, 24, 20, 40, second, 0, 83, 0))} for second in seconds]

    assert post_stamped(stamped(37, 8, 0))
    assert not post_stamped(stamped(37, 0, 0))
    assert not post_stamped(stamped(0, 0, 0))
    assert not post_stamped(stamped(37))  # one item alone says nothing
