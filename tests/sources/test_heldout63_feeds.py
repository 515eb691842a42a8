"""The sixty-third held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout63.json: five feeds from five
projects -- a generated Veneto concerts RSS, a conference calendar's RSS (CC BY 4.0, committed), a university's Campus
Labs Engage RSS, an online tournament community's hand-written RSS, and a poker-news fixture, the hard negative;
measured once before these rules: found 18/26, fields 83.3%, extra 3), on small documents of our own. What the first
measure missed:

- a feed written by feedgenerator/Django puts the LATEST item's pubDate in lastBuildDate (29 Oct 2027 on a feed read
  in September 2026): compared with it no pubDate was later than the build, and eight of twelve concerts had no date.
  A build time over a week after the fetch is now no build time (``_feed_build_time``); a sure programme then dates an item of a
  feed without one (``_feed_dates.scheduled_when``, ``item_dates``);
- its pubDates write a naive local time as "-0000" ("Thu, 17 Sep 2026 18:00:00 -0000" for 18:00 in Venice): now read
  in the feed's zone (``_feed_naive_pubdate``), "00:00:00 -0000" as the day;
- the venue before a bullet and the dates ("Sale Apollinee • Sep: 17, 17"): now the place (``_feed_bullet_place``);
- a conference's "Date: 2016-11-13 to 2016-11-16": the end after "to" is now read (``_feed_iso_range``);
- "Abstract extended submission deadline" items were read as events: a title ending in what is due and "deadline" is
  now set aside (``_feed_calls.deadline_notice``).

Also fixed (feeds62's miss): a day read at a scheduled pubDate's clock now takes the start clock the item's own words
state ("From 2pm", "Doors 7:30pm") when it differs (``_feed_words_clock``, ``_feed_scheduled_clock``).

What is NOT changed: a build time before the fetch; "+0000"/"GMT" pubDates (UTC); a bullet before anything but a
date; a title that is "Deadline" or a name with it ("The Deadline", "Deadline Festival"); a start word's clock that
starts a sale ("Tickets from 5pm"); two start clocks of which the pubDate's is one ("Doors 7pm, show 8pm").
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._feed_build_time import fetched_build
from sources.adapters._feed_bullet_place import bullet_place
from sources.adapters._feed_calls import deadline_notice
from sources.adapters._feed_naive_pubdate import naive_pubdate
from sources.adapters._feed_scheduled_clock import at_scheduled_clock
from sources.adapters._feed_when import make_when
from sources.adapters._feed_words_clock import words_start_clock, words_start_clocks
from tests.sources.helpers import one_event as one
from tests.sources.helpers import read_feed

ROME = zoneinfo.ZoneInfo("Europe/Rome")
SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")

read_rome = functools.partial(read_feed, zone=ROME, start=dt.datetime(2031, 9, 15, 12, 0, tzinfo=ROME))
read_seattle = functools.partial(read_feed, zone=SEATTLE, start=dt.datetime(2031, 9, 1, 9, 0, tzinfo=SEATTLE))


def concerts_feed(items: list[tuple[str, str, str]], *, built: str = "Fri, 29 Oct 2032 00:00:00 -0000") -> str:
    """A generated concerts RSS (feedgenerator's shape): (title, "Venue • dates" line, pubDate) per item."""
    body = "".join(
        f"<item><title>{title}</title><link>https://concerts.example.org/event/{index}/</link>"
        f"<description>{line}\nSeason — Concerts</description><pubDate>{published}</pubDate>"
        f"<guid>https://concerts.example.org/event/{index}/</guid></item>"
        for index, (title, line, published) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lagoon Events</title>'
        f"<link>https://concerts.example.org/</link><description>Concerts in town.</description>"
        f"<lastBuildDate>{built}</lastBuildDate>{body}</channel></rss>"
    )


PROGRAMME = [
    ("String Quartet", "Sala Grande • Sep: 18, 18, 20", "Thu, 18 Sep 2031 00:00:00 -0000"),
    ("Festival Presentation", "Palazzetto • 19 Sep", "Fri, 19 Sep 2031 18:00:00 -0000"),
    ("Piano Recital", "Teatro Piccolo • 22 Sep", "Mon, 22 Sep 2031 20:30:00 -0000"),
    ("Opera Gala", "Sala Grande • Sep: 25, 27", "Thu, 25 Sep 2031 00:00:00 -0000"),
]


# --- a build time still to come, a "-0000" pubDate, a venue before a bullet -----------------------------------------
def test_a_programme_with_a_build_time_still_to_come_is_read() -> None:
    events = {event["title"]: event for event in read_rome(concerts_feed(PROGRAMME))}
    assert set(events) == {"String Quartet", "Festival Presentation", "Piano Recital", "Opera Gala"}
    assert (events["String Quartet"]["start"], events["String Quartet"]["all_day"]) == ("2031-09-18", True)
    assert events["Festival Presentation"]["start"] == "2031-09-19T18:00:00+02:00"  # "-0000": the wall clock in Rome
    assert events["Piano Recital"]["start"] == "2031-09-22T20:30:00+02:00"
    assert events["Opera Gala"]["venue_name"] == "Sala Grande"


def test_a_utc_pubdate_stays_utc() -> None:
    items = [(title, line, published.replace("-0000", "+0000")) for title, line, published in PROGRAMME]
    events = {event["title"]: event for event in read_rome(concerts_feed(items))}
    assert events["Festival Presentation"]["start"] == "2031-09-19T20:00:00+02:00"


def test_a_build_time_before_the_fetch_still_makes_pubdates_publications() -> None:
    # Built after the items' pubDates and before the fetch: a blog's publications, not a programme.
    items = [(title, "A note from the team.", published.replace("2031", "2030")) for title, _, published in PROGRAMME]
    built = "Mon, 01 Sep 2031 00:00:00 +0000"
    assert read_rome(concerts_feed(items, built=built)) == []


def test_fetched_build() -> None:
    now = dt.datetime(2031, 9, 15, 12, 0, tzinfo=dt.UTC)
    assert fetched_build(now - dt.timedelta(days=2), now) == now - dt.timedelta(days=2)
    assert fetched_build(now + dt.timedelta(hours=3), now) == now + dt.timedelta(hours=3)  # a clock a little off
    assert fetched_build(now + dt.timedelta(days=3), now) == now + dt.timedelta(days=3)  # a window's offset
    assert fetched_build(now + dt.timedelta(days=400), now) is None
    assert fetched_build(None, now) is None


def test_naive_pubdate() -> None:
    assert naive_pubdate("Fri, 19 Sep 2031 18:00:00 -0000", ROME) == dt.datetime(2031, 9, 19, 18, 0, tzinfo=ROME)
    assert naive_pubdate("Fri, 19 Sep 2031 18:00:00 +0000", ROME) is None
    assert naive_pubdate("Fri, 19 Sep 2031 18:00:00 GMT", ROME) is None
    assert naive_pubdate("Fri, 19 Sep 2031 18:00:00 -0000", None) is None
    assert naive_pubdate("not a date -0000", ROME) is None
    assert naive_pubdate(None, ROME) is None


def test_bullet_place() -> None:
    assert bullet_place("Sale Apollinee • Sep: 17, 17\nLa Fenice") == "Sale Apollinee"
    assert bullet_place("Palazzetto Bru Zane • 17 Sep<br/>Concert — Bru Zane") == "Palazzetto Bru Zane"
    assert bullet_place("Stadthalle · 3. Oktober") == "Stadthalle"
    assert bullet_place("Jazz • Blues • Soul") is None
    assert bullet_place("Free entry • All ages welcome") is None
    assert bullet_place("Doors at 7.\nMain Hall • 17 Sep") is None  # only the first line
    assert bullet_place("2031 • Sep 17") is None
    assert bullet_place(None) is None


# --- a range of ISO days ------------------------------------------------------------------------------------------
def conference_feed(date_line: str, title: str = "Copper Conference 2031") -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Conference Events</title>'
        "<link>https://conf.example.org/</link><item>"
        f"<title>{title}</title><link>https://conf.example.org/copper-2031</link>"
        f"<description>{date_line}\nStatus: Confirmed\nLocation: Harbour Congress Centre, Kobe</description>"
        "<guid>copper-2031</guid></item></channel></rss>"
    )


