"""Feeds helper 83 (issue #13): the eighty-third held-out batch, feeds (bench/corpus/feeds/manifest-heldout83.json),
on small documents of our own.

Batch 83's misses, each mended by a shape other feeds share:

- a staff network's Jekyll events Atom dates each session only by its page's address ("…/event/2021-04-16-prep/"),
  its <published> the site's build: in a feed of events, an undated item takes a day its link's path writes after
  its publication (``_feed_link_day``);
- a hackathon's WordPress events feed heads its agenda tables "Friday, April 26th" under a title saying "April 2019",
  in a feed built the next February: the weekday picks the year even soon after the post (``_feed_when.year_less``),
  and the last table's "2:00pm | Hackathon ends" is the weekend's end (``_feed_agenda_end``).

Hard negatives beside each: a blog's dated permalinks, a post's own day, an id's digits; a weekday that fits the
coming year; a room closing, a meal's or a registration's end, two different ends.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._feed_agenda_end import agenda_end
from sources.adapters._feed_link_day import path_day
from sources.adapters._feed_when import When, year_less
from tests.sources.helpers import one_event, read_feed

LONDON = zoneinfo.ZoneInfo("Europe/London")
TORONTO = zoneinfo.ZoneInfo("America/Toronto")


def jekyll_atom(section: str, entries: list[tuple[str, str]], published: str = "2031-04-08T20:18:52+00:00") -> str:
    """A Jekyll Atom feed of (title, slug) entries under ``section``, every entry published at the build instant."""
    rows = "".join(
        f"<entry><title>{title}</title><link href='https://net.example/{section}/{slug}/' rel='alternate'/>"
        f"<published>{published}</published><updated>{published}</updated>"
        f"<id>https://net.example/{section}/{slug}</id><content type='html'>A session for members.</content></entry>"
        for title, slug in entries
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<link href='https://net.example/feeds/{section}.xml' rel='self'/><title>Staff Network</title>"
        f"<updated>{published}</updated><id>https://net.example/</id>{rows}</feed>"
    )


# --- a day only in an event page's address (_feed_link_day) ------------------------------------------------------
def test_an_event_feeds_undated_entries_take_the_days_their_links_write() -> None:
    feed = jekyll_atom("event", [("PrEP and Sexual Health", "2031-04-16-prep"), ("BiSpace Allyship", "2031-04-22-bi")])
    events = read_feed(feed, zone=LONDON, start=dt.datetime(2031, 4, 9, 12, 0, tzinfo=LONDON))
    assert sorted((event["title"], str(event["start"])) for event in events) == [
        ("BiSpace Allyship", "2031-04-22"),
        ("PrEP and Sexual Health", "2031-04-16"),
    ]


def test_a_blogs_dated_permalinks_are_no_event_days() -> None:
    feed = jekyll_atom("blog", [("Our year in review", "2031/04/16/review")])
    assert read_feed(feed, zone=LONDON, start=dt.datetime(2031, 4, 9, 12, 0, tzinfo=LONDON)) == []


def test_a_path_day_is_a_whole_calendar_day_the_deepest_one_and_never_an_ids_digits() -> None:
    assert path_day("www.net.example/event/2031-04-16-prep/www.net.example/event/2031-04-22-bi/") == dt.date(
        2031, 4, 22
    )
    assert path_day("https://net.example/event/2031/04/16/prep") == dt.date(2031, 4, 16)
    assert path_day("https://net.example/event/20310416123/") is None  # an id
    assert path_day("https://net.example/event/2031-02-30-gala/") is None  # no such day
    assert path_day("https://net.example/event/gala/?day=2031-04-16") is None  # the query, not the path
    on_its_own_day = jekyll_atom("event", [("Gala", "2031-04-08-gala")])  # a post's own day: nothing to learn
    assert read_feed(on_its_own_day, zone=LONDON, start=dt.datetime(2031, 4, 7, 12, 0, tzinfo=LONDON)) == []


# --- a weekday chooses a year-less date's year (_feed_when.year_less) --------------------------------------------
def test_a_weekday_that_fits_last_year_only_moves_the_date_back_even_soon_after_the_post() -> None:
    posted, ahead = dt.date(2032, 2, 6), dt.date(2032, 4, 25)  # a Sunday; 25 April 2031 was a Friday
    assert year_less("Friday, April 25th", ahead, posted) == (1, None)
    assert year_less("Sunday, April 25th", ahead, posted) == (0, None)  # fits the coming one
    assert year_less("Tuesday, April 25th", ahead, posted) == (0, None)  # fits neither: as before
    assert year_less("April 25th", ahead, posted) == (0, None)  # no weekday, 79 days ahead
    assert year_less("Friday, April 25th 2032", ahead, posted) == (0, None)  # a written year


# --- a days-long agenda's "… ends" row (_feed_agenda_end) ---------------------------------------------------------
AGENDA = (
    "<table><tr><th>Time</th><th>Friday, October 24th</th></tr><tr><td>6:00pm</td><td>Event begins</td></tr>"
    "<tr><td>8:00pm</td><td>Lounge closes for the evening</td></tr></table>"
    "<table><tr><th>Time</th><th>Sunday, October 26th</th></tr><tr><td>12:00pm</td><td>Lunch ends</td></tr>"
    "<tr><td>2:00pm</td><td>{row}</td></tr></table>"
)
FRIDAY = When(dt.datetime(2031, 10, 24, 18, 0, tzinfo=TORONTO), None, False, "America/Toronto")


def test_an_agendas_ends_row_under_its_last_day_is_the_end() -> None:
    assert agenda_end(FRIDAY, AGENDA.format(row="Hackathon ends")).end == dt.datetime(
        2031, 10, 26, 14, 0, tzinfo=TORONTO
    )
    assert agenda_end(FRIDAY, "<p>6:00pm Doors</p><p>11:30pm - The party ends</p>").end == dt.datetime(
        2031, 10, 24, 23, 30, tzinfo=TORONTO
    )


def test_a_room_a_meal_or_a_registration_ending_is_no_events_end() -> None:
    for row in ("Venue closed for the night", "Registration ends", "Early bird sale ends", "the fun never ends"):
        assert agenda_end(FRIDAY, AGENDA.format(row=row)).end is None, row
    two = AGENDA.format(row="Hackathon ends") + "<p>4:00pm</p><p>Conference ends</p>"  # two ends: no one end
    assert agenda_end(FRIDAY, two).end is None
    assert agenda_end(FRIDAY, "<p>Friday, November 28th</p><p>2:00pm</p><p>Hackathon ends</p>").end is None  # > 7 days


def test_a_hackathon_feed_reads_its_weekend_and_not_last_aprils_as_next() -> None:
    def item(title: str, slug: str, written: str, days: tuple[str, str]) -> str:
        body = AGENDA.replace("October 24th", days[0]).replace("October 26th", days[1]).format(row="Hackathon ends")
        return (
            f"<item><title>{title}</title><link>https://hack.example/events/{slug}/</link><pubDate>{written}</pubDate>"
            f"<guid isPermaLink='false'>https://hack.example/?post_type=event&amp;p=1</guid>"
            f"<description><![CDATA[{body}]]></description></item>"
        )

    feed = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Events - Hack</title>"
        "<link>https://hack.example/</link><lastBuildDate>Fri, 06 Feb 2032 04:19:10 +0000</lastBuildDate>"
        + item(
            "Hack #11 - October 2031", "hack-11", "Wed, 13 Aug 2031 19:57:38 +0000", ("October 24th", "October 26th")
        )
        + item("Hack #10 - April 2031", "hack-10", "Wed, 08 Jan 2031 01:35:02 +0000", ("April 25th", "April 27th"))
        + "</channel></rss>"
    )
    events = read_feed(feed, zone=TORONTO, start=dt.datetime(2031, 8, 14, 12, 0, tzinfo=TORONTO))
    starts = sorted((str(event["start"]), str(event["end"])) for event in events)
    assert starts == [
        ("2031-04-25T18:00:00-04:00", "2031-04-27T14:00:00-04:00"),  # a past Friday, not a Sunday next year
        ("2031-10-24T18:00:00-04:00", "2031-10-26T14:00:00-04:00"),
    ]
    assert one_event([event for event in events if event["start"].startswith("2031-10")])["title"].startswith(
        "Hack #11"
    )
