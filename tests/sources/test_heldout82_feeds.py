"""Feeds helper 82 (issue #13): the eighty-second held-out batch, feeds (bench/corpus/feeds/manifest-heldout82.json),
on small documents of our own.

Batch 82's misses, each mended by a shape other feeds share:

- a musician's Hugo "concerts" section stamps each gig's day at midnight in its builder's zone ("00:00:00 +0800"):
  in a feed of events, midnight stamps all in one offset that is not the feed zone's are days in that offset
  (``_feed_midnight_days``), and a day stamp gives a date read from the words no clock;
- a forest lab's Japanese events: "2026年10月4日（日）" then "8:30〜12:00", under "開催日時", the place under
  "開催場所" after the heading's "#" permalink (``_feed_intl.FEED_PATTERNS``, ``_place_labels``, ``_feed_place_label``);
- a robotics club's French news reports its days ("a eu lieu ce mardi 13 septembre", "ce jeudi 6 octobre, a été un
  grand succès"): no events (``_feed_past_report_intl``).

Hard negatives beside each: a news section's midnight stamps, a local midnight, the future tense, a day chosen.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import feedparser

from sources.adapters._feed_midnight_days import midnight_offset
from sources.adapters._feed_past_report_intl import past_report_intl
from sources.adapters._feed_place_label import labelled_place
from tests.sources.helpers import hugo_feed, one_event, read_feed

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


GIGS = [
    ("Live @ Treuzy-Levelay", "Sat, 14 Jun 2031 00:00:00 +0800", "&lt;p&gt;Avec Dwich.&lt;/p&gt;"),
    ("Nouvel an @ Paris", "Wed, 01 Jan 2031 00:00:00 +0800", "&lt;p&gt;Avec Dwich.&lt;/p&gt;"),
]
read_paris = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2030, 12, 20, 12, 0, tzinfo=PARIS))


# --- midnight day stamps in one offset, in a feed of events (_feed_midnight_days) ----------------------------------
def test_a_concerts_sections_midnight_stamps_in_another_offset_are_their_days() -> None:
    events = read_paris(hugo_feed("http://localhost:1313", "concerts", GIGS))
    assert sorted(str(event["start"]) for event in events) == ["2031-01-01", "2031-06-14"]


def test_one_concert_stamped_at_midnight_utc_is_its_day_without_the_stamps_clock() -> None:
    concert = [("Юбилейный концерт, 5 октября 2031", "Sun, 05 Oct 2031 00:00:00 +0000", "Место: ДК, Долгопрудный")]
    read = functools.partial(read_feed, zone=MOSCOW, start=dt.datetime(2031, 9, 20, 12, 0, tzinfo=MOSCOW))
    assert str(one_event(read(hugo_feed("http://localhost:1313", "concerts", concert)))["start"]) == "2031-10-05"


def test_midnight_offset_only_in_a_feed_of_events_all_at_one_offset_not_the_zones() -> None:
    entries = feedparser.parse(hugo_feed("http://localhost:1313", "concerts", GIGS)).entries
    assert midnight_offset(entries, PARIS, event_feed=True) == dt.timezone(dt.timedelta(hours=8))
    assert midnight_offset(entries, PARIS, event_feed=False) is None  # a news section's posts: publication times
    assert midnight_offset(entries, zoneinfo.ZoneInfo("Asia/Shanghai"), event_feed=True) is None  # local midnights
    mixed = [*GIGS, ("Bal", "Sat, 21 Jun 2031 20:30:00 +0800", "Bal.")]
    entries = feedparser.parse(hugo_feed("http://localhost:1313", "concerts", mixed)).entries
    assert midnight_offset(entries, PARIS, event_feed=True) is None  # one stamp at a clock: instants


# --- a Japanese item's date, clocks and headed place (_feed_intl, _place_labels, _feed_place_label) --------------
ANCHOR = "&lt;div&gt;&lt;/div&gt;&lt;span&gt;&lt;a href=&#34;#h&#34;&gt;#&lt;/a&gt;&lt;/span&gt;"  # the theme's "#"
HEADED = (
    f"&lt;h2&gt;開催日時（仮）{ANCHOR}&lt;/h2&gt;&lt;p&gt;2031年10月4日（土）&lt;br&gt;8:30〜12:00&lt;/p&gt;"
    f"&lt;h2&gt;開催場所{ANCHOR}&lt;/h2&gt;&lt;p&gt;猫山観音堂&lt;/p&gt;"
)


def test_a_japanese_events_item_reads_its_day_clocks_and_headed_place() -> None:
    walk = [("猫山 散策会", "Mon, 25 Aug 2031 00:00:00 +0000", HEADED)]
    read = functools.partial(read_feed, zone=TOKYO, start=dt.datetime(2031, 8, 26, 12, 0, tzinfo=TOKYO))
    event = one_event(read(hugo_feed("http://localhost:1313/ja", "events", walk)))
    assert (event["start"], event["end"], event["venue_name"]) == (
        "2031-10-04T08:30:00+09:00",
        "2031-10-04T12:00:00+09:00",
        "猫山観音堂",
    )


def test_a_headings_permalink_mark_is_no_place_but_a_place_may_start_with_one() -> None:
    # a theme's heading: its anchor's div and span set the "#" on a line of its own
    assert labelled_place("<h2>Lieu<div id='l'></div><span><a href='#l'>#</a></span></h2><p>Salle B</p>") == "Salle B"
    assert labelled_place("<p>Lieu</p><p>#</p>") is None
    assert labelled_place("<p>Lieu :</p><p>#1 Hall</p>") == "#1 Hall"


# --- days a news item reports as over (_feed_past_report_intl) -----------------------------------------------------
ZERO = "Mon, 01 Jan 0001 00:00:00 +0000"  # Hugo's date of an undated page
NEWS = [
    ("Après-midi des clubs", ZERO, "La première après-midi des clubs a eu lieu ce mardi 16 septembre 2031."),
    ("Formation Arduino", ZERO, "La première formation, ce jeudi 2 octobre 2031, a été un grand succès."),
]


def test_a_news_sections_reported_days_are_no_events() -> None:
    read = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 10, 20, 12, 0, tzinfo=PARIS))
    assert read(hugo_feed("https://club.example.fr", "actualites", NEWS)) == []


def test_a_news_sections_coming_day_is_still_read() -> None:
    coming = [("Formation", ZERO, "La prochaine formation aura lieu le jeudi 6 novembre 2031 à 14h.")]
    read = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 10, 20, 12, 0, tzinfo=PARIS))
    assert (
        str(one_event(read(hugo_feed("https://club.example.fr", "actualites", coming)))["start"])[:10] == "2031-11-06"
    )


def test_past_report_intl_reads_the_verb_before_or_after_the_date_in_its_clause() -> None:
    def reported(text: str, date: str) -> bool:
        start = text.index(date)
        return past_report_intl(text, start, start + len(date))

    assert reported("Die Versammlung fand am 13. September 2031 statt.", "13. September 2031")
    assert reported("El taller tuvo lugar el 6 de octubre de 2031.", "6 de octubre de 2031")
    assert reported("Le 13 septembre dernier a eu lieu la fête.", "13 septembre")
    assert not reported("La fête aura lieu le 13 septembre.", "13 septembre")
    assert not reported("La date du 6 octobre a été retenue pour le concert.", "6 octobre")
    assert not reported("Le 6 octobre, le concert qui a eu lieu l'an dernier revient.", "6 octobre")
    assert not reported("Le concert a eu lieu. Le prochain: 6 octobre.", "6 octobre")
