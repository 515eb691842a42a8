"""review47: a both-ways review of feeds68's, apis73's and left38's rules (docs/real-world-sources-log.md, "### review47"),
on small documents of our own read by the real extractor (``tests.sources.helpers``):

* ``_feed_day_programme``: a podcast's episodes dated days ahead (an audio enclosure) are no programme's days;
* ``_feed_release_day``: a release's gathering ("a release show", "the EP launch", "an album signing", "a listening
  session") is a happening; "the album drops", "will release" stay a release's day;
* ``_feed_notice_window``: a gallery's month-long shows ("2031-03-01" to "2031-03-31") posted on the 1st of the month
  before are its shows, not notices' windows (a window runs whole months, to the day);
* ``_json_entity_stores``: a venue's list of its events, under each event's venue, no longer reads every event twice;
* ``_page_part_of_day``: a film called "Night", "Evening" or "Abend" among named cards (or linking to its page) keeps
  its title.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._feed_release_day import release_day
from sources.adapters._json_entity_stores import stores_as_lists
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed, read_page, titled_spans

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LONDON = zoneinfo.ZoneInfo("Europe/London")
read_ny = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 2, 14, 9, 0))  # noqa: DTZ001
read_uk = functools.partial(
    read_page,
    url="https://cinema.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 1, 1, 12),  # noqa: DTZ001
)
WINDOW = FetchWindow(dt.datetime(2031, 1, 1, tzinfo=LONDON), dt.datetime(2032, 1, 1, tzinfo=LONDON))
events_of = functools.partial(json_events, window=WINDOW, zone=LONDON)
PUBLISHED = "<pubDate>Fri, 14 Feb 2031 10:00:00 GMT</pubDate>"


def rss2(title: str, items: str, namespaces: str = "") -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" {namespaces}><channel><title>{title}</title>'
        f"<link>https://site.example/</link><description>{title}</description>{items}</channel></rss>"
    )


def item(title: str, extra: str = "", description: str = "Read more.") -> str:
    slug = title.replace(" ", "-").replace(":", "")
    return (
        f"<item><title>{title}</title><link>https://site.example/{slug}</link>"
        f"<description>{description}</description>{extra}</item>"
    )


# --- feeds: a podcast's days to come --------------------------------------------------------------------------------
DAYS = ["2031-02-16", "2031-02-23", "2031-03-02"]


def episodes(kind: str) -> str:
    return "".join(
        item(
            f"Episode {n}: a guest talk",
            f"<dc:date>{day}</dc:date><enclosure url='https://site.example/e{n}' type='{kind}' length='1'/>",
        )
        for n, day in enumerate(DAYS, 1)
    )


@pytest.mark.parametrize("kind", ["audio/mpeg", "video/mp4", "Audio/x-m4a"])
def test_a_podcasts_episodes_dated_days_ahead_are_no_programme(kind: str) -> None:
    assert read_ny(rss2("The Weekly Pod", episodes(kind))) == []


def test_a_programme_with_pictures_still_reads_its_days() -> None:
    assert [span[1] for span in titled_spans(read_ny(rss2("Upcoming", episodes("image/jpeg"))))] == DAYS


# --- feeds: a release's gathering -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The band celebrates the new album with a release show on March 14th.",
        "The EP launch event takes place on March 14th.",
        "The single release show is on March 14th, doors 7pm.",
        "Album release celebration on March 14th with a signing session.",
        "Album signing on March 14th.",
        "Album listening session on March 14th.",
        "EP launch on March 14th.",
    ],
)
def test_a_releases_gathering_is_an_event(sentence: str) -> None:
    events = read_ny(rss2("Music news", item("News", PUBLISHED, sentence)))
    assert [span[1] for span in titled_spans(events)] == ["2031-03-14"]
    assert not release_day(sentence, sentence.index("March"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The album drops on March 14th.",
        "The band will release their new single on March 14th.",
        "Their album launches on March 14th.",
        "The new EP is released on March 14th.",
    ],
)
def test_hard_negative_a_release_alone_is_no_event(sentence: str) -> None:
    assert read_ny(rss2("Music news", item("News", PUBLISHED, sentence))) == []


# --- feeds: a month-long show is no notice's window -----------------------------------------------------------------
EVENT_MODULE = 'xmlns:ev="http://purl.org/rss/1.0/modules/event/"'
SHOWS = [
    ("Spring paintings", "2031-02-01", "2031-03-01", "2031-03-31"),
    ("Photo show", "2031-03-01", "2031-04-01", "2031-04-30"),
    ("Sculpture", "2031-04-01", "2031-05-01", "2031-05-31"),
]


def test_a_gallerys_month_long_shows_posted_a_month_before_are_its_shows() -> None:
    items = "".join(
        item(title, f"<dc:date>{day}</dc:date><ev:startdate>{start}</ev:startdate><ev:enddate>{end}</ev:enddate>")
        for title, day, start, end in SHOWS
    )
    events = read_ny(rss2("Exhibitions", items, EVENT_MODULE))
    assert titled_spans(events) == [(title, start, end) for title, _, start, end in SHOWS]


# --- APIs: a GraphQL cache whose venues list their events -----------------------------------------------------------
CACHE = {
    "ROOT_QUERY": {"__typename": "Query", "events": [{"__ref": "Event:1"}, {"__ref": "Event:2"}]},
    "Event:1": {
        "__typename": "Event",
        "id": "1",
        "title": "Jazz night",
        "startsAt": "2031-03-01T19:30:00Z",
        "venue": {"__ref": "Venue:9"},
    },
    "Event:2": {
        "__typename": "Event",
        "id": "2",
        "title": "Quiz",
        "startsAt": "2031-03-05T20:00:00Z",
        "venue": {"__ref": "Venue:9"},
    },
    "Venue:9": {
        "__typename": "Venue",
        "id": "9",
        "name": "The Hall",
        "events": [{"__ref": "Event:1"}, {"__ref": "Event:2"}],
    },
}


def test_a_venues_list_of_its_events_reads_each_event_once() -> None:
    assert [(event["title"], event["start"][:16]) for event in events_of(CACHE)] == [
        ("Jazz night", "2031-03-01T19:30"),
        ("Quiz", "2031-03-05T20:00"),
    ]
    venue = stores_as_lists(CACHE)["Event"][0]["venue"]
    assert venue["name"] == "The Hall"
    assert venue["events"] == [{"__ref": "Event:1"}, {"__ref": "Event:2"}]  # the way back is kept as written


def test_a_chain_of_one_type_is_still_followed() -> None:
    chain = {
        "Event:1": {"__typename": "Event", "id": "1", "next": {"__ref": "Event:2"}},
        "Event:2": {"__typename": "Event", "id": "2", "next": {"__ref": "Event:3"}},
        "Event:3": {"__typename": "Event", "id": "3"},
    }
    assert stores_as_lists(chain)["Event"][0]["next"]["next"] == {"__typename": "Event", "id": "3"}


# --- pages: a part of day that is a film's title --------------------------------------------------------------------
def card(*lines: str) -> str:
    return "<div class='event-card'>" + "".join(lines) + "</div>"


def titles_of(body: str) -> list[str]:
    page = f"<html><head><title>Cinema</title></head><body><main><h1>What's on</h1>{body}</main></body></html>"
    return [event["title"] for event in read_uk(page)]


CASABLANCA = card("<h3>Casablanca</h3>", "<p>Sunday 15 June 2031, 6pm</p>", "<p>Classic, 102 min, cert PG</p>")


@pytest.mark.parametrize(
    ("heading", "when", "about"),
    [
        ("<h3>Night</h3>", "Saturday 14 June 2031, 7:30pm", "Drama, 95 min, cert 15"),
        ("<h3>Evening</h3>", "Saturday 14 June 2031, 7:30pm", "A film by Lajos Koltai. Drama."),
        ("<h3>Abend</h3>", "Saturday 14 June 2031, 7:30pm", "Drama, 95 Min."),
    ],
)
def test_a_film_named_by_a_part_of_day_among_named_films_keeps_its_title(heading: str, when: str, about: str) -> None:
    body = card(heading, f"<p>{when}</p>", f"<p>{about}</p>") + CASABLANCA
    assert titles_of(body) == [heading[4:-5], "Casablanca"]


def test_a_part_of_day_heading_linking_to_its_page_is_a_title() -> None:
    linked = card(
        "<h3><a href='/films/evening'>Evening</a></h3>", "<p>Saturday 14 June 2031, 7:30pm</p>", "<p>Drama.</p>"
    )
    other = card("<h3><a href='/films/morning'>Morning</a></h3>", "<p>Sunday 15 June 2031, 9am</p>", "<p>Drama.</p>")
    assert titles_of(linked + other) == ["Evening", "Morning"]


def test_a_programmes_parts_of_day_still_give_way_to_the_names_below() -> None:
    body = card("<h3>Evening</h3>", "<p>Saturday 14 June 2031, 8pm</p>", "<p>Jazz night</p>") + card(
        "<h3>Morning</h3>", "<p>Sunday 15 June 2031, 9am</p>", "<p>Yoga in the park</p>"
    )
    assert titles_of(body) == ["Jazz night", "Yoga in the park"]