def test_an_iso_range_reads_its_end() -> None:
    event = one(read_rome(conference_feed("Date: 2031-11-13 to 2031-11-16")))
    assert (event["start"], event["end"]) == ("2031-11-13", "2031-11-16")


def test_an_iso_range_with_a_dash_reads_its_end() -> None:
    event = one(read_rome(conference_feed("Date: 2031-11-13 – 2031-11-16")))
    assert event["end"] == "2031-11-16"


def test_a_second_iso_date_further_on_is_no_end() -> None:
    event = one(read_rome(conference_feed("Date: 2031-11-13. Next meeting 2031-12-10.")))
    assert (event["start"], event["end"]) == ("2031-11-13", None)


def test_an_iso_end_before_its_start_is_no_end() -> None:
    event = one(read_rome(conference_feed("Date: 2031-11-13 to 2031-11-10")))
    assert event["end"] is None


# --- a submission deadline is no event ---------------------------------------------------------------------------
def test_a_submission_deadline_item_is_no_event() -> None:
    title = "Copper Conference: Abstract extended submission deadline"
    assert read_rome(conference_feed("Date: 2031-11-13\nKind: abstract deadline", title=title)) == []


def test_deadline_notice() -> None:
    assert deadline_notice("Copper Conference: Final manuscript submission deadline")
    assert deadline_notice("Early-bird registration deadline")
    assert deadline_notice("Grant application deadline (extended)")
    assert deadline_notice("The Deadline") is None  # a film
    assert deadline_notice("Deadline Festival") is None
    assert deadline_notice("Deadline") is None
    assert deadline_notice("Workshop: finish before the deadline and meet the editors") is None
    assert deadline_notice(None) is None


