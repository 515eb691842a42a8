"""The sixty-sixth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout66.json: four feeds from four
projects -- a North German inn's home-made XML feed of buffet evenings, a Florentine capoeira group's Hugo "Eventi"
feed in Italian, a Delhi Meetup aggregator's RSS, and a podcast's episode feed (MIT, committed), the hard negative;
measured once before these rules: found 4/28, fields 62.5%, extra 1), on small documents of our own. What the first
measure missed:

- a ``<feed>`` declaring no namespace, of ``<entry>`` elements with ``<date>`` ("01. September 2016") and ``<time>``
  ("ab 18:00 Uhr") was nobody's: not Atom (no namespace), not the XML reader's (a feed's root). It is a feed now
  (``_feed_guard.is_feed_root``), and a bare ``<date>`` beside a bare ``<time>`` the event's day and clock
  (``_feed_bare_date``), a range to "24:00" ending at the next midnight;
- "Dal 29/05 al 31/05 … Venerdì 29 dalle 18:00" under a post's pubDate of 1 March: a span of days written day first
  between "from" and "to" words, its first day's clock where the words come back to it (``_feed_slash_span``); a
  feed whose page is "/eventi/" lists events like one at "/events/" (``_feed_date_signs.EVENT_SEGMENTS``); the place
  "alla palestra di San Niccolò" in the prose (``_feed_venue_phrase``);
- "Join us this Saturday, October the 14th": a month, "the" and a day (``_feed_when.PROSE_DATE``);
- a podcast episode "going 2 times weekly starting December 16th" was an event on 16 December: a recording's words
  naming a release frequency and the day it starts are a schedule of releases (``_feed_release_plan``).

What is NOT changed: a lone slashed date or two without the words, an English "from 5/6 to 7/6" (month or day?), a
span longer than an event's; a ``<date>`` with no clock beside it; a class "twice a week starting January 5" with no
recording, a recording's "Live taping every Friday starting June 5"; a venue's kind with no proper name after it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_release_plan import release_plan
from sources.adapters._feed_slash_span import slash_span_when
from sources.adapters._feed_venue_phrase import venue_phrase
from tests.sources.helpers import one_event as one
from tests.sources.helpers import read_feed, titled_spans, wall_time

ROME = zoneinfo.ZoneInfo("Europe/Rome")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
DETROIT = zoneinfo.ZoneInfo("America/Detroit")

read_rome = functools.partial(read_feed, zone=ROME, start=dt.datetime(2031, 3, 1, 12, 0, tzinfo=ROME))
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 8, 25, 12, 0, tzinfo=BERLIN))
read_delhi = functools.partial(read_feed, zone=KOLKATA, start=dt.datetime(2031, 10, 10, 12, 0, tzinfo=KOLKATA))
read_detroit = functools.partial(read_feed, zone=DETROIT, start=dt.datetime(2031, 11, 30, 22, 0, tzinfo=DETROIT))


def hugo(items: str, *, section: str = "eventi", title: str = "Eventi on Gruppo Capoeira") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://capoeira.example/{section}/</link>"
        f"<description>Recent content</description><language>it-IT</language>{items}</channel></rss>"
    )


def post(
    title: str, description: str, published: str = "Sat, 01 Mar 2031 00:00:00 +0000", page: str = "eventi/x"
) -> str:
    return (
        f"<item><title>{title}</title><link>http://capoeira.example/{page}/</link>"
        f"<pubDate>{published}</pubDate><description>{description}</description></item>"
    )


WEEKEND = (
    "Batizado 2031. Dal 29/05 al 31/05, un fine settimana di musica e festa. Vieni a trovarci alla palestra di "
    "San Niccolò\nVenerdì 29 dalle 18:00: allenamento e roda\nSabato 30 dalle 10:00, stage"
)


# --- a span of days written day first between "from" and "to" words ---------------------------------------------
def test_an_italian_weekend_is_read_from_its_span_and_its_first_days_clock() -> None:
    event = one(read_rome(hugo(post("Batizado 2031", WEEKEND))))
    assert (event["title"], wall_time(event["start"]), event["end"]) == ("Batizado 2031", "2031-05-29T18:00:00", None)
    assert event["venue_name"] == "palestra di San Niccolò"


def test_a_span_without_a_clock_is_whole_days_first_to_last() -> None:
    event = one(read_rome(hugo(post("Stage d'été", "Stage du 12/06 au 14/06, salle polyvalente."))))
    assert (wall_time(event["start"]), wall_time(event["end"]), event["all_day"]) == ("2031-06-12", "2031-06-14", True)


def test_a_past_span_in_a_feed_at_eventi_is_kept_and_at_blog_set_aside() -> None:
    published = "Fri, 01 Mar 2030 00:00:00 +0000"
    older = post("Batizado 2030", WEEKEND.replace("2031", "2030"), published, "eventi/old")
    assert wall_time(one(read_rome(hugo(older)))["start"]) == "2030-05-29T18:00:00"
    blogged = post("Batizado 2030", WEEKEND.replace("2031", "2030"), published, "blog/old")
    assert read_rome(hugo(blogged, section="blog", title="Blog")) == []  # a post of a day past: news, not an event


def test_english_spans_are_read_day_first_only_when_a_number_cannot_be_a_month() -> None:
    reference = dt.datetime(2031, 3, 1, tzinfo=ROME)
    found = slash_span_when(["Camp from 29/05 to 31/05"], ROME, reference)
    assert found is not None
    assert (found.start, found.end) == (dt.date(2031, 5, 29), dt.date(2031, 5, 31))
    assert slash_span_when(["Camp from 5/6 to 7/6"], ROME, reference) is None  # May or June: the words do not say


def test_slashed_dates_without_the_words_or_too_far_apart_are_no_span() -> None:
    reference = dt.datetime(2031, 3, 1, tzinfo=ROME)
    for text in (
        "Orari 29/05 31/05",  # two dates, no "from"/"to"
        "Dal 29/05",  # a start, no end
        "Iscrizioni dal 1/01 al 31/12",  # a year's window, no event's days
        "dal 31/02 al 2/03",  # no such day
        "Risultato 3/4 al 5/4",  # no "from" word
    ):
        assert slash_span_when([text], ROME, reference) is None, text


def test_the_clock_is_the_first_days_not_another_days() -> None:
    reference = dt.datetime(2031, 3, 1, tzinfo=ROME)
    found = slash_span_when(["Dal 29/05 al 31/05. Sabato 30 dalle 10:00, stage"], ROME, reference)
    assert found is not None
    assert (found.start, found.all_day) == (dt.date(2031, 5, 29), True)


# --- a venue's kind and its proper name after a locative word ----------------------------------------------------
def test_a_venue_named_in_the_prose_after_a_locative_word() -> None:
    assert venue_phrase("Spettacolo presso il Teatro di Rifredi, ore 21") == "Teatro di Rifredi"
    assert venue_phrase("Nos vemos en el gimnasio de San Blas.") == "gimnasio de San Blas"
    assert venue_phrase("Rendez-vous à la salle des Fêtes à 20h") == "salle des Fêtes"


def test_a_venues_kind_without_a_name_or_a_locative_word_is_no_place() -> None:
    assert venue_phrase("Aspettate alla sala di attesa") is None
    assert venue_phrase("La palestra di San Niccolò è chiusa per lavori") is None
    assert venue_phrase("Ci vediamo alla palestra per allenarci") is None


# --- a month, "the" and a day ----------------------------------------------------------------------------------
def test_a_month_the_day_is_read() -> None:
    document = (
        '<rss version="2.0"><channel><title>Delhi NCR Events</title><link>http://example.com</link>'
        "<item><title>Meetup #3 at the university</title><link>https://meetup.example/rust/events/1/</link>"
        "<description>Rust Delhi brings you another meetup. Join us this Saturday, October the 14th for talks."
        "</description><pubDate>2031-10-10 10:01:01 +00:00</pubDate></item></channel></rss>"
    )
    event = one(read_delhi(document))
    assert (wall_time(event["start"]), event["all_day"]) == ("2031-10-14", True)


# --- a recording's announced release schedule ---------------------------------------------------------------------
def podcast(title: str, description: str, *, media: str = "audio/mpeg") -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        "<title>Help Desk</title><link>https://pod.example</link><lastBuildDate>Sun, 30 Nov 2031 21:57:33 +0000"
        f"</lastBuildDate><item><title>{title}</title><link>https://pod.example/e151/</link>"
        f"<pubDate>Sun, 30 Nov 2031 21:57:33 +0000</pubDate><description>{description}</description>"
        f'<enclosure url="https://media.example/e151.mp3" length="1" type="{media}" /></item></channel></rss>'
    )


def test_an_episode_announcing_its_shows_new_schedule_is_no_event() -> None:
    document = podcast(
        "Help Desk going 2 times weekly starting December 16th - PHD151",
        "The show is going 2 times weekly starting on Dec. 16, 2031.",
    )
    assert read_detroit(document) == []


def test_other_languages_release_schedules_are_recognised() -> None:
    entry = {"enclosures": [{"type": "audio/mpeg", "href": "https://media.example/x.mp3"}]}
    assert release_plan(entry, ["Neue Folgen zweimal pro Woche ab dem 16. Dezember"]) is not None
    assert release_plan(entry, ["Un épisode chaque semaine à partir du 16 décembre"]) is not None
    assert release_plan({"enclosures": []}, ["Neue Folgen zweimal pro Woche ab dem 16. Dezember"]) is None


def test_a_recordings_live_taping_or_a_class_series_stays_an_event() -> None:
    taping = podcast("Live taping every Friday starting December 5", "Join us at the Town Hall, 7 pm.")
    assert wall_time(one(read_detroit(taping))["start"])[:10] == "2031-12-05"
    no_frequency = podcast("Live show on December 16 at 7 pm", "Tickets at the door.")
    assert wall_time(one(read_detroit(no_frequency))["start"]) == "2031-12-16T19:00:00"
    yoga = podcast("Yoga twice a week starting December 9, 6 pm", "Bring a mat.", media="image/jpeg")
    assert wall_time(one(read_detroit(yoga))["start"]) == "2031-12-09T18:00:00"


# --- a home-made feed's bare <date> and <time> --------------------------------------------------------------------
def inn(entries: str) -> str:
    return f"<feed>\n  <!-- the inn's evenings -->\n{entries}</feed>"


def evening(title: str, day: str, clock: str | None) -> str:
    time = f"<time>{clock}</time>" if clock is not None else ""
    return f"<entry><title>{title}</title><text>Nur Vorbestellungen</text><date>{day}</date>{time}</entry>\n"


def test_a_home_made_feeds_date_and_time_are_the_evenings() -> None:
    events = read_berlin(
        inn(
            evening("Schnitzelbuffet", "01. September 2031", "ab 18:00 Uhr")
            + evening("Schnitzelbuffet", "22.09.2031", "ab 18:00 Uhr")
            + evening("Silvesterbuffet", "31. Dezember 2031", "von 18:00 bis 23:00 Uhr")
            + evening("Kohlfahrt", "21. Januar 2032", "18:00 bis 24:00 Uhr")
        )
    )
    assert titled_spans(events) == [
        ("Schnitzelbuffet", "2031-09-01T18:00:00", None),
        ("Schnitzelbuffet", "2031-09-22T18:00:00", None),
        ("Silvesterbuffet", "2031-12-31T18:00:00", "2031-12-31T23:00:00"),
        ("Kohlfahrt", "2032-01-21T18:00:00", "2032-01-22T00:00:00"),
    ]


def test_a_date_with_no_clock_beside_it_is_no_evening() -> None:
    assert read_berlin(inn(evening("Neue Speisekarte", "01. September 2031", None))) == []
    assert read_berlin(inn(evening("Unser Blog", "01. September 2031", "5 min read"))) == []


def test_a_feed_in_another_namespace_is_still_not_atom() -> None:
    document = '<feed xmlns="http://api.example/ns/"><entry><title>A</title><date>01.09.2031</date></entry></feed>'
    assert read_berlin(document) == []
