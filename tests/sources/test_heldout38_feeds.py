"""The thirty-eighth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout38.json: Podcasting 2.0
feeds with live items, Last.fm event XML from two client libraries, a ReverbNation show schedule, a Wagtail
calendar's event RSS, a ticketing API's event list; measured once before this rule: 8/29, fields 21/22), on small
documents of our own. What the first measure got wrong:

- a podcast's live shows, ``<podcast:liveItem status="pending" start="…" end="…">`` written straight under the
  channel beside the episodes, were never read (feedparser reads items only): 9 events in 4 files. An element
  directly under the channel holding a ``<title>`` and exactly one start attribute with an ISO date is now an item,
  dated by its attributes (``_feed_live_items``).
- a calendar's series item says "The first Tuesday of the month (until 26 December 2017)" and then "Next on Tuesday
  3rd of January 2017": the day after "until" was read as the start (3 events). A date right after "until" (till,
  bis zum, jusqu'au) is now read only when the item has no other date (``_feed_until``).

Hard negatives: the episodes themselves (pubDate, enclosure) stay no events; a channel element with no title
(``<podcast:trailer pubdate="…">``, a ``<x:window start="…"/>``), one whose start is no ISO date, and an episode's
soundbites (``startTime="73.0"`` inside an item) give no event. An item whose only date follows "until" ("On
until 30 December 2031") is still dated by it; "until" far before a date, or inside a word, changes nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters import _feed_live_items, _feed_until
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

DENVER = zoneinfo.ZoneInfo("America/Denver")
START = dt.datetime(2031, 6, 1, tzinfo=DENVER)
PODCAST = "https://podcastindex.org/namespace/1.0"


def read(document: str) -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=DENVER).events


EPISODE = (
    "<item><title>Episode 12 - Old maps</title><guid>https://show.example.org/ep12</guid>"
    "<pubDate>Fri, 30 May 2031 04:30:38 GMT</pubDate>"
    "<enclosure url='https://show.example.org/ep12.mp3' length='7000' type='audio/mpeg'/>"
    "<podcast:soundbite startTime='73.0' duration='60.0'/><podcast:chapters url='https://show.example.org/c.json'/>"
    "</item>"
)


def channel(*parts: str) -> str:
    return (
        f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:podcast='{PODCAST}' "
        "xmlns:x='https://example.org/x'><channel><title>Map Talk</title><link>https://show.example.org/</link>"
        "<description>A show about maps.</description>" + "".join(parts) + EPISODE + "</channel></rss>"
    )


def live(title: str, start: str, end: str = "", status: str = "pending", guid: str = "live-1") -> str:
    end_attribute = f" end='{end}'" if end else ""
    return (
        f"<podcast:liveItem status='{status}' start='{start}'{end_attribute}><title>{title}</title>"
        f"<guid>{guid}</guid><link>https://show.example.org/live</link>"
        "<enclosure url='https://show.example.org/live.mp3' type='audio/mpeg' length='1'/>"
        "<podcast:contentLink href='https://show.example.org/live'>Listen live</podcast:contentLink>"
        "</podcast:liveItem>"
    )


def test_live_items_beside_the_episodes_are_events_dated_by_their_attributes() -> None:
    events = read(
        channel(
            live("Map Talk Live", "2031-06-10T19:00:00.000-0600", "2031-06-10T20:30:00.000-0600"),
            live("Map Talk Live", "2031-06-17T19:00:00.000-0600", "2031-06-17T20:30:00.000-0600", status="ENded"),
        )
    )
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Map Talk Live", "2031-06-10T19:00:00-06:00", "2031-06-10T20:30:00-06:00"),
        ("Map Talk Live", "2031-06-17T19:00:00-06:00", "2031-06-17T20:30:00-06:00"),
    ]
    # One guid for both streams: each is told apart by its start.
    assert len({event["external_id"] for event in events}) == 2
    assert events[0]["url"] == "https://show.example.org/live"


def test_a_live_item_in_utc_with_no_end() -> None:
    (event,) = read(channel(live("Q&amp;A stream", "2031-06-12T03:00:00Z")))
    assert event["title"] == "Q&A stream"
    assert event["start"].startswith("2031-06-1")
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2031, 6, 12, 3, tzinfo=dt.UTC)


def test_episodes_alone_give_no_event() -> None:
    assert read(channel()) == []


def test_channel_elements_without_a_title_or_an_iso_start_give_no_event() -> None:
    document = channel(
        "<podcast:trailer pubdate='Thu, 05 Jun 2031 08:00:00 EST' url='https://show.example.org/t.mp3' "
        "length='1' type='audio/mpeg'>Coming June 5th, 2031</podcast:trailer>",
        "<x:window start='2031-06-01' end='2031-06-30'/>",
        live("Someday stream", "soon"),
    )
    assert read(document) == []


def test_the_reader_looks_at_the_channel_only() -> None:
    inside = (
        f"<rss version='2.0' xmlns:podcast='{PODCAST}'><channel><title>T</title><item><title>Ep</title>"
        "<podcast:liveItem start='2031-06-10T19:00:00Z'><title>Nested</title></podcast:liveItem></item>"
        "</channel></rss>"
    )
    assert _feed_live_items.live_items(inside.encode(), DENVER) == []
    assert _feed_live_items.live_items(b"<rss><channel>", DENVER) == []


def rss_item(title: str, description: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Events</title>"
        "<link>https://hall.example.org/events/</link><description>Events</description>"
        f"<item><title>{title}</title><link>https://hall.example.org/events/{len(title)}/</link>"
        f"<description>{description}</description><pubDate>Sat, 24 May 2031 00:00:00 +0000</pubDate></item>"
        "</channel></rss>"
    )


def test_a_series_last_day_after_until_gives_way_to_its_next_occurrence() -> None:
    (event,) = read(
        rss_item(
            "Workshop",
            "The first Tuesday of the month (until 30 December 2031) &lt;br/&gt; Next on Tuesday 3rd of June 2031",
        )
    )
    assert event["start"].startswith("2031-06-03")


def test_a_date_after_until_alone_still_dates_the_item() -> None:
    (event,) = read(rss_item("Winter lights", "On until 30 December 2031 in the park."))
    assert event["start"].startswith("2031-12-30")


def test_until_far_before_or_inside_a_word_changes_nothing() -> None:
    text = "Open until late on most days, and the fair itself is on 12 June 2031"
    assert not _feed_until.until_bound(text, text.index("12 June"))
    assert not _feed_until.until_bound("Untilled fields 12 June 2031", len("Untilled fields "))
    assert _feed_until.until_bound("Runs (until 30 December 2031)", len("Runs (until "))