# --- the words' start clock over a scheduled pubDate's clock (feeds62's miss) ----------------------------------
def club_feed(title: str, published: str, description: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Sailing Club upcoming events</title>'
        "<link>https://club.example.org/calendar</link><lastBuildDate>Mon, 01 Sep 2031 12:00:00 GMT</lastBuildDate>"
        f"<item><pubDate>{published}</pubDate><title>{title}</title><description>{description}</description>"
        "<link>https://club.example.org/event-6070097</link><guid>https://club.example.org/event-6070097</guid>"
        "</item></channel></rss>"
    )


@pytest.mark.parametrize(
    ("published", "words", "start"),
    [
        ("Sun, 14 Sep 2031 02:00:00 GMT", "From 2pm on the quay, all welcome.", "2031-09-13T14:00:00-07:00"),
        ("Sun, 14 Sep 2031 02:00:00 GMT", "Doors 7:30pm. Teams of four.", "2031-09-13T19:30:00-07:00"),
        # no start clock in the words ("Tickets from 5pm" starts a sale): the pubDate's 7 pm
        ("Sun, 14 Sep 2031 02:00:00 GMT", "Tickets from 5pm at the office.", "2031-09-13T19:00:00-07:00"),
        # two start clocks, the pubDate's 8 pm one of them: kept
        ("Sun, 14 Sep 2031 03:00:00 GMT", "Doors 7pm, starts 8pm.", "2031-09-13T20:00:00-07:00"),
    ],
)
def test_the_words_start_clock_against_a_scheduled_pubdate(published: str, words: str, start: str) -> None:
    assert one(read_seattle(club_feed("Open Day (13 Sep 2031)", published, words)))["start"] == start


def test_words_start_clocks() -> None:
    assert words_start_clocks(["From 2pm until 5pm"]) == {(14, 0)}
    assert words_start_clocks(["Join us from 2pm-5pm"]) == {(14, 0)}
    assert words_start_clocks(["Doors open at 19:00"]) == {(19, 0)}
    assert words_start_clocks(["Beginn ab 20 Uhr"]) == {(20, 0)}
    assert words_start_clocks(["Tickets from 5pm", "Bar open from 6pm", "Check-in from 9am"]) == set()
    assert words_start_clocks(["from 2031 onwards", "Open from 10 to 4"]) == set()
    assert words_start_clock(["Doors 7pm, show starts 8pm"]) is None  # two: which cannot be told
    assert words_start_clock([None, ""]) is None


def test_at_scheduled_clock_with_words() -> None:
    day = make_when(dt.date(2031, 9, 13), None, zone=SEATTLE, exclusive_end=False)
    evening = make_when(dt.datetime(2031, 9, 13, 19, 0, tzinfo=SEATTLE), None, zone=SEATTLE, exclusive_end=False)
    assert at_scheduled_clock(day, evening, ["From 2pm"]).start == dt.datetime(2031, 9, 13, 14, 0, tzinfo=SEATTLE)
    assert at_scheduled_clock(day, evening, ["From 7pm"]).start == evening.start
    assert at_scheduled_clock(day, evening, ["A day on the water."]).start == evening.start
    assert at_scheduled_clock(day, None, ["From 2pm"]) is day  # no scheduled pubDate: the words' own readers' case
