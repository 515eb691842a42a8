"""left34, feeds: feeds63's two leftovers (issue #13), each tried both ways (dates 2031).

5a. A backfill (a fetch window weeks before the fetch: ``extract --from``, a sync given an older window) took the
    window's moment for the fetch's: a feed built on the day of the fetch looked weeks ahead and its build time was
    dropped (``_feed_build_time``); its items' pubDates after the build, events' starts, were read with one sign
    fewer and held. The window carries when the fetch ran (``FetchWindow.fetched``); a build up to a week after it is
    the feed's. A build time still to come (feedgenerator's last event's start) is dropped as before.
5b. A title escaped twice ("Gnut &amp;amp;#038; …" in the XML, or "&amp;#038;" in a CDATA or a JSON field) kept
    "&#038;" literally: a character reference left after decoding is decoded once more (``events.text.single_line``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest

from events.text import single_line
from sources.adapters import _feed_build_time
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

LONDON = zoneinfo.ZoneInfo("Europe/London")
BACKFILL = dt.datetime(2031, 5, 1, tzinfo=LONDON)  # the window's start, a month before the fetch
FETCHED = dt.datetime(2031, 6, 2, 12, tzinfo=LONDON)


def _feed(built: str, *items: tuple[str, str]) -> bytes:
    rows = "".join(
        f"<item><title>{title}</title><link>https://crown.example/{number}</link><description>Come along.</description>"
        f"<pubDate>{published}</pubDate><guid>i{number}</guid></item>"
        for number, (title, published) in enumerate(items)
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>The Crown: news and gigs</title>"
        f"<link>https://crown.example/</link><description>News</description><lastBuildDate>{built}</lastBuildDate>"
        f"{rows}</channel></rss>"
    ).encode()


GIGS = _feed(
    "Mon, 02 Jun 2031 09:00:00 +0100",
    ("Quiz night", "Fri, 20 Jun 2031 19:30:00 +0100"),
    ("Folk session", "Sat, 28 Jun 2031 20:00:00 +0100"),
    ("New beer garden open", "Fri, 30 May 2031 12:00:00 +0100"),
)


def _read(payload: bytes, fetched: dt.datetime | None) -> list[tuple[str, str, Any]]:
    window = FetchWindow(BACKFILL, BACKFILL + dt.timedelta(days=365), fetched)
    events = extract_document(payload, window=window, zone=LONDON).events
    return [(event["title"], str(event["start"])[:16], event.get("confidence")) for event in events]


def test_a_backfills_build_time_is_the_feeds() -> None:
    """Built the day of the fetch: the pubDates after it are the gigs' starts (read, not held); the garden's news,
    published before the build, is held as it was."""
    assert _read(GIGS, FETCHED) == [
        ("Quiz night", "2031-06-20T19:30", 0.7),
        ("Folk session", "2031-06-28T20:00", 0.7),
        ("New beer garden open", "2031-05-30T12:00", 0.45),
    ]


def test_without_the_fetchs_moment_the_build_time_was_dropped() -> None:
    assert [confidence for _, _, confidence in _read(GIGS, None)] == [0.45, 0.45, 0.45]


def test_hard_negative_a_build_time_still_to_come_is_dropped() -> None:
    """feedgenerator's lastBuildDate, the last event's start months ahead of the fetch: no build time (feeds63)."""
    built = dt.datetime(2031, 10, 29, tzinfo=LONDON)
    assert _feed_build_time.fetched_build(built, BACKFILL + dt.timedelta(days=1), FETCHED) is None
    assert _feed_build_time.fetched_build(built, BACKFILL + dt.timedelta(days=1)) is None


@pytest.mark.parametrize(
    ("built", "fetched", "kept"),
    [
        (dt.datetime(2031, 6, 2, 9, tzinfo=LONDON), FETCHED, True),  # the day of the fetch
        (dt.datetime(2031, 6, 8, 9, tzinfo=LONDON), FETCHED, True),  # a clock a few days off
        (dt.datetime(2031, 6, 20, 9, tzinfo=LONDON), FETCHED, False),  # weeks after the fetch
        (dt.datetime(2031, 6, 2, 9, tzinfo=LONDON), None, False),  # no fetch's moment: the window's, as before
        (dt.datetime(2031, 5, 3, 9, tzinfo=LONDON), dt.datetime(2031, 4, 1, tzinfo=LONDON), True),  # an earlier fetch
        (dt.datetime(2031, 6, 2, 9, tzinfo=LONDON), dt.datetime(2031, 6, 2, 12), False),  # noqa: DTZ001 - naive: unused
    ],
)
def test_which_build_times_are_kept(built: dt.datetime, fetched: dt.datetime | None, kept: bool) -> None:
    assert (_feed_build_time.fetched_build(built, BACKFILL + dt.timedelta(days=1), fetched) is not None) is kept


def test_the_extract_command_sets_the_fetchs_moment() -> None:
    from sources.management.commands.extract import Command

    window = Command()._window("2031-05-01T00:00:00+01:00", "2032-05-01T00:00:00+01:00")
    assert window.fetched is not None
    assert window.fetched.tzinfo is not None


# --- 5b. an entity escaped twice -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Gnut &amp;#038; Alessandro D’Alessandro", "Gnut & Alessandro D’Alessandro"),
        ("Fish &amp;#8211; chips", "Fish – chips"),
        ("Tom &amp;amp; Jerry", "Tom & Jerry"),
        ("Caf&amp;#xE9; concert", "Café concert"),
    ],
)
def test_an_entity_escaped_twice_is_decoded(raw: str, title: str) -> None:
    assert single_line(raw, max_length=300) == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("A &amp;amp;#038; B", "A &#038; B"),  # three times: decoded twice, never a third
        ("x &amp;lt;b&amp;gt; y", "x &lt;b&gt; y"),  # a tag's bracket by name stays written out
        ("R&B night", "R&B night"),
        ("AT&T Park; Q&A", "AT&T Park; Q&A"),
        ("Fish &amp; chips", "Fish & chips"),  # escaped once: as before
    ],
)
def test_hard_negative_other_ampersands_as_before(raw: str, title: str) -> None:
    assert single_line(raw, max_length=300) == title


def test_a_feed_title_escaped_twice() -> None:
    payload = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Venue events</title><link>https://v.example/</link>"
        b"<description>Events</description><item><title><![CDATA[Gnut &amp;#038; friends]]></title>"
        b"<link>https://v.example/e/1</link><description>Friday 20 June 2031, 8pm at the Crown</description>"
        b"<guid>e1</guid></item></channel></rss>"
    )
    window = FetchWindow(BACKFILL, BACKFILL + dt.timedelta(days=365))
    (event,) = extract_document(payload, window=window, zone=LONDON).events
    assert event["title"] == "Gnut & friends"
