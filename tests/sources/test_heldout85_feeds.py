"""Feeds helper 85 (issue #13): the eighty-fifth held-out batch, feeds (bench/corpus/feeds/manifest-heldout85.json),
on small documents of our own.

Batch 85's misses, each mended by a shape other feeds share:

- cinema and festival feeds give one film an item and list its showings on one labelled line ("Showtimes: June 21st
  Sunday 10:00 am, June 22nd Monday 7:30 pm"): each showing is an event, its clock kept even with a weekday written
  after the day (``_feed_showtimes``);
- a feed of film releases ("Fatherland — Theatrical release", "Friday, November 6, 2031 — Theaters") was read as
  events on the release days: a release is not an event (``_feed_media_release``).

Hard negatives beside each: a label that is not the line's first words, opening hours by weekday, a record's
"Release party", a premiere screening, a cinema's text naming a film's release date.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_media_release import media_release
from sources.adapters._feed_showtimes import LABELLED
from tests.sources.helpers import one_event, read_feed

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 6, 20, 12, 0, tzinfo=LOS_ANGELES)


def cinema(lines: str, title: str = "Jaws") -> str:
    """A cinema's programme RSS: one film, its description ``lines`` (joined by <br/>), no pubDate."""
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Picture House</title>"
        "<link>https://cinema.example/</link><description>Now playing.</description>"
        f"<item><title>{title}</title><link>https://cinema.example/film/1</link>"
        f"<description><![CDATA[A shark menaces a town.<br/>\nDurata: 124 minuti<br/>\n{lines}]]></description>"
        "</item></channel></rss>"
    )


def starts(events: list[dict]) -> list[str]:
    return sorted(str(event["start"]) for event in events)


# --- each showing of a labelled line (_feed_showtimes) ------------------------------------------------------------
def test_each_showing_of_a_labelled_line_is_an_event_with_its_clock() -> None:
    line = (
        "Showtimes: July 3rd Thursday ore 11:30 pm, July 4th Friday ore 10:00 am (Sold Out), July 5th Saturday 2:00 pm"
    )
    assert starts(read_feed(cinema(line), zone=LOS_ANGELES, start=NOW)) == [
        "2031-07-03T23:30:00-07:00",
        "2031-07-04T10:00:00-07:00",
        "2031-07-05T14:00:00-07:00",
    ]


def test_a_festivals_showings_with_their_cinemas_and_an_italian_line() -> None:
    festival = "Orari: Sun Jun 22 18:15 - Zoo Palast 1, Mon Jun 23 10:45 - Urania"
    assert starts(read_feed(cinema(festival), zone=LOS_ANGELES, start=NOW)) == [
        "2031-06-22T18:15:00-07:00",
        "2031-06-23T10:45:00-07:00",
    ]
    italian = "Orari: martedì 24 Giu. ore 20.30, martedì 24 Giu. ore 21.00"
    assert starts(read_feed(cinema(italian), zone=LOS_ANGELES, start=NOW)) == [
        "2031-06-24T20:30:00-07:00",
        "2031-06-24T21:00:00-07:00",
    ]


def test_lines_that_are_not_a_list_of_showings() -> None:
    assert LABELLED.search("Release dates: July 3rd 10:00 am, July 4th 11:00 am") is None  # not the line's first words
    hours = "Screening on July 3rd at 7:30 pm.<br/>\nTimes: Mon 9:00, Tue 9:00"  # opening hours by weekday: no date
    assert starts(read_feed(cinema(hours), zone=LOS_ANGELES, start=NOW)) == ["2031-07-03T19:30:00-07:00"]


# --- a release is not an event (_feed_media_release) ---------------------------------------------------------------
def test_a_feed_of_film_releases_gives_no_events() -> None:
    items = "".join(
        f"<item><title>[FILM] {name} — {kind} release</title><description>in 2 months — {day} — Theaters"
        f"</description><pubDate>Tue, 01 Jul 2031 00:00:00 +0000</pubDate><link>https://films.example/{index}</link>"
        "</item>"
        for index, (name, kind, day) in enumerate(
            [("Fatherland", "Theatrical", "Friday, September 5, 2031"), ("Fjord", "Limited", "Friday, October 3, 2031")]
        )
    )
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Upcoming Movies</title>"
        f"<link>https://films.example/</link><description>Upcoming film releases</description>{items}</channel></rss>"
    )
    assert read_feed(feed, zone=LOS_ANGELES, start=dt.datetime(2031, 7, 2, 12, tzinfo=LOS_ANGELES)) == []


@pytest.mark.parametrize(
    ("title", "text", "release"),
    [
        ("Fatherland — Theatrical release", "Friday, November 6, 2031 — Theaters", True),
        ("Violent Night 2 — Digital release", "", True),  # a film's own title may hold an event's word
        ("Album release party", "Doors 8pm", False),
        ("The Band — Digital release show", "", False),
        ("Fatherland — Theatrical release", "Premiere screening with the director, tickets £12", False),
        ("Sentimental Value", "Data di uscita: 22 gennaio 2031. Orari: martedì 21 Apr. ore 20.30", False),
    ],
)
def test_what_names_a_release(title: str, text: str, release: bool) -> None:
    assert (media_release(title, text) is not None) is release


def test_a_cinema_item_naming_its_films_release_in_its_text_keeps_its_showing() -> None:
    event = one_event(
        read_feed(
            cinema("Release date: 22 January 2031<br/>\nShowtimes: July 3rd Thursday 7:30 pm", title="Jaws"),
            zone=LOS_ANGELES,
            start=NOW,
        )
    )
    assert str(event["start"]) == "2031-07-03T19:30:00-07:00"
