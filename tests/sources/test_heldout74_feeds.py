"""Feeds helper 74 (issue #13): the seventy-fourth held-out batch, feeds (bench/corpus/feeds/manifest-heldout74.json),
on small documents of our own.

Batch 74's misses, each mended by a shape other documents share:

- a church's Squarespace events feed, its dates only in yearless prose, its entries' pubDates years old: a section
  named like "new-events" lists events (``_feed_compound_pages``), and in a feed of events an item published more than
  six months before the feed's build time dates its yearless days from that build time (``_feed_stale_pubdate``);
  "beginning at 7:15 pm on April 14" gives the day its clock (``_feed_clock_before``), "begins … (May 14) and
  concludes … (June 18)" its last day (``_feed_begin_end``), "on April 14 in Franklin Hall" its place
  (``_feed_date_place``);
- a transit operator's traffic notices read as eight events: a diversion, a moved stop, and in a feed of service
  notices an item whose buses will be diverted, are no events (``_feed_service_notices``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_begin_end import begin_end_span
from sources.adapters._feed_clock_before import clock_before_day
from sources.adapters._feed_compound_pages import compound_event_segment
from sources.adapters._feed_date_place import date_place
from sources.adapters._feed_date_signs import EVENT_SEGMENTS, event_page
from sources.adapters._feed_service_notices import service_notice
from sources.adapters._feed_when import When
from tests.sources.helpers import one_event, read_feed

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
read_ny = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2033, 3, 30, 9, 0, tzinfo=NEW_YORK))
read_paris = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 6, 6, 18, 0, tzinfo=PARIS))


def church_feed(*items: tuple[str, str, str], page: str = "https://church.example/new-events/") -> str:
    """A Squarespace events collection's RSS built on 30 March 2033: each item (title, pubDate, description)."""
    body = "".join(
        f"<item><title>{title}</title><pubDate>{published}</pubDate><link>{page}2033/1/1/item-{index}</link>"
        f"<description>{text}</description></item>"
        for index, (title, published, text) in enumerate(items)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Events - Grace Church</title><link>{page}</link>"
        f"<lastBuildDate>Wed, 30 Mar 2033 13:56:13 +0000</lastBuildDate>{body}</channel></rss>"
    )


OLD = "Fri, 26 Feb 2032 11:58:02 +0000"  # thirteen months before the build
RECENT = "Thu, 10 Mar 2033 11:58:02 +0000"


# --- a stale pubDate in a feed of events ----------------------------------------------------------------------------
def test_a_yearless_day_in_an_old_entry_of_an_events_feed_is_read_from_the_build_time() -> None:
    events = read_ny(church_feed(("Covenant Sunday", OLD, "Join us on Sunday, May 22 as we welcome new members.")))
    assert one_event(events)["start"] == "2033-05-22"


def test_a_recent_entry_still_dates_its_days_from_its_own_pubdate() -> None:
    feed = church_feed(("Spring Fair", RECENT, "Join us May 22 for the fair."))
    assert one_event(read_ny(feed))["start"] == "2033-05-22"


def test_an_old_post_of_a_news_feed_keeps_the_year_after_its_pubdate() -> None:  # hard negative
    feed = church_feed(
        ("Parish news", OLD, "The choir sang on May 22 to a full house."), page="https://church.example/news/"
    )
    assert all(event["start"] != "2033-05-22" for event in read_ny(feed))


def test_a_section_named_like_new_events_is_an_events_page() -> None:
    assert event_page("https://church.example/new-events/2033/3/31/womens-retreat")
    assert event_page("https://club.example/upcoming-events/")
    assert compound_event_segment("church_calendar", EVENT_SEGMENTS)


def test_news_past_and_slugs_are_no_events_sections() -> None:  # hard negatives
    assert not event_page("https://www.t2c.example/actu-evenements/une-nouvelle-ere")
    assert not event_page("https://site.example/news-events/")
    assert not event_page("https://site.example/past-events/")
    assert not event_page("https://site.example/events-archive/")
    assert not event_page("https://site.example/blog/new-events/")
    assert not event_page("https://site.example/eventually/")


# --- a clock before its day, a run by two verbs, a place after the day ----------------------------------------------
def test_a_clock_before_its_day_is_the_days_clock() -> None:
    feed = church_feed(("Good Friday", OLD, "Our service, beginning at 7:15 pm on April 14 in Franklin Hall."))
    start = one_event(read_ny(feed))["start"]
    assert start == "2033-04-14T19:15:00-04:00"


def day(month: int, number: int) -> When:
    return When(dt.date(2033, month, number), None, True, "America/New_York")


