"""Feeds helper 78 (issue #13): the seventy-eighth held-out batch, feeds (bench/corpus/feeds/manifest-heldout78.json),
on small documents of our own.

Batch 78's misses, each mended by a shape other documents share:

- a county's calendar RSS links each item by a path on its site ("/en/calendar/…"): read on the channel link's site
  (``_feed_relative_links``);
- a data community's events XML writes its days every which way ("28-May-2031", "01-Sept-2031", "Dec 4, 2031"), a
  catalogue's month ("Jan-2031") and a "TBD 2031" among them (``_json_month_name_days``);
- an archery club's tournaments dated by numeric runs in one field ("1/18-1/19/31", "2/01/31-2/02.31")
  (``_json_day_runs``);
- a society's meetings timed by a clock range in one field, the meridiem once at the end ("7:30-9:00pm")
  (``_json_clock_spans``).

The three rewrites run before a JSON or XML document is inferred (``_json_written_spans`` from
``_json_pattern_rules``). Hard negatives beside each: what looks like the shape but is not the record's day or hours.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_relative_links import site_path_url
from sources.adapters._json_clock_spans import clock_range, clock_span
from sources.adapters._json_day_runs import day_run, numeric_run
from sources.adapters._json_month_name_days import hyphen_day, month_name_days, no_day
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import json_events, one_event, read_feed, wall_time

TAMPA = zoneinfo.ZoneInfo("America/New_York")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
DUBLIN = zoneinfo.ZoneInfo("Europe/Dublin")
read_tampa = functools.partial(read_feed, zone=TAMPA, start=dt.datetime(2031, 9, 20, 9, 0, tzinfo=TAMPA))
read_chicago = functools.partial(read_feed, zone=CHICAGO, start=dt.datetime(2031, 1, 5, 9, 0, tzinfo=CHICAGO))
read_dublin = functools.partial(read_feed, zone=DUBLIN, start=dt.datetime(2031, 5, 1, 9, 0, tzinfo=DUBLIN))
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 5, tzinfo=CHICAGO), end=dt.datetime(2032, 1, 4, tzinfo=CHICAGO))
api_events = functools.partial(json_events, window=WINDOW, zone=CHICAGO)


def county_feed(
    *links: str, site: str = "https://county.example.gov/calendar", channel: str = "County Calendar"
) -> str:
    items = "".join(
        f"<item><title>Board Meeting {n}</title><link>{link}</link><pubDate>2031-10-0{n}T13:00</pubDate></item>"
        for n, link in enumerate(links, start=1)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{channel}</title><link>{site}</link>"
        f"<description>{channel}</description>{items}</channel></rss>"
    )


def urls(events: list[dict]) -> list[str | None]:
    return [event["url"] for event in sorted(events, key=lambda event: str(event["start"]))]


# --- a site-relative item link (_feed_relative_links) ------------------------------------------------------------
def test_an_item_linked_by_a_path_on_the_site_gets_that_page_on_the_channel_links_site() -> None:
    events = read_tampa(
        county_feed("/en/calendar/bocc/2031/20311001-meeting", "/en/calendar/bocc/2031/20311002-meeting")
    )
    assert urls(events) == [
        "https://county.example.gov/en/calendar/bocc/2031/20311001-meeting",
        "https://county.example.gov/en/calendar/bocc/2031/20311002-meeting",
    ]


def test_a_link_that_is_no_path_from_the_sites_root_is_left_without_a_page() -> None:  # hard negatives
    assert site_path_url("event.html", "https://county.example.gov/calendar") is None  # relative to no named page
    assert site_path_url("//172.20.15.198:1313/news/welcome/", "https://club.example.org/") is None  # no scheme
    assert site_path_url("/en/calendar/x", "ftp://county.example.gov/") is None  # a channel link not on the web
    assert site_path_url("/en/calendar/x", None) is None
    assert site_path_url("/en/cal endar", "https://county.example.gov/") is None
    events = read_tampa(county_feed("/en/calendar/a", "/en/calendar/b", site="calendar"))
    assert urls(events) == [None, None]


def test_a_news_feed_with_site_relative_links_stays_no_events_feed() -> None:  # hard negative
    news = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Club News</title>"
        "<link>https://club.example.org/news/</link><description>News</description>"
        "<item><title>Welcome to the new website!</title><link>/news/welcome/</link>"
        "<pubDate>Fri, 21 Nov 2031 13:53:56 +0100</pubDate><description>We are the city's first jugger club. This "
        "article introduces what you can now find here.</description></item></channel></rss>"
    )
    assert read_tampa(news) == []


# --- days written with a month's name, hyphenated (_json_month_name_days) -------------------------------------------
def community_events(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"<event category='Community'><title lang='en'>{title}</title><url>https://x.example/{n}</url>"
        f"<dateStart>{start}</dateStart><dateEnd>{end}</dateEnd><description>A free day.</description></event>"
        for n, (title, start, end) in enumerate(rows)
    )
    return f"<events>{body}</events>"


MIXED = (
    ("Events Catalog", "Jan-2031", "Dec-2031"),
    ("Ignite", "TBD 2031", "TBD 2031"),
    ("Data Conference", "Dec 4, 2031", "Dec 9, 2031"),
    ("Data Grillen", "02-June-2031", "03-June-2031"),
    ("PowerShell Europe", "20-June-2031", "20-June-2031"),
    ("Data Scotland", "01-Sept-2031", "01-Sept-2031"),
    ("SQL Saturday", "06-Aug-2031", "06-Aug-2031"),
    ("SQL Saturday Orlando", "08-October-2031", "08-October-2031"),
)


def test_days_written_every_which_way_with_a_months_name_read_as_their_days() -> None:
    events = read_dublin(community_events(*MIXED))
    spans = sorted((event["title"], str(event["start"]), event["end"] and str(event["end"])) for event in events)
    assert spans == [
        ("Data Conference", "2031-12-04", "2031-12-09"),
        ("Data Grillen", "2031-06-02", "2031-06-03"),
        ("Data Scotland", "2031-09-01", None),
        ("PowerShell Europe", "2031-06-20", None),
        ("SQL Saturday", "2031-08-06", None),
        ("SQL Saturday Orlando", "2031-10-08", None),
    ]  # the catalogue's month and Ignite's "TBD 2031" name no day: no events


def test_a_hyphenated_day_with_a_months_name_is_that_day() -> None:
    assert hyphen_day("28-May-2031") == dt.date(2031, 5, 28)
    assert hyphen_day("01-Sept-2031") == dt.date(2031, 9, 1)
    assert hyphen_day(" Dec 4, 2031 ") == dt.date(2031, 12, 4)
    assert no_day("Jan-2031")
    assert no_day("TBD 2031")
    assert no_day("June 2031")


def test_what_is_no_hyphenated_named_day_is_left_as_it_is() -> None:  # hard negatives
    assert hyphen_day("28-Mai-2031") is None  # no English month
    assert hyphen_day("31-June-2031") is None  # a day June has not
    assert hyphen_day("28-May-31") is None  # a two-digit year
    assert hyphen_day("28-May-2031 10:00") is None  # a clock after it: read as it was
    assert hyphen_day("Dec 4 2031") is None
    assert not no_day("Week 2031")
    assert not no_day("Jan-31")
    record = {"title": "12-Dec-2031", "code": "Jan-2031", "dateStart": "12-Dec-2031"}
    assert month_name_days(record) == {"title": "12-Dec-2031", "code": "Jan-2031", "dateStart": "2031-12-12"}
    assert month_name_days({"title": "Fair", "startDate": "2031-12-12"}) is None


# --- a numeric run of days in the date field (_json_day_runs) -----------------------------------------------------
def tournaments(*dates: str) -> str:
    body = "".join(
        f"\t<event type='Tournament'><organizer>MSAA</organizer><title>Indoor Tournament {n}</title>"
        f"<location>Bemidji, MN</location><date>{date}</date><time>TBD</time><cost>Free</cost></event>\n"
        for n, date in enumerate(dates, start=1)
    )
    return f"<?xml version='1.0' encoding='UTF-8'?>\n<catalogue>\n{body}</catalogue>"


def test_a_run_of_two_numeric_days_in_the_date_field_is_the_events_first_and_last_day() -> None:
    events = read_chicago(tournaments("1/18-1/19/31", "1/25/31-1/26/31", "2/01/31-2/02.31", "4/4/31-4/5/31"))
    spans = sorted((str(event["start"]), str(event["end"])) for event in events)
    assert spans == [
        ("2031-01-18", "2031-01-19"), ("2031-01-25", "2031-01-26"), ("2031-02-01", "2031-02-02"),
        ("2031-04-04", "2031-04-05"),
    ]  # fmt: skip


def test_the_sniff_claims_the_runs_as_the_parse_reads_them() -> None:
    payload = tournaments("1/18-1/19/31", "1/25-1/26/31", "2/01-2/02/31").encode()
    assert extract_document(payload, window=WINDOW, kind="auto", zone=CHICAGO).adapter == "xml"


def test_a_numeric_run_reads_month_first_else_day_first_across_a_new_year() -> None:
    assert numeric_run("1/18-1/19/31") == (dt.date(2031, 1, 18), dt.date(2031, 1, 19))
    assert numeric_run("18/01-19/01/2031") == (dt.date(2031, 1, 18), dt.date(2031, 1, 19))  # day first
    assert numeric_run("12/30-1/2/32") == (dt.date(2031, 12, 30), dt.date(2032, 1, 2))  # the year before
    assert day_run({"title": "Open", "date": "1/18-1/19/31"}) == {
        "title": "Open", "date": "2031-01-18", "endDate": "2031-01-19"
    }  # fmt: skip


def test_what_is_no_run_of_days_is_left_as_it_is() -> None:  # hard negatives
    assert numeric_run("1/19-1/18/31") is None  # the last day before the first
    assert numeric_run("1/18-3/19/31") is None  # two months apart: two dates, not a run
    assert numeric_run("1/18/31") is None  # one day: the day formats read it
    assert numeric_run("1/18-1/19/31 TBD") is None
    assert numeric_run("1/18/30-1/19/31") is None  # years that disagree
    assert day_run({"title": "Open", "date": "1/18-1/19/31", "endDate": "2031-01-20"}) is None  # its own end
    assert day_run({"title": "Open", "score": "1/18-1/19/31"}) is None  # not the record's date
    assert api_events({"results": [{"title": "Open", "score": "1/18-1/19/31"}]}) == []


# --- a clock range in the time field (_json_clock_spans) ------------------------------------------------------------
def society_calendar(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"<event><title>{title}</title><date>{date}</date><time>{time}</time><place>Hall 3300</place>"
        "<desc>do some stuff</desc></event>"
        for title, date, time in rows
    )
    return f"<?xml version='1.0' encoding='UTF-8'?><calendar>{body}</calendar>"


def test_a_clock_range_in_the_time_field_is_the_meetings_start_and_end_clock() -> None:
    events = read_chicago(
        society_calendar(
            ("General Meeting", "1-30-2031", "7:30-9:00pm"),
            ("Brownbag: R Workshop", "2-11-2031", "12:00-1:00pm"),
            ("Brownbag: Ultrasound", "3-18-2031", "11:00-1:00pm"),
            ("Movie Night", "TBD", "TBD"),
        )
    )
    spans = sorted((wall_time(event["start"]), wall_time(event["end"]), event["venue_name"]) for event in events)
    assert spans == [
        ("2031-01-30T19:30:00", "2031-01-30T21:00:00", "Hall 3300"),
        ("2031-02-11T12:00:00", "2031-02-11T13:00:00", "Hall 3300"),
        ("2031-03-18T11:00:00", "2031-03-18T13:00:00", "Hall 3300"),
    ]  # the movie night is dated TBD: no event


def test_clock_ranges_read_with_their_meridiems() -> None:
    assert clock_range("7:30-9:00pm") == (19 * 60 + 30, 21 * 60)
    assert clock_range("10am - 2pm") == (10 * 60, 14 * 60)
    assert clock_range("18:00–20:30") == (18 * 60, 20 * 60 + 30)
    assert clock_span({"date": "1-30-2031", "time": "7:30-9:00pm"}) == {
        "date": "1-30-2031", "time": "19:30", "endTime": "21:00"
    }  # fmt: skip


def test_what_is_no_meetings_clock_range_is_left_as_it_is() -> None:  # hard negatives
    assert clock_range("7-9") is None  # no minutes, no meridiem: ages, a score
    assert clock_range("10pm-2am") is None  # an end before its start on the day
    assert clock_range("6:00am-11:00pm") is None  # longer than a meeting: opening hours
    assert clock_range("7:30-9pm and later") is None
    assert clock_range("TBD") is None
    assert clock_span({"date": "1-30-2031", "time": "7:30-9:00pm", "endTime": "22:00"}) is None  # its own end
    assert clock_span({"title": "Quiz", "time": "7:30-9:00pm"}) is None  # no day beside it
    assert clock_span({"date": "1-30-2031", "score": "7:30-9:00pm"}) is None  # not the record's time


def test_one_event_keeps_its_whole_day_when_its_time_is_not_a_range() -> None:  # hard negative
    event = one_event(read_chicago(society_calendar(("Workshop", "2-11-2031", "all afternoon"))))
    assert str(event["start"]) == "2031-02-11"
    assert event["end"] is None
