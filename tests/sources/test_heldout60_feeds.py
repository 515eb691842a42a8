"""The sixtieth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout60.json: eight feeds from five
projects that generate or test event feeds -- a liquor store's events, New Orleans' OffBeat calendar re-published
with "Starts:"/"Ends:" lines, a scraper's Eventbrite test feed, a Western Icelandic "news and events" feed, a Greek
tech-meetup aggregator's events feed and its Greek news feed, a conference tracker's WikiCFP and arXiv fixtures --
all measured only, no repository states a licence; measured once before these rules: found 35/36, fields 118/136,
extra 3), on small documents of our own. What the first measure missed:

- a start and an end written in ISO notation after their labels in the description ("Starts:
  2026-06-20T11:00:00.000-04:00", "Ends: …"), in an item whose prose goes on with a list of other days ("Dates:
  -Saturday, September 20 -Saturday, October 18"): the prose's days were read, and no "Ends:" was ever the end. A
  start's label before an ISO date now gives the item's start, an end's label its end (``_feed_labelled_iso``);
- a title opening with its day in brackets ("[21 Oct] CityJS Athens Warmup-Meetup") over a description that
  writes the date with its time ("When: Wednesday 21 October 2026, 18:00"): the title's day was read all day, and
  the brackets stayed in the name. The day the title gives, restated in the description with a clock, is read at
  that clock, and a bracketed day that is the start's leaves the title (``_feed_bracket_day``);
- two calls for papers read on their submission deadlines written in ISO notation ("Deadline: 2026-10-01.",
  "Call for papers, deadline 2026-11-15."): a deadline's words before an ISO date now keep it from being read, as
  they did before a date in words (``_feed_iso``, ``_feed_not_event_dates.deadline_date``).

What is NOT changed: an ISO date after another label ("Updated:"), an end's label alone; a description whose
first date is another day; brackets holding more than a day; a deadline's date in an item that names its event's
own day (the event is read). Left: a report's past day in a news and events feed ("August 1 was a beautiful, sunny
day", within six weeks of the fetch: held for a moderator, as a recap is), a walk's hour in the sentence after its
date ("on Saturday, September 12 … The walk begins at 10 a.m."), and places written only in prose ("at the
Assiniboine Park Duck Pond").
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from tests.sources.helpers import one_event as one
from tests.sources.helpers import read_feed

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
ATHENS = zoneinfo.ZoneInfo("Europe/Athens")
UTC = zoneinfo.ZoneInfo("UTC")


def feed(*items: tuple[str, str, str]) -> str:
    """An RSS feed of items, each a title, a pubDate and an (escaped) description."""
    body = "".join(
        f"<item><title>{title}</title><link>https://listings.example.org/{number}</link>"
        f"<pubDate>{published}</pubDate><description>{text}</description></item>"
        for number, (title, published, text) in enumerate(items, 1)
    )
    return (
        '<rss version="2.0"><channel><title>All Events Calendar</title><link>https://listings.example.org/</link>'
        f"<description>Unofficial feed of the calendar</description>{body}</channel></rss>"
    )


# --- a start's and an end's label before ISO dates ------------------------------------------------------------------
def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=CHICAGO)


def instants(event: dict) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The event's start and end as instants (the feed writes them with the calendar's own offset)."""
    return tuple(dt.datetime.fromisoformat(event[key]) if event[key] else None for key in ("start", "end"))  # type: ignore[return-value]


read_calendar = functools.partial(read_feed, zone=CHICAGO, start=dt.datetime(2031, 6, 19, 4, 0, tzinfo=CHICAGO))

SERIES_LIST = "Time: 10 am - 11 am Dates: -Saturday, September 20 -Saturday, October 18 -Saturday, November 15"


def test_a_start_and_an_end_after_their_labels_outrank_the_days_the_prose_lists() -> None:
    text = (
        "Venue: Harbor Crab\nStarts: 2031-06-21T11:00:00.000-04:00\nEnds: 2031-06-21T12:00:00.000-04:00\nCategories: "
        f"Dance\nMore info: https://dance.example.org/\n\nFree monthly line dance class on the patio. {SERIES_LIST}"
    )
    event = one(read_calendar(feed(("Line dance on the patio", "Thu, 18 Sep 2030 17:21:24 -0400", text))))
    assert instants(event) == (at(2031, 6, 21, 10), at(2031, 6, 21, 11))  # 11:00-04:00 is 10 am in Chicago
    assert event["venue_name"] == "Harbor Crab"