def test_clock_before_day() -> None:
    assert clock_before_day(day(4, 14), ["Join us at 7 pm, Friday, April 14."], NEW_YORK).start == dt.datetime(
        2033, 4, 14, 19, 0, tzinfo=NEW_YORK
    )
    # hard negatives: another day's clock, no "at", no am/pm, two clocks
    assert clock_before_day(day(4, 14), ["Setup starts at 7 am on April 13."], NEW_YORK) == day(4, 14)
    assert clock_before_day(day(4, 14), ["Deadline 5 pm, April 14."], NEW_YORK) == day(4, 14)
    assert clock_before_day(day(4, 14), ["Come at 7 on April 14."], NEW_YORK) == day(4, 14)
    two = ["Doors at 6 pm on April 14; the talk at 7 pm on April 14."]
    assert clock_before_day(day(4, 14), two, NEW_YORK) == day(4, 14)


def test_a_run_written_as_begins_and_concludes_has_its_last_day() -> None:
    text = "Collection begins Mothers Day (May 14) and concludes on Fathers Day (June 18)."
    assert begin_end_span(day(5, 14), [text]).end == dt.date(2033, 6, 18)
    assert begin_end_span(day(5, 14), ["The exhibition opens May 14 and closes June 18."]).end == dt.date(2033, 6, 18)


def test_a_window_another_day_or_two_sentences_give_no_run() -> None:  # hard negatives
    assert begin_end_span(day(5, 14), ["Registration opens May 14 and closes June 18."]).end is None
    assert begin_end_span(day(5, 15), ["The exhibition opens May 14 and closes June 18."]).end is None
    assert begin_end_span(day(5, 14), ["It begins May 14. The shop closes June 18."]).end is None


def test_a_named_venue_after_the_day_is_the_place() -> None:
    assert date_place("beginning at 7:15 pm on April 14 in Franklin Hall of Franklin Commons.") == (
        "Franklin Hall of Franklin Commons"
    )
    text = "a retreat for March 30–April 2 at Refreshing Mountain Christian Retreat Center in Lancaster"
    assert date_place(text) == "Refreshing Mountain Christian Retreat Center"
    subject = "On Wednesday, March 29, Iron Hill Brewery in Phoenixville will be setting aside 20 percent of sales."
    assert date_place(subject) == "Iron Hill Brewery"


def test_a_town_lower_case_words_or_a_bare_noun_after_the_day_are_no_place() -> None:  # hard negatives
    assert date_place("Join us on April 14 in Lancaster.") is None
    assert date_place("Send it by April 14 at the latest.") is None
    assert date_place("We meet on May 5 at School.") is None
    assert date_place("We meet on May 5 at Zoom Room.") is None
    assert date_place("On April 14 we meet in Franklin Hall.") is None
    assert date_place("On March 29, Phoenixville will host the fair.") is None
    assert date_place("On March 29, Joe Smith is speaking.") is None


# --- a transit operator's service notices ---------------------------------------------------------------------------
def notices_feed(channel: str, *items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>https://bus.example/n/{index}</link><description>{text}</description>"
        "<pubDate>Fri, 06 Jun 2031 08:50:42 +0000</pubDate></item>"
        for index, (title, text) in enumerate(items)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{channel}</title><link>https://bus.example/</link>"
        f"<language>fr</language>{body}</channel></rss>"
    )


def test_diversions_and_moved_stops_are_no_events() -> None:
    feed = notices_feed(
        "Infos trafic",
        ("Déviation ligne 10 du 10 au 16 juin 2031", "Les bus de la ligne 10 seront déviés dans les deux sens."),
        ("Arrêt Aubrac reporté du 10 juin au 22 août 2031", "L'arrêt sera reporté sur l'arrêt Lycée Gergovie."),
        (
            "Course cycliste à Gerzat le samedi 7 juin 2031 de 15h30 à 20h",
            "En raison d'une course cycliste, les bus de la ligne 20 seront déviés le samedi 7 juin 2031.",
        ),
    )
    assert read_paris(feed) == []


def test_service_notice() -> None:
    assert service_notice("Detour: Route 5 on Main St, June 12", None, "City News")
    assert service_notice("Umleitung der Linie 7 vom 3. bis 5. Juni", None, None)
    assert service_notice("Bus stop relocated on Oak Ave until July 1", None, None)
    assert service_notice("Stop #4127 closed June 3 to June 9", None, None)
    assert service_notice("Parade on June 5", "Buses will be detoured around Main St.", "Rider Alerts")


def test_an_event_that_diverts_the_buses_a_postponed_concert_and_a_festival_called_detour_stay() -> None:  # negatives
    assert service_notice("Detour Festival, June 12", "Three stages of music.", "Events") is None
    assert service_notice("Concert reporté au 12 juin", "Le concert est reporté.", "Agenda") is None
    note = "Fête de la musique le 21 juin. Les bus de la ligne 3 seront déviés."
    assert service_notice("Fête de la musique", note, "Agenda de la ville") is None
    assert service_notice("Tram 100 Jubilee Day, June 12", "Rides on the old trams.", "Museum events") is None
    assert service_notice("Stop the Closure of Our Library: rally on June 5", None, "Community events") is None
    feed = notices_feed("Agenda", ("Fête de la musique le 21 juin 2031", note))
    assert one_event(read_paris(feed))["start"] == "2031-06-21"
