"""Review 39: the rules of held-out batches apis70 and feeds65, probed both ways (docs/real-world-sources-log.md,
"### review39"). Each probe that found something is a test here, on documents of our own.

- ``_feed_release_series``: a league's "Week 1 — Bears at Packers", a festival's "Part 2 of our festival: the
  parade", a show's "Episode 3 live taping" were taken for a course's releases and refused whole: a numbered part
  whose words name a match, a place or a happening is an event. A podcast's "Episode 12: The quiet year" is still
  a release.
- ``_feed_clock_pubdate``: a live blog's update "10:15 AM - Fed holds rates steady" under a pubDate of 10:15 was
  read as an event: after one clock alone nothing may follow (a room only after a range). Now read: a range with
  "to", a room in brackets.
- ``_feed_overview_title``: an overview's day under "Wann?" or "Date & Time" was named by that label; a heading with
  a year ("Jahreshauptversammlung 2031") named nothing.
- ``_json_slug_names``: a presenter's, a host's, a layout's slug beside a titled slot named the items.
- ``_json_date_titles``: "Tonight", "Tomorrow", "TBA" under a date's title key were titles.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from sources.adapters._feed_clock_pubdate import opening_clock_when
from sources.adapters._feed_release_series import release_series
from sources.adapters._json_date_titles import date_label
from sources.adapters._json_shapes import Column
from sources.adapters._json_slug_names import slug_name_column
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed, wall_time

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_ny = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 8, 1, 7, 0, tzinfo=NEW_YORK))
read_berlin = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 3, 1, 12, 0, tzinfo=BERLIN))
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 4, 30, tzinfo=NEW_YORK), end=dt.datetime(2031, 7, 30, tzinfo=NEW_YORK)),
    zone=NEW_YORK,
)


def rss(items: str, *, title: str, link: str = "https://club.example.org/schedule") -> str:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>{link}</link>'
        f"<description>What is on</description>{items}</channel></rss>"
    )


def item(title: str, published: str, description: str = "", link: str | None = None) -> str:
    address = f"<link>{link}</link>" if link else ""
    return (
        f"<item><title>{title}</title>{address}<description>{description}</description>"
        f"<pubDate>{published}</pubDate></item>"
    )


def titled(*titles: str) -> list[dict[str, str]]:
    return [{"title": title} for title in titles]


# --- a series' numbered parts that take place ----------------------------------------------------------------------
GAMES = [
    ("Week 1 — Bears at Packers", "Sun, 07 Sep 2031 13:00:00 -0400"),
    ("Week 2 — Packers at Lions", "Sun, 14 Sep 2031 16:25:00 -0400"),
    ("Week 3 — Vikings at Packers", "Sun, 21 Sep 2031 20:20:00 -0400"),
    ("Week 4 — Packers vs Giants", "Sun, 28 Sep 2031 13:00:00 -0400"),
    ("Week 5 — Rams at Packers", "Sun, 05 Oct 2031 16:05:00 -0400"),
]


def test_a_leagues_weeks_dated_by_pubdate_are_games_not_releases() -> None:
    feed = rss("".join(item(title, at, "Kickoff at the stadium") for title, at in GAMES), title="Packers 2031 Schedule")
    read = [(event["title"], wall_time(event["start"])) for event in read_ny(feed)]
    assert read[:2] == [
        ("Week 1 — Bears at Packers", "2031-09-07T13:00:00"),
        ("Week 2 — Packers at Lions", "2031-09-14T16:25:00"),
    ]
    assert len(read) == 5


@pytest.mark.parametrize(
    "titles",
    [
        ["Part 1 of our festival: opening night", "Part 2 of our festival: the parade", "Part 3 of our festival: fireworks",
         "Part 4 of our festival: closing concert"],
        ["Episode 3 live taping", "Episode 4 live taping", "Episode 5 live taping", "Episode 6 live taping"],
        ["Week 1: Bears at Packers", "Week 1: Lions at Rams", "Week 1: Jets vs Bills", "Week 1: Giants @ Eagles"],
        ["Week 1 Orientation BBQ", "Week 2 Pub Quiz Night", "Week 3 Karaoke", "Week 4 Games Night"],
        ["Woche 1 – Probe im Gemeindehaus", "Woche 2 – Probe", "Woche 3 – Konzert", "Woche 4 – Sommerfest"],
    ],
)  # fmt: skip
def test_numbered_parts_that_name_a_happening_are_no_release_series(titles: list[str]) -> None:
    assert not release_series(titled(*titles))


def test_a_festivals_numbered_parts_and_a_shows_tapings_are_read_from_their_pubdates() -> None:
    tapings = [(f"Episode {n} live taping", f"Thu, {day:02d} Sep 2031 19:30:00 -0400") for n, day in ((3, 4), (4, 11), (5, 18), (6, 25))]  # fmt: skip
    feed = rss(
        "".join(item(title, at, "Join the studio audience") for title, at in tapings), title="Night Owls Live Events"
    )
    assert [wall_time(event["start"]) for event in read_ny(feed)][:1] == ["2031-09-04T19:30:00"]


def test_a_podcasts_and_a_courses_numbered_parts_are_still_releases() -> None:
    assert release_series(titled("Episode 12: The quiet year", "Episode 13: On rivers", "Episode 14: Maps", "Episode 15: Letters"))  # fmt: skip
    assert release_series(titled("Lesson 2: Mana motuhake", "Week 1 — How AI actually works", "Week 2 — Bias & deepfakes", "Module 01 — The power to transcend paradigms"))  # fmt: skip
    episodes = [(f"Episode {n}: the quiet year", f"Thu, {day:02d} Sep 2031 06:00:00 -0400") for n, day in ((3, 4), (4, 11), (5, 18), (6, 25))]  # fmt: skip
    feed = rss("".join(item(title, at, "A new episode") for title, at in episodes), title="Night Owls Podcast Events")
    assert read_ny(feed) == []


class CountingEntry(Mapping[str, Any]):
    """An item whose title is counted each time it is read."""

    reads = 0

    def __init__(self, title: str) -> None:
        self.title = title

    def __getitem__(self, key: str) -> Any:
        if key != "title":
            raise KeyError(key)
        CountingEntry.reads += 1
        return self.title

    def __iter__(self) -> Iterator[str]:
        return iter(["title"])

    def __len__(self) -> int:
        return 1


def test_a_huge_feed_of_long_serial_titles_reads_each_title_once() -> None:
    CountingEntry.reads = 0
    entries = [CountingEntry("Lesson 1 " + "a" * 100_000) for _ in range(2_000)]
    assert release_series(entries)
    assert CountingEntry.reads == 2_000
    assert not release_series([CountingEntry("Lesson 1 " + "x " * 50 + "at the hall " + "y" * 100_000)] * 4)


# --- one clock then words is an update's headline ----------------------------------------------------------------
PUBLISHED = dt.datetime(2031, 10, 1, 10, 15, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    "text",
    ["10:15 AM - Fed holds rates steady", "10:15 AM — Markets open lower", "10:15 | Breaking news from the floor",
     "10:15 AM – Q&A with the mayor", "10:15, Paris"],
)  # fmt: skip
def test_one_clock_followed_by_words_is_no_event(text: str) -> None:
    assert opening_clock_when(text, PUBLISHED, NEW_YORK) is None


def test_a_live_blogs_updates_are_not_read_as_events() -> None:
    updates = "".join(
        item(f"Update {n}", f"Mon, 01 Sep 2031 10:{15 + n}:00 -0400", f"10:{15 + n} AM - Fed holds rates steady",
             f"https://news.example.org/live#u{n}")
        for n in range(3)
    )  # fmt: skip
    assert (
        read_feed(
            rss(updates, title="Live: markets"), zone=NEW_YORK, start=dt.datetime(2031, 9, 1, 7, 0, tzinfo=NEW_YORK)
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "end"),
    [("10:15 AM to 11:00 AM", (11, 0)), ("10:15 AM - 11:30 AM (Board Room)", (11, 30)),
     ("10:15 AM until 12:00 PM", (12, 0)), ("10:15 AM - 11:00 AM, Room 4", (11, 0)), ("10:15 AM", None)],
)  # fmt: skip
def test_a_range_with_to_or_a_room_in_brackets_is_read(text: str, end: tuple[int, int] | None) -> None:
    when = opening_clock_when(text, PUBLISHED, NEW_YORK)
    assert when is not None
    assert when.start == PUBLISHED
    ends = None if when.end is None else (when.end.hour, when.end.minute)
    assert ends == end


# --- an overview's heading: a label is no name, a year beside a name is -------------------------------------------
def overview(body: str, *, title: str = "Jahresprogramm") -> str:
    escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return rss(
        item(title, "Sat, 01 Mar 2031 00:00:00 +0100", escaped, "https://club.example.org/termine/jahresprogramm/"),
        title="Termine",
        link="https://club.example.org/termine/",
    )


@pytest.mark.parametrize(
    "label",
    ["Wann?", "Datum:", "Date &amp; Time", "Datum und Uhrzeit", "When"],
)
def test_a_label_over_the_day_names_nothing(label: str) -> None:
    body = f"<h3>{label}</h3><p>Donnerstag, 10.04.2031, 19:00 Uhr</p><h3>Wo?</h3><p>Vereinsheim</p>"
    assert [event["title"] for event in read_berlin(overview(body))] == ["Jahresprogramm"]


def test_a_heading_with_a_year_beside_the_name_names_the_event() -> None:
    body = "<h3>Jahreshauptversammlung 2031</h3><p>Donnerstag, 10.04.2031, 19:00 Uhr</p>"
    assert [event["title"] for event in read_berlin(overview(body))] == ["Jahreshauptversammlung 2031"]
    dated = "<h3>10. April – Jahreshauptversammlung</h3><p>Donnerstag, 10.04.2031, 19:00 Uhr</p>"
    assert [event["title"] for event in read_berlin(overview(dated))] == ["Jahresprogramm"]  # a day in it: no name


def test_an_overview_body_of_many_headings_is_read_to_its_cap() -> None:
    body = "<h3>Vorstand</h3>" * 5_000 + "<h3>Sommerfest</h3><p>Donnerstag, 10.04.2031, 19:00 Uhr</p>"
    assert all(event["title"] != "Sommerfest" for event in read_berlin(overview(body)))


# --- slugs that are no item's name -------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["presenter", "host", "handle", "organizer", "sponsor", "layout", "template", "region"])
def test_a_persons_or_a_layouts_slug_is_no_name(key: str) -> None:
    assert not slug_name_column(Column(key, ["ada-lovelace-king", "grace-hopper-smith", None]))
    assert slug_name_column(Column("talk", ["ada-lovelace-king", "grace-hopper-smith", None]))


def test_a_presenters_slug_beside_titled_slots_names_no_talk() -> None:
    slots = [{"title": "Opening Remarks", "start": "2031-05-10T09:00:00", "room": "Main Hall"}] + [
        {"presenter": slug, "start": f"2031-05-10T{10 + n}:00:00", "room": "Main Hall"}
        for n, slug in enumerate(
            ["ada-lovelace-king", "grace-hopper-smith", "alan-turing-jones", "edsger-dijkstra-lee"]
        )
    ]
    assert all(event["title"] != "ada lovelace king" for event in events({"schedule": slots}))


# --- a date's labels: "Tonight", "TBA" ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "labels",
    [["Tonight", "Tomorrow", "Sat, Feb 14"], ["TBA", "Feb 14"], ["Heute", "Morgen"], ["TBD", "TBA"]],
)
def test_relative_days_and_untold_dates_are_date_labels(labels: list[str]) -> None:
    assert date_label(Column("datesFormatted.dateTitle", labels))


@pytest.mark.parametrize(
    "labels",
    [["Tonight Show Live", "Feb 14"], ["Tomorrowland", "Feb 14"], ["TBA Showcase", "Feb 14"]],
)
def test_a_name_beside_a_relative_day_is_no_date_label(labels: list[str]) -> None:
    assert not date_label(Column("datesFormatted.dateTitle", labels))


def test_a_ticketing_answer_labelled_tonight_is_titled_by_its_name() -> None:
    def show(name: str, label: str, day: int) -> dict[str, Any]:
        return {"id": f"ev{day}", "name": name, "url": f"https://tickets.example.org/event/ev{day}",
                "datesFormatted": {"dateTitle": label, "dateSubTitle": "Thu 7:00p",
                                   "venueDateTime": f"2031-05-{day:02d}T19:00:00-04:00"}}  # fmt: skip

    read = events({"events": [show("The Lanterns", "Tonight", 14), show("Quiet Rivers", "Tomorrow", 15), show("Low Tide", "TBA", 16)]})  # fmt: skip
    assert sorted(str(event["title"]) for event in read) == ["Low Tide", "Quiet Rivers", "The Lanterns"]


# --- a GMT midnight the markup restates in UTC stays a day ----------------------------------------------------------
def engage(body: str) -> str:
    item = (
        "<item><title>BFA!</title><link>https://campus.example.edu/event/1</link>"
        f"<description><![CDATA[{body}]]></description><pubDate>Sat, 04 Oct 2031 17:17:05 GMT</pubDate>"
        '<start xmlns="events">Sat, 04 Oct 2031 00:00:00 GMT</start>'
        '<end xmlns="events">Sun, 05 Oct 2031 00:00:00 GMT</end></item>'
    )
    return rss(item, title="Campus Public Events", link="https://campus.example.edu/events")


read_campus = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 9, 30, 7, 0, tzinfo=NEW_YORK))


@pytest.mark.parametrize("written", ["2031-10-04T00:00:00Z", "2031-10-04T00:00:00+00:00"])
def test_a_markup_in_utc_restates_the_midnight_as_a_day(written: str) -> None:
    (event,) = read_campus(engage(f'<p><time datetime="{written}">Saturday</time></p>'))
    assert (event["start"], event["all_day"]) == ("2031-10-04", True)


@pytest.mark.parametrize("written", ["2031-10-03T20:00-04:00", "2031-10-03T20:00:00"])
def test_a_markup_in_local_time_still_gives_the_instant(written: str) -> None:
    (event,) = read_campus(engage(f'<p><time datetime="{written}">Friday 8 pm</time></p>'))
    assert (wall_time(event["start"]), event["all_day"]) == ("2031-10-03T20:00:00", False)