def test_an_end_label_after_a_start_label_is_the_end() -> None:
    text = "Venue: The Apothecary\nStarts: 2031-06-21T21:00:00.000-04:00\nEnds: 2031-06-21T23:00:00.000-04:00\n\n$10"
    event = one(read_calendar(feed(("Improv night", "Fri, 16 Jan 2031 15:16:02 -0500", text))))
    assert instants(event) == (at(2031, 6, 21, 20), at(2031, 6, 21, 22))


def test_another_label_before_an_iso_date_or_an_end_label_alone_gives_no_start() -> None:
    updated = "Updated: 2031-05-01T10:00:00Z. The concert is on June 21, 2031 at 8 pm at the bandshell."
    ended = "Ends: 2031-07-01. The concert is on June 21, 2031 at 8 pm at the bandshell."
    for text in (updated, ended):
        event = one(read_calendar(feed(("Bandshell concert", "Thu, 01 May 2031 10:00:00 -0500", text))))
        assert event["start"] == "2031-06-21T20:00:00-05:00"


# --- a day in brackets opening a title, restated with a clock -------------------------------------------------------
read_meetups = functools.partial(read_feed, zone=ATHENS, start=dt.datetime(2031, 10, 8, 21, 0, tzinfo=ATHENS))


def meetup(title: str, when: str, where: str = "Harbour Hub, 1 Pier Street, Athens") -> str:
    text = f"&lt;p&gt;&lt;b&gt;When:&lt;/b&gt; {when}&lt;br&gt;&lt;b&gt;Where:&lt;/b&gt; {where}&lt;/p&gt;"
    return feed((title, "Wed, 08 Oct 2031 10:58:00 +0000", text))


def test_a_bracketed_day_restated_with_its_clock_is_read_at_that_clock_and_leaves_the_title() -> None:
    event = one(read_meetups(meetup("[21 Oct] CityJS Warmup", "Tuesday 21 October 2031, 18:00")))
    assert event["start"] == "2031-10-21T18:00:00+03:00"
    assert (event["title"], event["source_title"]) == ("CityJS Warmup", "[21 Oct] CityJS Warmup")


def test_a_description_naming_another_day_leaves_the_bracketed_day_all_day() -> None:
    event = one(read_meetups(meetup("[21 Oct] CityJS Warmup", "see the poster of Friday 17 October 2031, 18:00")))
    assert event["start"] == "2031-10-21"


def test_brackets_holding_more_than_a_day_stay_in_the_title() -> None:
    event = one(read_meetups(meetup("[21 Oct, Athens] CityJS Warmup", "Tuesday 21 October 2031, 18:00")))
    assert event["title"] == "[21 Oct, Athens] CityJS Warmup"
    assert event["start"] == "2031-10-21T18:00:00+03:00"


def test_an_ordinary_meetup_is_read_as_before() -> None:
    event = one(read_meetups(meetup("Jazz night", "Friday 14 November 2031, 20:00")))
    assert (event["title"], event["start"]) == ("Jazz night", "2031-11-14T20:00:00+02:00")


# --- a deadline before an ISO date ----------------------------------------------------------------------------------
read_calls = functools.partial(read_feed, zone=UTC, start=dt.datetime(2031, 7, 12, 12, 0, tzinfo=UTC))


def test_a_call_for_papers_is_not_read_on_its_iso_deadline() -> None:
    calls = feed(
        ("AAMAS 2032 : Autonomous Agents", "Sat, 12 Jul 2031 00:00:00 GMT", "Call for papers. Deadline: 2031-10-01."),
        ("Digital Twins Workshop", "Sat, 12 Jul 2031 02:00:00 GMT", "Call for papers, deadline 2031-11-15."),
    )
    assert read_calls(calls) == []


def test_a_deadline_before_the_race_day_leaves_the_race() -> None:
    text = "Registration deadline: 2031-10-01. The race is on 2031-10-10 at the lakefront."
    event = one(read_calls(feed(("Lakefront 10K", "Sat, 12 Jul 2031 00:00:00 GMT", text))))
    assert event["start"] == "2031-10-10"


def test_an_iso_date_in_a_title_is_read_as_before() -> None:
    event = one(read_calls(feed(("Climb 2031-08-09T10:00", "Sat, 12 Jul 2031 00:00:00 GMT", "Meet at the gym."))))
    assert event["start"] == "2031-08-09T10:00:00+00:00"
