"""Review36: feeds63's rules tried both ways on feeds of our own (dates 2031, fetched on 1 February 2031). Each
misfire is fixed in the rule's module; the batch's own cases stay in test_heldout63_feeds.py.

- ``_feed_words_clock``: what comes before or beside an event moved it from its scheduled pubDate's clock: "Sign-up
  from 7:30pm" (an open mic at 8), "Pre-show talk from 6:30pm", "Lunch from 12pm" (a quiz at 7), "Shuttle bus from
  6pm", "Kids crafts from 2pm", "Warm-up from 9am", "Refreshments from 7pm". Now those are no start, unless the
  item's title names the thing ("Community lunch" over "Lunch from 12pm").
- ``_feed_calls.deadline_notice``: an event held about a deadline ("Workshop: beating the grant application
  deadline", "Info session – Fulbright application deadline", "Webinar: preparing for the NSF proposal deadline")
  was refused as the deadline itself. Now an event's kind before a colon or a dash, or the deadline as the object of
  "for", "before", "beating", "meeting", "ahead of", keeps it an event.
- ``_feed_bullet_place``: "By Anna Smith • 18 Mar", "Season 3 • 18 Mar", "Full-time • 18 Mar closing date" gave a
  byline, a podcast's season and a job's terms as the place. Now they are remarks. ("Pie & Mash • 18 Mar", a dish
  or a pie shop, is left: a name says neither.)
- ``_feed_naive_pubdate``: Ruby writes a UTC time with "-0000" too; a New York show at "Sat, 13 Sep 2031 00:00:00
  -0000" whose words say "starts at 8:00 PM" was read as the 13th, all day. Now words that state the UTC reading's
  clock and not the written one make it UTC.

Held, no misfire found: ``_feed_build_time`` (a news feed's broken 2099 build, a blog's build a few days ahead, a
podcast's and a shop's future items), ``_feed_iso_range`` (its ranges are read; coupons' and diversions' "valid 2031-03-01 – 2031-03-31"
are read as events as they were one day before the rule: not the rule's).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._feed_calls import deadline_notice
from sources.adapters._feed_naive_pubdate import naive_pubdate
from sources.adapters._feed_words_clock import words_start_clock, words_start_clocks
from tests.sources.helpers import one_event, read_feed

LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 2, 1, 12, tzinfo=dt.UTC)  # read as a wall clock in each test's zone


def feed(channel: str, items: list[tuple[str, str | None, str]], build: str | None = None) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>https://club.example/e/{index}</link>"
        f"<description><![CDATA[{words}]]></description>"
        + (f"<pubDate>{published}</pubDate>" if published else "")
        + "</item>"
        for index, (title, published, words) in enumerate(items)
    )
    built = f"<lastBuildDate>{build}</lastBuildDate>" if build else ""
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{channel}</title><link>https://club.example/</link>"
        f"<description>{channel}</description>{built}{body}</channel></rss>"
    )


def scheduled(title: str, published: str, words: str) -> str:
    """A community calendar's item: its day in the title, its start as a pubDate after the feed's build."""
    return feed("Community Events", [(title, published, words)], build="Sat, 01 Feb 2031 08:00:00 +0000")


london = functools.partial(read_feed, zone=LONDON, start=START)
new_york = functools.partial(read_feed, zone=NEW_YORK, start=START)
berlin = functools.partial(read_feed, zone=BERLIN, start=START)


def starts(found: list[dict]) -> list[str]:
    return [str(event["start"])[:16] for event in found]


# --- the words' start clock against a scheduled pubDate -----------------------------------------------------------


# (title, the pubDate's clock, the words, the start read): the side things first (the pubDate's clock stands), then
# the event's own start (the words' clock outranks the pubDate's; a title that names the thing makes it the event's).
CLOCKS = [
    ("Open mic night", "20:00", "Sign-up from 7:30pm. Bring your instrument.", "20:00"),
    ("Macbeth", "19:30", "Pre-show talk from 6:30pm in the foyer.", "19:30"),
    ("Quiz", "19:00", "Lunch from 12pm, quiz later.", "19:00"),
    ("Proms in the park", "19:30", "Shuttle bus from 6pm from the station.", "19:30"),
    ("Spring festival", "19:00", "Kids crafts from 2pm.", "19:00"),
    ("Park run", "10:00", "Warm-up from 9am on the field.", "10:00"),
    ("History talk", "19:30", "Refreshments from 7pm.", "19:30"),
    ("Craft fair", "19:00", "From 2pm in the church hall.", "14:00"),
    ("Gig night", "19:00", "Doors 7:30pm.", "19:30"),
    ("Car boot sale", "09:00", "Starts at 10am, pitches £5.", "10:00"),
    ("Saturday session", "19:00", "Live music from 9pm.", "21:00"),
    ("Coffee morning", "09:00", "Coffee morning from 10am, all welcome.", "10:00"),
    ("Community lunch", "19:00", "Lunch from 12pm in the hall.", "12:00"),
    ("Science talks", "19:00", "Talks from 2pm in the lecture theatre.", "14:00"),
]


@pytest.mark.parametrize(("title", "published", "words", "start"), CLOCKS)
def test_the_words_clock_against_a_scheduled_pubdate(title: str, published: str, words: str, start: str) -> None:
    item = scheduled(f"{title} (15 Mar 2031)", f"Sat, 15 Mar 2031 {published}:00 +0000", words)
    assert starts(london(item)) == [f"2031-03-15T{start}"]


def test_words_start_clocks_side_things() -> None:
    assert words_start_clocks(["Open mic", "Sign-up from 7:30pm"]) == set()
    assert words_start_clocks(["Macbeth", "Pre-show talk from 6:30pm"]) == set()
    assert words_start_clocks(["Race", "Warm-up from 9am, Dinner from 6pm"]) == set()
    assert words_start_clocks(["Community lunch", "Lunch from 12pm"]) == {(12, 0)}
    assert words_start_clocks(["Barbara's birthday", "Bar open from 6pm"]) == set()  # "bar" is no word of "Barbara"
    assert words_start_clocks(["Lunch from 12pm"]) == set()  # the title's own text names nothing for itself
    assert words_start_clock(["Fair", "Shuttle bus from 6pm. From 2pm on the green."]) == (14, 0)


# --- an event held about a deadline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "title", "words", "start"),
    [
        ("Library Events", "Workshop: beating the grant application deadline", "Thursday, March 13, 2031, 6:00 PM.",
         "2031-03-13T18:00"),
        ("Campus Events", "Info session – Fulbright application deadline", "March 13, 2031 at 4:00 PM in Hall B.",
         "2031-03-13T16:00"),
        ("Careers Events", "Drop-in clinic – internship application deadline", "March 12, 2031, 2:00 PM, Careers Hub",
         "2031-03-12T14:00"),
        ("Research Office Events", "Webinar: preparing for the NSF proposal deadline", "March 12, 2031, 11:00 AM",
         "2031-03-12T11:00"),
    ],
)  # fmt: skip
def test_an_event_about_a_deadline_is_an_event(channel: str, title: str, words: str, start: str) -> None:
    assert starts(new_york(feed(channel, [(title, None, words)]))) == [start]


@pytest.mark.parametrize(
    "title",
    [
        "Fall scholarship application deadline",
        "Reminder: grant application deadline",
        "Extended: abstract submission deadline",
        "Class of 2031: enrolment deadline",
        "Summer workshop registration deadline",
        "Reminder: property tax payment deadline",
    ],
)
def test_a_deadline_is_still_no_event(title: str) -> None:
    assert deadline_notice(title) is not None
    assert new_york(feed("University Events", [(title, None, "March 15, 2031, 5:00 PM")])) == []


def test_deadline_notice_about() -> None:
    assert deadline_notice("Workshop: beating the grant application deadline") is None
    assert deadline_notice("Q&A – paper submission deadline") is None
    assert deadline_notice("Tips for meeting the registration deadline") is None
    assert deadline_notice("Screening: Deadline") is None  # a film: never one
    assert deadline_notice("Early-bird registration deadline") is not None


# --- "-0000": the feed's wall clock, or Ruby's UTC ----------------------------------------------------------------

RUBY = [
    ("Jazz at the Loft", "Sat, 13 Sep 2031 00:00:00 -0000", "Live jazz. Show starts at 8:00 PM."),
    ("Poetry slam", "Sun, 14 Sep 2031 23:00:00 -0000", "Open mic, starts 7:00 PM."),
    ("Salsa night", "Sat, 20 Sep 2031 01:30:00 -0000", "Dancing begins at 9:30 PM."),
]


def test_rubys_utc_minus_zero_is_read_as_utc_when_the_words_say_so() -> None:
    found = new_york(feed("Brooklyn Loft Events", RUBY, build="Sat, 20 Sep 2031 01:30:00 -0000"))
    assert starts(found) == ["2031-09-12T20:00", "2031-09-14T19:00", "2031-09-19T21:30"]


@pytest.mark.parametrize(
    "words",
    [("Eine Lesung.", "Chor.", "Orgel."), ("Beginn 19:30 Uhr.", "ab 20 Uhr.", "Orgel."),
     ("Beginn 19:30 Uhr, Einlass 20:30.", "Chor.", "Orgel.")],
)  # fmt: skip
def test_a_naive_minus_zero_stays_the_feeds_wall_clock(words: tuple[str, str, str]) -> None:
    pubdates = ("Thu, 20 Mar 2031 19:30:00 -0000", "Fri, 21 Mar 2031 20:00:00 -0000", "Sun, 23 Mar 2031 17:00:00 -0000")
    items = list(zip(("Lesung", "Chorabend", "Orgelkonzert"), pubdates, words, strict=True))
    found = berlin(feed("Kulturverein Events", items, build=pubdates[-1]))
    assert starts(found) == ["2031-03-20T19:30", "2031-03-21T20:00", "2031-03-23T17:00"]


def test_naive_pubdate_with_words() -> None:
    written = "Sat, 13 Sep 2031 00:00:00 -0000"
    assert naive_pubdate(written, NEW_YORK) == dt.datetime(2031, 9, 13, tzinfo=NEW_YORK)
    assert naive_pubdate(written, NEW_YORK, ["Jazz", "Show starts at 8:00 PM."]) is None
    assert naive_pubdate(written, NEW_YORK, ["Jazz", "Midnight show, 8:00 PM dinner, 00:00 doors"]) is not None
    assert naive_pubdate("Sat, 13 Sep 2031 00:00:00 +0000", NEW_YORK, ["8:00 PM"]) is None  # "+0000" is UTC anyway


# --- held: a build time to come, a bullet's place, an ISO range ---------------------------------------------------


def test_a_news_feeds_broken_build_time_reads_no_events() -> None:
    items = [("Council approves budget", "Fri, 31 Jan 2031 09:12:00 +0000", "The council voted on Thursday."),
             ("New bakery opens on High St", "Thu, 30 Jan 2031 14:03:00 +0000", "Queues formed.")]  # fmt: skip
    assert london(feed("Daily Gazette", items, build="Mon, 01 Jan 2099 00:00:00 +0000")) == []


def test_a_programmes_future_build_time_still_dates_its_concerts() -> None:
    items = [("Bach recital", "Thu, 20 Mar 2031 18:00:00 -0000", ""), ("Choir night", "Fri, 21 Mar 2031 20:30:00 -0000", ""),
             ("Organ evening", "Sat, 12 Jul 2031 21:00:00 -0000", "")]  # fmt: skip
    found = read_feed(
        feed("Concerts Events", items, build=items[-1][1]), zone=zoneinfo.ZoneInfo("Europe/Rome"), start=START
    )
    assert starts(found) == ["2031-03-20T18:00", "2031-03-21T20:30", "2031-07-12T21:00"]


@pytest.mark.parametrize(
    ("channel", "title", "words"),
    [
        ("Podcast Events", "Live recording", "Season 3 • 18 Mar 2031<br>Live taping at the Old Vic."),
        ("Community Events blog", "Open studios weekend", "By Anna Smith • 18 Mar<br>Artists open their doors."),
        ("Jobs at the Museum", "Visitor assistant", "Full-time • 18 Mar closing date<br>Salary £24,000."),
    ],
)
def test_a_byline_a_seasons_number_or_a_jobs_terms_before_a_bullet_is_no_place(
    channel: str, title: str, words: str
) -> None:
    found = london(feed(channel, [(title, "Tue, 18 Mar 2031 12:00:00 +0000", words)]))
    assert [event["venue_name"] for event in found] in ([], [None])


def test_a_bullets_place_and_an_iso_range_held() -> None:
    rome = zoneinfo.ZoneInfo("Europe/Rome")
    opera = feed(
        "Veneto Events", [("La Traviata", "Wed, 18 Mar 2031 20:00:00 +0100", "Teatro Goldoni • 18 Mar<br>Opera.")]
    )
    assert one_event(read_feed(opera, zone=rome, start=START))["venue_name"] == "Teatro Goldoni"
    congress = feed("Conference calendar Events", [("EuroPython 2031", None, "Date: 2031-06-12 to 2031-06-14, Berlin")])
    event = one_event(berlin(congress))
    assert (str(event["start"])[:10], str(event["end"])[:10]) == ("2031-06-12", "2031-06-14")
