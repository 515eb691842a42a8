"""Issue #13, generic feed rules: future pubDates make a calendar of a feed only when the feed does not name itself
news, a blog or a press office (``_feed_news``); on small feeds of our own. An events feed's future pubDates are
still its events' starts, and a "News and events" feed is still a list of events."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_news
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import module_patterns, superlinear_shape

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 6, 1, tzinfo=NEW_YORK)


def read(title: str, page: str, item_page: str) -> list[dict]:
    document = (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title><link>{page}</link>"
        "<lastBuildDate>Mon, 12 May 2031 10:00:00 GMT</lastBuildDate>"
        f"<item><title>Summer fair</title><link>{item_page}</link><description>Come along.</description>"
        "<pubDate>Fri, 20 Jun 2031 23:00:00 GMT</pubDate></item></channel></rss>"
    )
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=NEW_YORK).events


@pytest.mark.parametrize(
    ("title", "page"),
    [
        ("Town news", "https://town.example.org/"),
        ("Mayor's blog", "https://town.example.org/"),
        ("Press releases", "https://town.example.org/"),
        ("Town Hall", "https://town.example.org/newsroom/"),
    ],
)
def test_a_news_feeds_future_pubdate_is_no_events_start(title: str, page: str) -> None:
    assert read(title, page, "https://town.example.org/2031/summer-fair") == []


@pytest.mark.parametrize(
    ("title", "page"),
    [
        ("Town calendar", "https://town.example.org/"),
        ("News and events", "https://town.example.org/news/"),
        ("Cider Press Theatre", "https://ciderpress.example.org/"),  # a venue's name, not a press office
    ],
)
def test_a_feed_that_names_itself_a_list_of_events_keeps_its_future_pubdates_as_starts(title: str, page: str) -> None:
    [event] = read(title, page, "https://town.example.org/2031/summer-fair")
    assert event["start"] == dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK).isoformat()


def test_items_that_are_event_pages_keep_a_news_feeds_future_pubdates_as_starts() -> None:
    [event] = read("Town news", "https://town.example.org/news/", "https://town.example.org/events/summer-fair")
    assert event["start"] == dt.datetime(2031, 6, 20, 19, tzinfo=NEW_YORK).isoformat()


@pytest.mark.parametrize("name", sorted(module_patterns(_feed_news)))
def test_the_new_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(getattr(_feed_news, name)) is None
