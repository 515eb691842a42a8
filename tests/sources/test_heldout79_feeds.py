"""Feeds helper 79 (issue #13): the seventy-ninth held-out batch, feeds (bench/corpus/feeds/manifest-heldout79.json),
on small documents of our own.

Batch 79's misses, each mended by a shape other feeds share:

- a user group's Hugo "Termine" section RSS dates each talk by its pubDate, under a lastBuildDate that is the last
  talk's (weeks ahead, so no build time): "/termine/" is an events page as "/events/" is
  (``_feed_date_signs.EVENT_SEGMENTS``);
- an event platform's Jekyll Atom writes a concert's running order, its last line "23:30 - Ende": that is the end
  (``_feed_end_line``, for an item read as one event in ``rss._entry_records``);
- the same concert's place stands only under the heading "📍 Anfahrt", as a venue, a street and a postcode's town
  (``_feed_directions_place``, in ``_feed_fields.item_venue``'s labelled places).

Hard negatives beside each: what looks like the shape but is no events page, no end, no place.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_compound_pages import compound_event_segment
from sources.adapters._feed_date_signs import EVENT_SEGMENTS, event_page
from sources.adapters._feed_directions_place import directions_place
from sources.adapters._feed_end_line import end_line
from sources.adapters._feed_when import When
from tests.sources.helpers import one_event, read_feed, wall_time

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 5, 20, 12, 0, tzinfo=BERLIN))


def hugo_feed(section: str, *items: tuple[str, str], built: str = "Wed, 25 Jun 2031 19:00:00 +0200") -> str:
    """A Hugo section's RSS as Hugo writes it: the lastBuildDate is the latest item's pubDate."""
    site = "https://dnug.example.de"
    rows = "".join(
        f"<item><title>{title}</title><link>{site}/{section}/{title.lower()}/</link><pubDate>{published}</pubDate>"
        f"<guid>{site}/{section}/{title.lower()}/</guid><description>&lt;p&gt;Ein Vortrag über {title}.&lt;/p&gt;"
        "</description></item>"
        for title, published in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{section.title()} on User Group</title><link>{site}/{section}/</link>"
        f"<description>Recent content in {section.title()} on User Group</description>"
        f"<language>de</language><lastBuildDate>{built}</lastBuildDate>{rows}</channel></rss>"
    )


TALKS = (("Xamarin", "Wed, 25 Jun 2031 19:00:00 +0200"), ("Microservices", "Tue, 27 May 2031 19:00:00 +0200"))


# --- a "Termine" section is an events page (_feed_date_signs.EVENT_SEGMENTS) -------------------------------------
def test_a_termine_section_feed_dates_its_talks_by_their_pubdates() -> None:
    events = sorted(read_berlin(hugo_feed("termine", *TALKS)), key=lambda event: str(event["start"]))
    assert [(event["title"], wall_time(event["start"])) for event in events] == [
        ("Microservices", "2031-05-27T19:00:00"),
        ("Xamarin", "2031-06-25T19:00:00"),
    ]


def test_a_news_section_feed_with_the_same_pubdates_gives_no_events() -> None:
    assert read_berlin(hugo_feed("aktuelles", *TALKS)) == []


def test_a_termine_section_feed_of_past_pubdates_gives_no_events() -> None:
    past = (("Xamarin", "Wed, 25 Jun 2030 19:00:00 +0200"), ("Microservices", "Tue, 27 May 2030 19:00:00 +0200"))
    assert read_berlin(hugo_feed("termine", *past, built="Wed, 25 Jun 2030 19:00:00 +0200")) == []


def test_termine_is_an_events_segment_but_not_a_tag_nor_a_booking_page() -> None:
    assert "termine" in EVENT_SEGMENTS
    assert event_page("https://club.example.de/termine/sommerfest/")
    assert compound_event_segment("aktuelle-termine", EVENT_SEGMENTS)
    assert not compound_event_segment("news-termine", EVENT_SEGMENTS)
    assert not event_page("https://blog.example.de/tag/termine/feed/")  # a tag's posts
    assert not event_page("https://praxis.example.de/terminvereinbarung/")  # booking an appointment
    assert not event_page("https://praxis.example.de/termin/")


# --- a running order's end line (_feed_end_line) ------------------------------------------------------------------
def concert_feed(body: str, published: str = "2031-06-01T20:00:00+02:00") -> str:
    """A Jekyll events Atom: the entry's published is the concert's moment, after the feed's own updated."""
    site = "https://krawl.example.org/events"
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' xml:lang='de'>"
        f"<link href='{site}/feed.xml' rel='self'/><updated>2031-05-20T07:10:05+02:00</updated>"
        f"<id>{site}/feed.xml</id><title>Events</title><entry><title>Konzert im Kulturzentrum</title>"
        f"<link href='{site}/konzert/' rel='alternate'/><published>{published}</published>"
        f"<updated>{published}</updated><id>{site}/konzert</id><content type='html'><![CDATA[{body}]]></content>"
        "</entry></feed>"
    )


