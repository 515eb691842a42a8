"""Feeds helper 76 (issue #13): the seventy-sixth held-out batch, feeds (bench/corpus/feeds/manifest-heldout76.json),
on small documents of our own.

Batch 76's misses, each mended by a shape other documents share:

- a university's Localist feed as a newsletter rewrites it: its pubDates bare days ("Thu, 18 Sep 2025"), each item's
  clock only in its ``dc:date`` (``_feed_dc_clock``); its titles "NAME at PLACE", each item's page named for NAME
  (``_feed_slug_place``);
- an R users' group's Distill listing, every item dated at midnight UTC: day stamps, not instants read the evening
  before in New York (``_feed_utc_days``);
- a radio station's podcast feed for its show called "EVENTS": its episodes' releases are no programme, and an
  episode released on a day stamp naming that day is its recording (``_feed_podcast``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_podcast import podcast_feed
from sources.adapters._feed_slug_place import slug_place
from sources.adapters._feed_utc_days import utc_day_feed
from tests.sources.helpers import one_event, read_feed, wall_time

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
AUCKLAND = zoneinfo.ZoneInfo("Pacific/Auckland")
read_ny = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 9, 17, 17, 0, tzinfo=NEW_YORK))
read_nz = functools.partial(read_feed, zone=AUCKLAND, start=dt.datetime(2031, 9, 1, 12, 0, tzinfo=AUCKLAND))
DC = "xmlns:dc='http://purl.org/dc/elements/1.1/'"


def calendar_feed(*items: str, channel: str = "Campus Calendar") -> str:
    return (
        f"<?xml version='1.0'?><rss version='2.0' {DC}><channel><title>{channel}</title>"
        f"<link>https://calendar.example.edu/</link>{''.join(items)}</channel></rss>"
    )


def day_item(title: str, published: str, dc_date: str, link: str = "https://calendar.example.edu/event/talk") -> str:
    return (
        f"<item><title>{title}</title><description>All are welcome.</description><pubDate>{published}</pubDate>"
        f"<dc:date>{dc_date}</dc:date><link>{link}</link></item>"
    )


# --- a bare-day pubDate, its clock in dc:date (_feed_dc_clock) ------------------------------------------------------
def test_a_bare_day_pubdate_takes_the_clock_its_dc_date_gives_that_day() -> None:
    event = one_event(read_ny(calendar_feed(day_item("Poetry Talk", "Thu, 18 Sep 2031", "2031-09-18T10:00:00-04:00"))))
    assert (wall_time(event["start"]), event["all_day"]) == ("2031-09-18T10:00:00", False)


def test_a_dc_date_at_midnight_is_the_whole_day() -> None:
    event = one_event(read_ny(calendar_feed(day_item("Open House", "Fri, 19 Sep 2031", "2031-09-19T00:00:00-04:00"))))
    assert (event["start"], event["all_day"]) == ("2031-09-19", True)


def test_a_pubdate_with_a_clock_is_a_publication_and_its_dc_date_too() -> None:  # hard negative
    item = day_item("Poetry Talk", "Thu, 18 Sep 2031 09:00:00 -0400", "2031-09-18T10:00:00-04:00")
    assert all(wall_time(event["start"]) != "2031-09-18T10:00:00" for event in read_ny(calendar_feed(item)))


def test_a_dc_date_on_another_day_is_an_edit() -> None:  # hard negative
    item = day_item("Poetry Talk", "Thu, 18 Sep 2031", "2031-09-20T10:00:00-04:00")
    assert all(not str(event["start"]).startswith("2031-09-20") for event in read_ny(calendar_feed(item)))


def test_a_news_post_dated_by_the_day_is_not_read_by_its_dc_date() -> None:  # hard negative
    item = day_item("Budget approved", "Thu, 18 Sep 2031", "2031-09-18T10:00:00-04:00", "https://x.example/news/budget")
    assert read_ny(calendar_feed(item, channel="Campus News")) == []


# --- "NAME at PLACE", the page named for NAME (_feed_slug_place) ------------------------------------------------------
def test_the_place_after_at_is_read_when_the_page_is_named_for_the_rest() -> None:
    assert slug_place(
        "Heart Smart at Blackburn Center (Armour J. Blackburn University Center)",
        "https://events.example.edu/event/heart-smart",
    ) == ("Heart Smart", "Blackburn Center", None, None)
    assert slug_place(
        "Men's Tennis vs State at Atlanta, GA", "https://events.example.edu/event/mens-tennis-vs-state-4103"
    ) == ("Men's Tennis vs State", "Atlanta", None, "GA")


def test_an_at_the_page_names_too_or_a_page_named_otherwise_is_left() -> None:  # hard negatives
    for title, link in (
        ("Meet at the Library", "https://x.example/event/meet-at-the-library"),
        ("Dinner at Eight", "https://x.example/event/dinner-at-eight"),
        ("Lunch and Learn at Joe's Diner", "https://x.example/posts/12345"),
        ("Sunset Walk at the Pier", "https://x.example/event/sunset"),
        ("Film Night at 7pm", "https://x.example/event/film-night"),
        ("Coding Club at Zoom", "https://x.example/event/coding-club"),
        ("Board Meeting at City Hall", "https://x.example/event/board-meeting-city-hall"),
    ):
        assert slug_place(title, link) == (title, None, None, None), title


def test_a_localist_title_gives_its_name_and_its_place() -> None:
    item = day_item(
        "Heart Smart at Blackburn Center", "Thu, 18 Sep 2031", "2031-09-18T11:00:00-04:00",
        "https://calendar.example.edu/event/heart-smart",
    )  # fmt: skip
    event = one_event(read_ny(calendar_feed(item)))
    assert (event["title"], event["venue_name"]) == ("Heart Smart", "Blackburn Center")


# --- midnight-UTC day stamps (_feed_utc_days) -------------------------------------------------------------------------
def stamped_feed(*stamps: str) -> str:
    items = "".join(
        f"<item><title>Users Meeting {index}</title><link>https://group.example/events/meeting-{index}</link>"
        f"<description>Video information is sent out via the email list.</description><pubDate>{stamp}</pubDate></item>"
        for index, stamp in enumerate(stamps)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>R Users</title>{items}</channel></rss>"


def test_items_all_dated_at_midnight_utc_are_read_on_their_days() -> None:
    stamps = ("Mon, 15 Dec 2031 00:00:00 +0000", "Thu, 15 Jan 2032 00:00:00 +0000", "Sun, 15 Feb 2032 00:00:00 GMT")
    events = read_ny(stamped_feed(*stamps))
    assert [(event["start"], event["all_day"]) for event in events] == [
        ("2031-12-15", True), ("2032-01-15", True), ("2032-02-15", True)
    ]  # fmt: skip


def test_one_stamp_at_another_time_keeps_them_instants() -> None:  # hard negative
    stamps = ("Mon, 15 Dec 2031 00:00:00 +0000", "Thu, 15 Jan 2032 00:00:00 +0000", "Sun, 15 Feb 2032 14:30:00 +0000")
    events = read_ny(stamped_feed(*stamps))
    assert all(event["start"] != "2031-12-15" for event in events)


def test_day_stamps_need_a_zero_offset_and_three_items() -> None:  # hard negatives
    zero = {"published": "Wed, 15 Sep 2031 00:00:00 +0000"}
    assert utc_day_feed([zero, zero, {"published": "2031-09-15T00:00:00Z"}])
    assert not utc_day_feed([zero, zero])
    assert not utc_day_feed([zero, zero, {"published": "Wed, 15 Sep 2031 00:00:00 -0400"}])


# --- a podcast's feed (_feed_podcast) ---------------------------------------------------------------------------------
def episode(title: str, published: str, text: str = "Hear the interviews.", media: str = "audio/mpeg") -> str:
    return (
        f"<item><title>{title}</title><link>https://radio.example/podcast/{title.lower().replace(' ', '-')}</link>"
        f"<pubDate>{published}</pubDate><description>{text}</description>"
        f"<enclosure url='https://cdn.radio.example/{title.lower().replace(' ', '-')}.mp3' length='1' type='{media}'/></item>"
    )


def radio_feed(*items: str) -> str:
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>EVENTS Podcasts | RSS Feed</title>"
        "<description>All Podcasts from EVENTS</description><link>https://radio.example/</link>"
        f"<lastBuildDate>Mon, 01 Sep 2031 02:53:24 GMT</lastBuildDate>{''.join(items)}</channel></rss>"
    )


def released(clock: str) -> str:
    """Three episodes released at ``clock`` GMT on days after the fetch."""
    days = {"Midwinter Dip Interviews": "Tue, 22 Jun 2032", "The Book Festival": "Thu, 27 Oct 2031"}
    days["Councillors Accept The Award"] = "Tue, 25 May 2032"
    return radio_feed(*(episode(title, f"{day} {clock} GMT") for title, day in days.items()))


def test_a_podcasts_release_dates_are_no_programme() -> None:
    assert read_nz(released("00:00:00")) == []  # day stamps


def test_a_podcasts_release_times_ahead_are_no_programme_either() -> None:
    assert read_nz(released("09:30:00")) == []


def test_an_episode_released_on_a_day_stamp_naming_that_day_is_its_recording() -> None:
    feed = radio_feed(
        episode(
            "Heritage Week", "Sat, 02 Oct 2032 00:00:00 GMT", "On Saturday October the 2nd, as part of Heritage Week"
        ),
        episode("Book Festival", "Fri, 01 Oct 2032 09:30:00 GMT", "Live taping at the festival on October 5."),
    )
    assert [(event["title"], event["start"]) for event in read_nz(feed)] == [("Book Festival", "2032-10-05")]


def test_a_trailer_in_an_events_feed_keeps_the_programme() -> None:  # hard negative
    feed = radio_feed(
        episode("Jazz Night", "Tue, 22 Jun 2032 19:00:00 GMT", "Doors open early.", media="image/jpeg"),
        episode("Choir Concert", "Thu, 27 Oct 2031 19:00:00 GMT", "Bring a friend.", media="image/jpeg"),
        episode("Folk Evening", "Tue, 25 May 2032 19:00:00 GMT", "A trailer to listen to."),
    )
    assert not podcast_feed([{"published": "x", "enclosures": [{"type": "image/jpeg"}]}, {"published": "y"}])
    assert len(read_nz(feed)) == 3
