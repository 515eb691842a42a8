"""Feeds helper 86 (issue #13): the eighty-sixth held-out batch, feeds (bench/corpus/feeds/manifest-heldout86.json),
on small documents of our own.

Batch 86's miss, mended by a shape other guides share:

- a regional events guide opens each item's text with when, where and price between bars, the day a weekday and a
  month/day with no year ("Sat 10/3 · 10:00 PM (doors 9:00 PM) | Vinyl Music Hall |"): each showing the head lists
  is an event, read when the weekday agrees with the day, and the piece after the first bar is the place, after a
  relative day too ("Vandaag | WZC De Mey - Wachtebeke (Lochristi) |") (``_feed_day_heads``).

Hard negatives beside it: a weekday that disagrees, a month/day without a weekday, a head with no bar after it or
not at the text's start; and the batch's own near misses, a magazine feed named "Upcoming" and a list of conferences
that gives no dates.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_day_heads import head_place, head_whens
from sources.adapters._feed_item import FeedInfo
from sources.adapters.rss import feed_budget
from tests.sources.helpers import read_feed

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2031, 10, 2, 8, 0, tzinfo=CHICAGO)  # a Thursday; Friday 3 October 2031


def guide(description: str, title: str = "Tormented Trolley Tours (FRI 10/3)") -> str:
    """A regional events guide's RSS: one item, dated (as every item is) the listing day at noon GMT."""
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Coastal guide: upcoming events</title>"
        "<link>https://guide.example/</link><description>The next dated events on the coast.</description>"
        f"<item><title>{title}</title><link>https://guide.example/events/1.html</link>"
        "<pubDate>Fri, 03 Oct 2031 12:00:00 GMT</pubDate>"
        f"<description>{description}</description></item></channel></rss>"
    )


def starts(events: list[dict]) -> list[str]:
    return sorted(str(event["start"]) for event in events)


# --- each showing of a day head (_feed_day_heads) ---------------------------------------------------------------
def test_each_showing_of_a_day_head_is_an_event_with_its_clock() -> None:
    head = "Thu 10/2 7 PM · Fri 10/3 1:30 PM and 7 PM · Sat 10/4 1:30 PM (doors 1:00 PM) | The Center | From $10. A ballet."
    assert starts(read_feed(guide(head), zone=CHICAGO, start=NOW)) == [
        "2031-10-02T19:00:00-05:00",
        "2031-10-03T13:30:00-05:00",
        "2031-10-03T19:00:00-05:00",
        "2031-10-04T13:30:00-05:00",
    ]


def test_a_range_of_days_is_one_day_event_and_a_clock_after_to_its_end() -> None:
    days = read_feed(
        guide("Fri 10/3 – Sun 10/5 · times not yet published | Tennis Center | Free."), zone=CHICAGO, start=NOW
    )
    assert [(str(event["start"]), str(event["end"])) for event in days] == [("2031-10-03", "2031-10-05")]
    head = "Friday 10/3 · 9:00 AM to 5:00 PM · heats 9 AM to 11 AM and 2 PM until dark | Fairgrounds | Free."
    (racing,) = read_feed(guide(head), zone=CHICAGO, start=NOW)
    assert (str(racing["start"]), str(racing["end"])) == ("2031-10-03T09:00:00-05:00", "2031-10-03T17:00:00-05:00")


@pytest.mark.parametrize(
    "text",
    [
        "Sat 10/3 · 10:00 PM | Vinyl Hall | Free.",  # 3 October 2031 is a Friday
        "10/3 · 10:00 PM | Vinyl Hall | Free.",  # no weekday: a score, a ratio, the 10th of March
        "Fri 10/3 · 10:00 PM at the hall, doors at nine.",  # no bar: not a head of when and where
        "Join us Fri 10/3 · 10:00 PM | Vinyl Hall | Free.",  # not the text's start
    ],
)
def test_no_day_head(text: str) -> None:
    info = FeedInfo(prefixes={}, zone=CHICAGO, fallback_reference=NOW, budget=feed_budget())
    assert head_whens(text, info) == []


def test_the_place_after_a_head_of_when() -> None:
    info = FeedInfo(prefixes={}, zone=CHICAGO, fallback_reference=NOW, budget=feed_budget())
    assert head_place("Fri 10/3 · 4:00 PM | Crescent Theater | No published price.", info) == "Crescent Theater"
    assert head_place("<p>Vandaag | WZC De Mey - Wachtebeke (Lochristi) | <br>Zomerbar</p>", info) == (
        "WZC De Mey - Wachtebeke (Lochristi)"
    )
    assert head_place("Fri 10/3 · 4:00 PM | from $30 | Crescent Theater", info) is None  # a price, not a place
    assert head_place("Fri 10/3 · 4:00 PM | Crescent Theater", info) is None  # no bar after it: prose may follow
    assert head_place("Home | About | Contact", info) is None  # a menu: no when before the bar


# --- the batch's near misses --------------------------------------------------------------------------------------
def test_a_magazine_named_upcoming_and_an_undated_list_of_conferences_give_no_event() -> None:
    magazine = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Upcoming - Article Feed</title>"
        "<link>https://magazine.example/</link><description>Latest articles from Upcoming</description>"
        "<item><title>Streng winterweer op komst: krijgen we weer een Elfstedentocht?</title>"
        "<link>https://magazine.example/artikel/1</link><pubDate>Thu, 15 Jan 2032 17:56:00 +0000</pubDate>"
        "<description>Weermodellen voorspellen een koudegolf die schaatskansen belooft.</description></item>"
        "</channel></rss>"
    )
    conferences = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Upcoming Project Events</title>"
        "<link>https://project.example/events/</link><description>Upcoming conferences and summits.</description>"
        "<item><title>EuroConf 2032</title><description>The annual technical conference, held in a different "
        "European country each year.</description><link>https://2032.euroconf.example</link></item>"
        "</channel></rss>"
    )
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    assert read_feed(magazine, zone=amsterdam, start=dt.datetime(2032, 1, 10, 12, tzinfo=amsterdam)) == []
    assert read_feed(conferences, zone=amsterdam, start=dt.datetime(2032, 1, 10, 12, tzinfo=amsterdam)) == []
