"""Readthrough 61 (issue #13): a line-by-line reading of feeds83, apis84, feeds84 and bigdocs, each finding probed
with the real reader, mended by a general change, and pinned here with its hard negative.

- ``_page_date_matches`` kept every match a pattern found in a text, a count no bound saw: a 2 MB text of
  "31.02.2031" (no calendar day, so no date is taken and every match is read) kept 180,000 matches, 32 MB, in the
  thread until evicted. A pattern now keeps at most MAX_KEPT of a text (the rest are found afresh, the same ones),
  and each kept match weighs MATCH_CHARS characters in the cache's budget.
- ``_feed_link_day`` compared a link's day with the publication day in the feed's zone only: a post written at 00:30
  at +02:00, its permalink dated that day, read in UTC was dated the day before, and the permalink's day read as an
  event's. The day in the offset the stamp is written in counts too.
- ``_feed_post_stamps`` took a feed whose items are all stamped at the same odd second ("19:30:01") for posting
  times and dropped the starts it gives: a writer's habit, not a clock's readings; the odd seconds must vary.
- ``_feed_when.year_less`` let a weekday fitting only last year move a date back a year however soon it came after
  the post: "Friday, June 14th" in a post of June 1st (the 14th a Saturday) was read as a year ago. Within
  RECENT_PAST of the post the weekday is a slip; 79 days on it still picks the year (feeds83).
- ``_page_sentence_stops`` and ``_page_dashed_days`` kept their per-text readings in process-wide caches of 32 texts
  of any length: 32 whole documents and their stops (four 2 MB texts of short sentences held 80 MB). Only long texts
  are kept now, a few, their stops as an array.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import pytest

from sources.adapters import _page_date_matches, _page_sentence_stops
from sources.adapters._feed_when import year_less
from sources.adapters._page_date_matches import MATCH_CHARS, MAX_KEPT, forget, pattern_matches
from sources.adapters._page_sentence_stops import KEPT_TEXTS, SENTENCE_END, last_stop
from tests.sources.helpers import read_feed

UTC = zoneinfo.ZoneInfo("UTC")
# Fetched after the posts: their pubDates are when they were written.
AFTER_POSTS = dt.datetime(2031, 5, 20, 12, 0, tzinfo=UTC)


# --- the match cache's kept matches (_page_date_matches) -----------------------------------------------------------
def test_a_text_of_more_matches_than_kept_reads_them_all_in_order_and_keeps_only_the_first() -> None:
    forget()
    pattern = re.compile(r"\d+")
    text = " ".join(str(number) for number in range(MAX_KEPT + 500))
    expected = [found.span() for found in pattern.finditer(text)]
    first = pattern_matches(pattern, text)
    head = [next(first).span() for _ in range(10)]
    assert [found.span() for found in pattern_matches(pattern, text)] == expected  # a second reader, past the cap
    assert head + [found.span() for found in first] == expected  # the first one, resumed
    (entry,) = _page_date_matches._TEXTS.found.values()
    assert len(entry.found[id(pattern)].matches) == MAX_KEPT
    assert _page_date_matches._TEXTS.chars == len(text) + MAX_KEPT * MATCH_CHARS
    forget()


def test_kept_matches_count_in_the_budget_and_leave_with_their_text(monkeypatch: pytest.MonkeyPatch) -> None:
    forget()
    pattern = re.compile(r"\d+")
    many, other = " ".join(["7"] * 1500), "x" * 1500
    monkeypatch.setattr(_page_date_matches, "MAX_CHARS", len(many) + len(other) + 1000 * MATCH_CHARS)
    assert len(list(pattern_matches(pattern, many))) == 1500  # 1500 kept: over the budget with the other text
    assert list(pattern_matches(pattern, other)) == []
    assert list(_page_date_matches._TEXTS.found) == [other]  # the heavier, older text dropped
    assert _page_date_matches._TEXTS.chars == len(other)
    forget()


def test_a_short_text_is_never_kept() -> None:  # hard negative: a card's line is scanned afresh
    forget()
    assert [found.group() for found in pattern_matches(re.compile(r"\d+"), "on 12 June at 7")] == ["12", "7"]
    assert not _page_date_matches._TEXTS.found


# --- a link's day against the post's own day (_feed_link_day) ----------------------------------------------------
def link_feed(published: str) -> str:
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Club events</title>"
        "<link>https://club.example/events/</link><description>What is on</description>"
        "<item><title>Photos from the spring walk</title>"
        "<link>https://club.example/events/2031/05/05/photos-spring-walk/</link>"
        f"<guid>https://club.example/events/2031/05/05/photos-spring-walk/</guid><pubDate>{published}</pubDate>"
        "<description>Thanks to everyone who came along; here are the photos.</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize("published", ["Mon, 05 May 2031 00:30:00 +0200", "2031-05-05T00:30:00+02:00"])
def test_a_post_just_after_midnight_in_its_own_offset_is_no_event_on_its_permalinks_day(published: str) -> None:
    assert read_feed(link_feed(published), zone=UTC, start=AFTER_POSTS) == []


def test_a_link_day_after_the_post_in_its_own_offset_is_still_read() -> None:  # hard negative
    events = read_feed(link_feed("Sat, 03 May 2031 20:00:00 +0200"), zone=UTC, start=AFTER_POSTS)
    assert [(event["title"], str(event["start"])) for event in events] == [
        ("Photos from the spring walk", "2031-05-05")
    ]


# --- starts stamped a second past the minute (_feed_post_stamps) ---------------------------------------------------
def stamped_feed(seconds: list[int]) -> str:
    days = ["14 Jun 2031 19:30", "21 Jun 2031 20:00", "28 Jun 2031 19:00", "05 Jul 2031 18:30"]
    items = "".join(
        f"<item><title>Open mic night {index}</title><link>https://club.example/events/open-mic-{index}/</link>"
        f"<guid>https://club.example/events/open-mic-{index}/</guid><pubDate>Sat, {day}:{second:02d} +0000</pubDate>"
        "<description>Bring your songs and your friends.</description></item>"
        for index, (day, second) in enumerate(zip(days, seconds, strict=True))
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Club events</title>"
        "<link>https://club.example/events/</link><description>Upcoming</description>"
        f"<lastBuildDate>Sun, 01 Jun 2031 10:00:00 +0000</lastBuildDate>{items}</channel></rss>"
    )


def test_a_feed_stamping_every_start_a_second_past_the_minute_gives_its_starts() -> None:
    events = read_feed(stamped_feed([1, 1, 1, 1]), zone=UTC, start=dt.datetime(2031, 6, 1, 12, 0, tzinfo=UTC))
    assert [event["start"][5:16] for event in events] == ["06-14T19:30", "06-21T20:00", "06-28T19:00", "07-05T18:30"]


def test_a_feed_stamped_at_varied_seconds_stamps_its_posts() -> None:  # hard negative: feeds84's rule stands
    assert read_feed(stamped_feed([37, 8, 51, 14]), zone=UTC, start=dt.datetime(2031, 6, 1, 12, 0, tzinfo=UTC)) == []


# --- a weekday one day off, soon after the post (_feed_when.year_less) ---------------------------------------------
def test_a_weekday_that_fits_last_year_soon_after_the_post_is_a_slip() -> None:
    posted, ahead = dt.date(2031, 6, 1), dt.date(2031, 6, 14)  # 14 June 2031 a Saturday, 2030's a Friday
    assert year_less("Friday, June 14th", ahead, posted) == (0, None)
    assert year_less("Saturday, June 14th", ahead, posted) == (0, None)


def test_a_weekday_that_fits_last_year_months_after_the_post_still_moves_it_back() -> None:  # hard negative
    posted, ahead = dt.date(2032, 2, 6), dt.date(2032, 4, 25)  # 79 days: feeds83's agenda of the year before
    assert year_less("Friday, April 25th", ahead, posted) == (1, None)


def test_a_feed_posts_slipped_weekday_reads_the_coming_date() -> None:
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Folk club</title><link>https://folk.example/</link>"
        "<description>News</description><item><title>Open mic returns</title>"
        "<link>https://folk.example/open-mic-returns/</link><guid>https://folk.example/open-mic-returns/</guid>"
        "<pubDate>Sun, 01 Jun 2031 09:00:00 +0000</pubDate>"
        "<description>Our open mic is back on Friday, June 14th at 7pm in the back room.</description></item>"
        "</channel></rss>"
    )
    events = read_feed(feed, zone=UTC, start=dt.datetime(2031, 6, 1, 12, 0, tzinfo=UTC))
    assert [event["start"] for event in events] == ["2031-06-14T19:00:00+00:00"]


# --- the per-text caches of sentence stops and dashed orders keep a few long texts only -------------------------
def test_sentence_stops_are_those_of_the_stretch_and_only_a_few_long_texts_are_kept() -> None:
    _page_sentence_stops._kept_stops.cache_clear()
    for number in range(KEPT_TEXTS + 4):
        text = f"Talk {number}. " * 200 + "On 12 June 2031! Doors at 7."
        for start in (1, 50, len(text) - 20, len(text)):
            stops = [found.start() for found in SENTENCE_END.finditer(text, 3, start)]
            assert last_stop(text, 3, start) == (stops[-1] if stops else None)
    assert _page_sentence_stops._kept_stops.cache_info().currsize == KEPT_TEXTS
    assert last_stop("Short. One", 0, 9) == 5  # a short text: found afresh, not kept
    assert _page_sentence_stops._kept_stops.cache_info().currsize == KEPT_TEXTS
    _page_sentence_stops._kept_stops.cache_clear()