RUNNING_ORDER = (
    "<p>Die Band kommt!</p><ul><li><strong>20:00</strong> - Einlass &amp; Warm-Up DJ</li>"
    "<li><strong>21:00</strong> - Support Act</li><li><strong>22:00</strong> - Main Act</li>"
    "<li><strong>23:30</strong> - Ende</li></ul>"
)


def test_a_running_orders_end_line_ends_the_concert() -> None:
    event = one_event(read_berlin(concert_feed(RUNNING_ORDER)))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-06-01T20:00:00", "2031-06-01T23:30:00")


def test_a_registration_deadlines_end_is_no_end() -> None:
    body = "<p>Ende der Anmeldung: 18:00</p><p>Anmeldeschluss 12:00</p><p>22:00 - Ende des Vorverkaufs</p>"
    assert one_event(read_berlin(concert_feed(body)))["end"] is None


START = dt.datetime(2031, 6, 1, 20, 0, tzinfo=BERLIN)
EVENING = When(START, None, False, "Europe/Berlin")


def test_an_end_after_midnight_is_the_next_days_and_a_label_first_is_read_too() -> None:
    late = When(START.replace(hour=22), None, False, "Europe/Berlin")
    assert end_line(late, "<p>02:00 - Ende</p>").end == dt.datetime(2031, 6, 2, 2, 0, tzinfo=BERLIN)
    assert end_line(EVENING, "<p>Ende: 23:30 Uhr</p>").end == START.replace(hour=23, minute=30)
    assert end_line(EVENING, "<p>Schluss ca. 22:30</p>").end == START.replace(hour=22, minute=30)


def test_no_end_from_a_sentence_two_ends_an_end_too_far_or_a_known_end() -> None:
    assert end_line(EVENING, "<p>Wir spielen bis 23:30, dann ist Ende</p>").end is None
    assert end_line(EVENING, "<p>Bühne A: 23:00 - Ende</p><p>23:00 - Ende</p><p>01:00 - Ende</p>").end is None
    assert end_line(EVENING, "<p>17:00 - Ende</p>").end is None  # 21 hours after the start: another day's
    known = When(START, START.replace(hour=22), False, "Europe/Berlin")
    assert end_line(known, "<p>23:30 - Ende</p>").end == START.replace(hour=22)
    whole_day = When(START.date(), None, True, "Europe/Berlin")
    assert end_line(whole_day, "<p>23:30 - Ende</p>").end is None


# --- a place under a directions heading (_feed_directions_place) ------------------------------------------------
ANFAHRT = (
    "<h2>📍 Anfahrt</h2><p><strong>Kulturzentrum Musterstadt</strong><br />\nHauptstraße 5<br />\n12345 Musterstadt</p>"
    "<p><strong>Öffentliche Verkehrsmittel:</strong></p><ul><li>U-Bahn: U6 bis Naturkundemuseum</li></ul>"
)


def test_the_block_under_a_directions_heading_is_the_place() -> None:
    event = one_event(read_berlin(concert_feed(RUNNING_ORDER + ANFAHRT)))
    assert event["venue_name"] == "Kulturzentrum Musterstadt"
    assert event["address"] == "Hauptstraße 5, 12345 Musterstadt"


def test_directions_in_words_give_no_place() -> None:
    body = "<h2>Anfahrt</h2><p>Mit der U6 bis Naturkundemuseum, dann fünf Minuten zu Fuß.</p><p>10115 Berlin</p>"
    assert directions_place(body) is None
    event = one_event(read_berlin(concert_feed(RUNNING_ORDER + body)))
    assert "Mit der U6" not in str(event["venue_name"]) + str(event["address"])


def test_no_place_without_a_town_line_after_a_label_or_in_a_sentence() -> None:
    assert (
        directions_place("<h2>Anfahrt</h2><p>Kulturzentrum<br>Öffentliche Verkehrsmittel:<br>10115 Berlin</p>") is None
    )
    assert directions_place("<p>Anfahrt und Parken im Überblick</p><p>Halle 2<br>10115 Berlin</p>") is None
    assert directions_place("<h3>Getting there</h3><p>Take the A1 to exit 12<br>then follow the signs</p>") is None
    assert directions_place("<h3>Accès</h3><p>Métro ligne 9<br>75011 Paris</p>") is None  # the transport's line
    assert directions_place("<h3>Directions</h3><p>Town Hall<br>1740 Avenue G<br>Plano, TX 75074</p>") == (
        "Town Hall, 1740 Avenue G, Plano, TX 75074"
    )
